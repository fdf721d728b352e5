using Platform.Compliance.Abstractions;

namespace Platform.Compliance;

/// <summary>
/// Loads one plugin folder exactly as the catalog does (contract version, dependencies, constructor and <c>Info</c>), for
/// tools that run checks outside the host, such as the back-test: a folder the host would reject is refused with the
/// same one-line reason the deploy endpoint gives.
/// </summary>
public static class PluginProbe
{
    /// <summary>
    /// The checks of <paramref name="pluginFolder"/> (<c>&lt;Name&gt;/&lt;Name&gt;.dll</c>), run from a copy in
    /// <paramref name="shadowDirectory"/>; or why the host would not load it. The plugin stays loaded for the process, in an
    /// ordinary load context (as the host loads it by default, <see cref="ComplianceOptions.UnloadReplacedPlugins"/> false): nothing
    /// here unloads it, and the checks run faster there than in a collectible one.
    /// </summary>
    public static (IReadOnlyList<IComplianceCheck> Checks, string? Error) Load(string pluginFolder, string shadowDirectory)
    {
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(pluginFolder));
        var manifest = PluginManifest.Read(folder);
        if (manifest is null)
        {
            return ([], "no such folder");
        }

        var result = PluginLoading.TryLoad(Path.GetFileName(folder), folder, manifest, shadowDirectory, DateTimeOffset.UtcNow, _ => null, unloadable: false);
        return result.Plugin is null ? ([], result.Error!.En) : ([.. result.Plugin.Checks.Select(c => c.Instance)], null);
    }
}
