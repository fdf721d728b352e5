namespace Platform.Compliance;

/// <summary>A loaded plugin, or why it was rejected.</summary>
internal readonly record struct PluginLoadResult(LoadedPlugin? Plugin, PluginRefusal? Error)
{
    public static PluginLoadResult Rejected(PluginRefusal error) => new(null, error);
}
