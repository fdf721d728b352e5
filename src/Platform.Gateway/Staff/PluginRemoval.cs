namespace Platform.Gateway.Staff;

/// <summary>Answer of <c>DELETE /api/staff/plugins/{name}</c>.</summary>
/// <param name="PluginName">The plugin (folder) removed.</param>
/// <param name="Checks">The checks it provided that are no longer run, as <c>name@version</c>.</param>
public sealed record PluginRemoval(string PluginName, IReadOnlyList<string> Checks);
