namespace Platform.Compliance;

/// <summary>A plugin folder the catalog found but could not load, as shown to staff until the folder changes or goes.</summary>
/// <param name="PluginName">The plugin (folder) name.</param>
/// <param name="Path">The folder or assembly that was rejected.</param>
/// <param name="Code">Why, as a stable code (<see cref="PluginRefusal.Code"/>), e.g. <c>contract.major_differs</c>.</param>
/// <param name="Reason">Why, in English, as the log says it.</param>
/// <param name="ReasonJa">Why, in Japanese, as the deploy endpoint would say it.</param>
/// <param name="RejectedAt">When it was rejected.</param>
/// <param name="StillRunning">The previous version's checks (<c>name@version</c>) that keep running instead; empty when none.</param>
public sealed record PluginRejection(string PluginName, string Path, string Code, string Reason, string ReasonJa, DateTimeOffset RejectedAt, IReadOnlyList<string> StillRunning);
