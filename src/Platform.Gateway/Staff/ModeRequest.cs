namespace Platform.Gateway.Staff;

/// <summary>Body of <c>PUT /api/staff/plugins/{name}/mode</c>.</summary>
/// <param name="Mode"><c>enforce</c> or <c>shadow</c>.</param>
public sealed record ModeRequest(string? Mode);
