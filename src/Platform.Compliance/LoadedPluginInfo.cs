namespace Platform.Compliance;

/// <summary>Where a loaded check came from; plain strings only, so it keeps nothing of the plugin alive.</summary>
internal sealed record LoadedPluginInfo(string Name, string AssemblyPath, string AssemblyVersion, DateTimeOffset LoadedAt);
