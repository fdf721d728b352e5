namespace Platform.Abstractions.Compliance;

/// <summary>
/// The cluster's plugin choices, stored with the grain states (PostgreSQL in production): the check modes staff set and
/// the packages they deployed. Every silo polls it and applies what it lacks, so a switch or a deploy made through one
/// silo reaches all of them. One grain, key <see cref="Key"/>.
/// </summary>
public interface IPluginSettingsGrain : IGrainWithStringKey
{
    /// <summary>The one key.</summary>
    const string Key = "default";

    /// <summary>Keeps <paramref name="mode"/> (<c>enforce</c> or <c>shadow</c>) for the check named <paramref name="checkName"/>.</summary>
    Task SetModeAsync(string checkName, string mode);

    /// <summary>Keeps a deployed package (the zip as uploaded) and the checks it provided, as <c>name@version</c>.</summary>
    Task StorePackageAsync(string pluginName, byte[] zip, IReadOnlyList<string> checks);

    /// <summary>Records that staff removed the plugin <paramref name="pluginName"/>: its package is dropped and every silo removes it.</summary>
    Task RemovePackageAsync(string pluginName);

    /// <summary>The modes and the packages (without their bytes).</summary>
    Task<PluginSettings> GetAsync();

    /// <summary>A stored package's zip; null when none is stored under that name (or it was removed).</summary>
    Task<byte[]?> GetPackageAsync(string pluginName);
}
