namespace Platform.Abstractions.Users;

/// <summary>Something the platform told a user (e.g. a revoked disclosure).</summary>
/// <param name="Type">Stable code, e.g. <c>disclosure_revoked</c>.</param>
/// <param name="MessageJa">The message, in plain Japanese.</param>
/// <param name="RelatedId">Contract, job or report id concerned.</param>
/// <param name="At">When.</param>
/// <param name="Sequence">Its place in the user's notifications, 1 for the first ever: set when read, 0 when stored.</param>
[GenerateSerializer, Immutable]
public sealed record NotificationView(
    [property: Id(0)] string Type,
    [property: Id(1)] string MessageJa,
    [property: Id(2)] string? RelatedId,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] int Sequence = 0);
