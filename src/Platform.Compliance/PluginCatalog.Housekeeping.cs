using System.Diagnostics;

namespace Platform.Compliance;

/// <summary>Catalog helpers: rejection bookkeeping, settling of changed folders, shadow copies of retired plugins.</summary>
public sealed partial class PluginCatalog
{
    private readonly List<(WeakReference LoadContext, string Directory)> _retiredShadows = [];
    private long _loadCount;

    private string ShadowRoot => Path.Combine(PluginsPath, ".shadow");

    private string NewShadowDirectory(string pluginName) =>
        Path.Combine(ShadowRoot, $"{pluginName}-{Interlocked.Increment(ref _loadCount)}-{Guid.NewGuid():N}");

    /// <summary>Unloads a plugin; its shadow copy is deleted once its load context has been collected.</summary>
    private void Retire(LoadedPlugin plugin)
    {
        plugin.Dispose();
        _retiredShadows.Add((plugin.LoadContext, plugin.ShadowDirectory));
    }

    private void DeleteCollectedShadows()
    {
        for (var i = _retiredShadows.Count - 1; i >= 0; i--)
        {
            var (context, directory) = _retiredShadows[i];
            if (!context.IsAlive)
            {
                TryDeleteDirectory(directory);
                _retiredShadows.RemoveAt(i);
            }
        }
    }

    private void Reject(string name, string path, PluginManifest manifest, string reason, LoadedPlugin? previous)
    {
        _rejected[name] = manifest;
        var fallback = previous is null
            ? "No previous version is loaded."
            : $"The previous version ({string.Join(", ", previous.Checks.Select(c => $"{c.Name}@{c.Version}"))}) keeps running.";
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

    private static void AddIfNotNull(List<LoadedPlugin> list, LoadedPlugin? plugin)
    {
        if (plugin is not null)
        {
            list.Add(plugin);
        }
    }

}
