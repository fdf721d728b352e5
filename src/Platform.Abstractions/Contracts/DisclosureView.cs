namespace Platform.Abstractions.Contracts;

/// <summary>The contract's contact disclosure request (連絡先公開申請), as both parties see it.</summary>
/// <param name="Status"><c>requested</c>, <c>approved</c>, <c>denied</c>, <c>revoked</c>, or <c>withdrawn</c> when the contract was cancelled while it was pending.
/// A revoked approval that was reinstated reads <c>approved</c> again; a pending request a revocation closed stays <c>revoked</c>
/// once reinstated (it is not reopened: the contract's disclosure is <c>none</c> and either party may ask again).</param>
/// <param name="RequestedBy">The party who asked.</param>
/// <param name="RequestedAt">When.</param>
/// <param name="DueAt">Decision due (2 Japanese business days).</param>
/// <param name="Escalated">True once the request passed its due time undecided.</param>
/// <param name="DecidedBy"><c>platform</c> (automatic, or a pending request closed) or the reviewer; null while pending. A revocation
/// keeps the approval's decider, time and reason, and is in <paramref name="RevokedBy"/>, <paramref name="RevokedAt"/>, <paramref name="RevokedReasonJa"/>.</param>
/// <param name="DecidedAt">When decided (approved, denied, or a pending request closed).</param>
/// <param name="ReasonJa">Why, in Japanese.</param>
/// <param name="ReviewItemId">The review-queue item, when a reviewer decides.</param>
/// <param name="RevokedBy"><c>platform</c> once revoked (a measure taken against a party); null otherwise.</param>
/// <param name="RevokedAt">When revoked.</param>
/// <param name="RevokedReasonJa">Why revoked, in general terms: both parties read it, and a measure against one party is not the other's to read.</param>
/// <param name="ReinstatedBy"><c>platform</c> once the revocation was undone (a reviewer dismissed the detection whose automatic flag
/// revoked it, and the flagged party has no flag left); null otherwise. The revocation's fields stay beside it, as history.</param>
/// <param name="ReinstatedAt">When reinstated.</param>
/// <param name="ReinstatedReasonJa">Why reinstated, in general terms (both parties read it).</param>
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
    [property: Id(8)] string? ReviewItemId,
    [property: Id(9)] string? RevokedBy = null,
    [property: Id(10)] DateTimeOffset? RevokedAt = null,
    [property: Id(11)] string? RevokedReasonJa = null,
    [property: Id(12)] string? ReinstatedBy = null,
    [property: Id(13)] DateTimeOffset? ReinstatedAt = null,
    [property: Id(14)] string? ReinstatedReasonJa = null);
