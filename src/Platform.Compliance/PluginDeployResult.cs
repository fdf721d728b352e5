namespace Platform.Compliance;

/// <summary>The outcome of a plugin package deploy.</summary>
/// <param name="Succeeded">True when the package was valid and is now loaded.</param>
/// <param name="PluginName">The plugin (folder) name.</param>
/// <param name="Checks">The checks the package provides, as <c>name@version</c>.</param>
/// <param name="Error">Why the package was rejected; null on success.</param>
public sealed record PluginDeployResult(bool Succeeded, string PluginName, IReadOnlyList<string> Checks, string? Error)
{
    internal static PluginDeployResult Fail(string pluginName, string error) => new(false, pluginName, [], error);
}
