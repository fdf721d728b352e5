using System.Security.Cryptography;
using System.Text;

namespace Platform.Gateway.Infrastructure;

/// <summary>Entity ids: generated with a prefix, or accepted when well formed.</summary>
public static class Ids
{
    public static string New(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>
    /// The id an entity created by <paramref name="actorId"/> under <paramref name="idempotencyKey"/> gets: the same for
    /// a retry, different for another user's same key, and shaped like <see cref="New"/>.
    /// </summary>
    public static string For(string prefix, string actorId, string idempotencyKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{actorId}\n{idempotencyKey}"));
        return $"{prefix}-{Convert.ToHexStringLower(hash, 0, 16)}";
    }

    public static bool IsWellFormed(string? id) =>
        id is { Length: > 0 and <= ActingUser.MaxIdLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
