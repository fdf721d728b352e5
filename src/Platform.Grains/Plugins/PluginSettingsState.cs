using Platform.Abstractions.Compliance;

namespace Platform.Grains.Plugins;

/// <summary>Stored state of <see cref="PluginSettingsGrain"/>.</summary>
[GenerateSerializer]
public sealed class PluginSettingsState
{
    [Id(0)]
    public Dictionary<string, string> Modes { get; set; } = new(StringComparer.Ordinal);

    [Id(1)]
    public Dictionary<string, StoredPackage> Packages { get; set; } = new(StringComparer.Ordinal);

    [Id(2)]
    public Dictionary<string, byte[]> Zips { get; set; } = new(StringComparer.Ordinal);
}
