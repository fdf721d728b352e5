namespace Platform.Abstractions.Common;

/// <summary>
/// An action refused by a grain: invalid field, not allowed, unknown entity or stage conflict.
/// Thrown before any state changes, so a refused action changes nothing.
/// </summary>
[GenerateSerializer]
public sealed class PlatformException : Exception
{
    /// <summary>Creates a refusal.</summary>
    public PlatformException(string kind, string code, string messageJa, string? field)
        : base(messageJa)
    {
        Kind = kind;
        Code = code;
        MessageJa = messageJa;
        Field = field;
    }

    /// <summary><c>invalid</c>, <c>forbidden</c>, <c>not_found</c> or <c>conflict</c>.</summary>
    [Id(0)]
    public string Kind { get; }

    /// <summary>Stable English code, e.g. <c>contract.stage_conflict.deliver</c>.</summary>
    [Id(1)]
    public string Code { get; }

    /// <summary>What went wrong, in Japanese.</summary>
    [Id(2)]
    public string MessageJa { get; }

    /// <summary>The request field concerned, if any.</summary>
    [Id(3)]
    public string? Field { get; }

    /// <summary>
    /// The <see cref="Field"/> of a refusal about the acting user itself (an id no user has): the grains know the acting
    /// user, not how a request names it; the gateway answers with the header that does (<c>X-User-Id</c>).
    /// </summary>
    public const string ActingUserField = "(acting user)";

    /// <summary>
    /// The id to act on instead, when the thing named was replaced (a review item closed by the platform and queued again under
    /// a new id); answered as <c>currentItemId</c>. Null otherwise.
    /// </summary>
    [Id(4)]
    public string? CurrentItemId { get; init; }
}
