using McMaster.NETCore.Plugins;

namespace Platform.Compliance;

/// <summary>One loaded plugin version: its loader (and so its load context), its checks and the manifest it was loaded from.</summary>
internal sealed class LoadedPlugin : IDisposable
{
    private PluginLoader? _loader;

    public LoadedPlugin(LoadedPluginInfo info, PluginManifest manifest, PluginLoader loader, string shadowDirectory, LoadedCheck[] checks)
    {
        Info = info;
        Manifest = manifest;
        _loader = loader;
        ShadowDirectory = shadowDirectory;
        Checks = checks;
    }

    /// <summary>The private copy the plugin runs from; deleted once this version is retired and no run needs it any more.</summary>
    public string ShadowDirectory { get; }

    public LoadedPluginInfo Info { get; }

    public string Name => Info.Name;

    public PluginManifest Manifest { get; }

    public LoadedCheck[] Checks { get; }

    public bool HasQuarantinedCheck => Array.Exists(Checks, c => c.IsQuarantined);

    /// <summary>
    /// Unloads the plugin's load context if it is collectible; it is collected once no run still uses it. An ordinary
    /// context (<see cref="ComplianceOptions.UnloadReplacedPlugins"/> false) stays loaded.
    /// </summary>
    public void Dispose() => Interlocked.Exchange(ref _loader, null)?.Dispose();
}
