namespace Platform.Gateway.Infrastructure;

/// <summary>Entity ids: generated with a prefix, or accepted when well formed.</summary>
public static class Ids
{
    public static string New(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public static bool IsWellFormed(string? id) =>
        id is { Length: > 0 and <= ActingUser.MaxIdLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
