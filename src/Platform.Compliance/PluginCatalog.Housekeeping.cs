using System.Diagnostics;

namespace Platform.Compliance;

/// <summary>Catalog helpers: rejection bookkeeping, settling of changed folders, shadow copies of retired plugins.</summary>
public sealed partial class PluginCatalog
{
    private readonly List<RetiredVersion> _retired = [];
    private long _loadCount;

    // Replaced or removed versions left in memory in ordinary contexts (UnloadReplacedPlugins false), since the start.
    private int _keptLoaded;

    private string ShadowRoot => Path.Combine(PluginsPath, ".shadow");

    private string NewShadowDirectory(string pluginName) =>
        Path.Combine(ShadowRoot, $"{pluginName}-{Interlocked.Increment(ref _loadCount)}-{Guid.NewGuid():N}");

    /// <summary>
    /// Takes a replaced or removed plugin version out of service. It is unloaded, and its shadow copy deleted, at a later
    /// housekeeping pass (<see cref="SweepRetired"/>) once none of its runs is in flight.
    /// </summary>
    private void Retire(LoadedPlugin plugin)
    {
        // Runs that took the registry before the swap may still start: a check that reads findings starts only once the
        // others have answered or been cut off. Twice the longest time limit of any check covers them.
        var longest = Registry.Checks.Concat(plugin.Checks).Select(c => _options.TimeLimit(c.Timeout)).DefaultIfEmpty(TimeSpan.Zero).Max();
        _retired.Add(new RetiredVersion(plugin, Stopwatch.GetTimestamp(), longest * 2));
    }

    /// <summary>
    /// Unloads every retired version none of whose runs is in flight, once the swap is older than any run that could
    /// still start on it (with <paramref name="graceOver"/>, at shutdown, at once), and then deletes its shadow copy.
    /// A load context is never unloaded under a running check: a test process once died of an access violation inside
    /// the content check while hosts were stopped around it. Nor does the copy wait for a garbage collection, which an
    /// idle host may not do for hours: every replaced version would otherwise stay on disk until a restart. A run that
    /// never returns keeps its version loaded and its copy on disk. Returns how many versions are still retired.
    /// </summary>
    private int SweepRetired(bool graceOver = false)
    {
        var now = Stopwatch.GetTimestamp();
        for (var i = _retired.Count - 1; i >= 0; i--)
        {
            var retired = _retired[i];
            if (retired.TryUnload(now, graceOver) && TryDeleteDirectory(retired.Directory))
            {
                _retired.RemoveAt(i);
            }
        }

        return _retired.Count;
    }

    private void Reject(string name, string path, PluginManifest manifest, PluginRefusal reason, LoadedPlugin? previous, string? clash = null)
    {
        string[] running = previous is null ? [] : [.. previous.Checks.Select(c => $"{c.Name}@{c.Version}")];
        _rejected[name] = (manifest, new PluginRejection(name, path, reason.Code, reason.En, reason.Ja, _timeProvider.GetUtcNow(), running), clash);
        var fallback = previous is null
            ? "No previous version is loaded."
            : $"The previous version ({string.Join(", ", running)}) keeps running.";
        Log.PluginRejected(_logger, name, path, reason.En, fallback);
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

    /// <summary>A replaced or removed plugin version: loaded until its runs are over, then only its shadow copy on disk.</summary>
    private sealed class RetiredVersion(LoadedPlugin plugin, long retiredAt, TimeSpan grace)
    {
        private LoadedPlugin? _plugin = plugin;

        public string Directory { get; } = plugin.ShadowDirectory;

        /// <summary>Its checks while it is still loaded; none once unloaded.</summary>
        public LoadedCheck[] Checks => _plugin?.Checks ?? [];

        /// <summary>Unloads the version if it is idle; true once it is unloaded (now or before).</summary>
        public bool TryUnload(long now, bool graceOver)
        {
            if (_plugin is not { } loaded)
            {
                return true;
            }

            if (!Array.TrueForAll(loaded.Checks, c => c.InFlight.Count == 0) || !(graceOver || Stopwatch.GetElapsedTime(retiredAt, now) >= grace))
            {
                return false;
            }

            loaded.Dispose();
            _plugin = null;
            return true;
        }
    }

    private static void AddIfNotNull(List<LoadedPlugin> list, LoadedPlugin? plugin)
    {
        if (plugin is not null)
        {
            list.Add(plugin);
        }
    }

}
