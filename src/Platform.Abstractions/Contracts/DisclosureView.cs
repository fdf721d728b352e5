namespace Platform.Abstractions.Contracts;

/// <summary>The contract's contact disclosure request (連絡先公開申請), as both parties see it.</summary>
/// <param name="Status"><c>requested</c>, <c>approved</c>, <c>denied</c>, <c>revoked</c>, or <c>withdrawn</c> when the contract was cancelled while it was pending.</param>
/// <param name="RequestedBy">The party who asked.</param>
/// <param name="RequestedAt">When.</param>
/// <param name="DueAt">Decision due (2 Japanese business days).</param>
/// <param name="Escalated">True once the request passed its due time undecided.</param>
/// <param name="DecidedBy"><c>platform</c> (automatic) or the reviewer; null while pending.</param>
/// <param name="DecidedAt">When decided, approved or revoked last.</param>
/// <param name="ReasonJa">Why, in Japanese.</param>
/// <param name="ReviewItemId">The review-queue item, when a reviewer decides.</param>
[GenerateSerializer, Immutable]
public sealed record DisclosureView(
    [property: Id(0)] string Status,
    [property: Id(1)] string RequestedBy,
    [property: Id(2)] DateTimeOffset RequestedAt,
    [property: Id(3)] DateTimeOffset DueAt,
    [property: Id(4)] bool Escalated,
    [property: Id(5)] string? DecidedBy,
    [property: Id(6)] DateTimeOffset? DecidedAt,
    [property: Id(7)] string? ReasonJa,
    [property: Id(8)] string? ReviewItemId);
