using System.Text.Json.Serialization;

namespace Platform.Compliance;

/// <summary>The outcome of a plugin package deploy.</summary>
/// <param name="Succeeded">True when the package was valid and is now loaded.</param>
/// <param name="PluginName">The plugin (folder) name.</param>
/// <param name="Checks">The checks the package provides, as <c>name@version</c>.</param>
/// <param name="Refusal">
/// Why the package was rejected; null on success. Not in the deploy's 200 answer, which is only sent on success (a refusal
/// is the 400 <c>plugin.rejected</c>, its Japanese reason in the detail).
/// </param>
public sealed record PluginDeployResult(bool Succeeded, string PluginName, IReadOnlyList<string> Checks, [property: JsonIgnore] PluginRefusal? Refusal)
{
    /// <summary>Why the package was rejected, in English (the log's words); null on success.</summary>
    [JsonIgnore]
    public string? Error => Refusal?.En;

    internal static PluginDeployResult Fail(string pluginName, PluginRefusal refusal) => new(false, pluginName, [], refusal);
}
