using System.Diagnostics;

namespace Platform.Compliance;

/// <summary>Catalog helpers: rejection bookkeeping, settling of changed folders, shadow copies of retired plugins.</summary>
public sealed partial class PluginCatalog
{
    private readonly List<RetiredShadow> _retiredShadows = [];
    private long _loadCount;

    private string ShadowRoot => Path.Combine(PluginsPath, ".shadow");

    private string NewShadowDirectory(string pluginName) =>
        Path.Combine(ShadowRoot, $"{pluginName}-{Interlocked.Increment(ref _loadCount)}-{Guid.NewGuid():N}");

    /// <summary>Unloads a plugin; its shadow copy is deleted at a later housekeeping pass (<see cref="DeleteRetiredShadows"/>).</summary>
    private void Retire(LoadedPlugin plugin)
    {
        plugin.Dispose();
        // Runs that took the registry before the swap may still start: a check that reads findings starts only once the
        // others have answered or been cut off. Twice the longest time limit of any check covers them.
        var longest = Registry.Checks.Concat(plugin.Checks).Select(c => _options.TimeLimit(c.Timeout)).DefaultIfEmpty(TimeSpan.Zero).Max();
        // Its runs' counters only, never its checks: they would keep the load context alive.
        _retiredShadows.Add(new RetiredShadow(
            plugin.LoadContext, plugin.ShadowDirectory, [.. plugin.Checks.Select(c => c.InFlight)], Stopwatch.GetTimestamp(), longest * 2));
    }

    /// <summary>
    /// Deletes the shadow copy of every retired plugin version whose files are no longer needed: its load context has been
    /// collected, or none of its runs is in flight and the swap is older than any run that could still start on it. The
    /// copy does not wait for a garbage collection, which an idle host may not do for hours (nor ever, while anything
    /// still refers to the plugin's types): every replaced version would otherwise stay on disk until a restart. A run
    /// that never returns keeps its version's copy.
    /// </summary>
    private void DeleteRetiredShadows()
    {
        var now = Stopwatch.GetTimestamp();
        for (var i = _retiredShadows.Count - 1; i >= 0; i--)
        {
            var retired = _retiredShadows[i];
            var unused = !retired.LoadContext.IsAlive
                || (Array.TrueForAll(retired.Runs, r => r.Count == 0) && Stopwatch.GetElapsedTime(retired.RetiredAt, now) >= retired.Grace);
            if (unused && TryDeleteDirectory(retired.Directory))
            {
                _retiredShadows.RemoveAt(i);
            }
        }
    }

    private void Reject(string name, string path, PluginManifest manifest, string reason, LoadedPlugin? previous)
    {
        string[] running = previous is null ? [] : [.. previous.Checks.Select(c => $"{c.Name}@{c.Version}")];
        _rejected[name] = (manifest, new PluginRejection(name, path, reason, _timeProvider.GetUtcNow(), running));
        var fallback = previous is null
            ? "No previous version is loaded."
            : $"The previous version ({string.Join(", ", running)}) keeps running.";
        Log.PluginRejected(_logger, name, path, reason, fallback);
    }

    private bool Settled(string name, PluginManifest? manifest)
    {
        var now = Stopwatch.GetTimestamp();
        if (_pending.TryGetValue(name, out var seen) && Equals(seen.Manifest, manifest))
        {
            return Stopwatch.GetElapsedTime(seen.SeenAt, now).TotalMilliseconds >= _options.SettleTime;
        }

        _pending[name] = (manifest, now);
        return _options.SettleTime <= 0;
    }

    /// <summary>A replaced or removed plugin version whose shadow copy is still on disk.</summary>
    private sealed record RetiredShadow(WeakReference LoadContext, string Directory, RunsInFlight[] Runs, long RetiredAt, TimeSpan Grace);

    private static void AddIfNotNull(List<LoadedPlugin> list, LoadedPlugin? plugin)
    {
        if (plugin is not null)
        {
            list.Add(plugin);
        }
    }

}
