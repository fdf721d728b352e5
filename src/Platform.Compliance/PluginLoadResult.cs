namespace Platform.Compliance;

/// <summary>A loaded plugin, or why it was rejected.</summary>
internal readonly record struct PluginLoadResult(LoadedPlugin? Plugin, string? Error)
{
    public static PluginLoadResult Rejected(string error) => new(null, error);
}
