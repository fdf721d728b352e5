using Platform.Abstractions.Users;

namespace Platform.Abstractions.Contracts;

/// <summary>A contract's approved contact disclosure revoked because one party was flagged, and the notice the other party is owed.</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="RevokedNow">True when this call revoked it; false when an earlier call for the same flagged user did (the notice is handed out again so a retried flag can deliver it).</param>
/// <param name="NoticeTo">The other party, who must be told.</param>
/// <param name="Notice">The notice (type <c>disclosure_revoked</c>, related to the contract, at the time of the revocation).</param>
[GenerateSerializer, Immutable]
public sealed record Revocation(
    [property: Id(0)] string ContractId,
    [property: Id(1)] bool RevokedNow,
    [property: Id(2)] string NoticeTo,
    [property: Id(3)] NotificationView Notice)
{
    /// <summary>
    /// The flagged user's ladder step whose revocations revoked it (as asked of <c>RevokeApprovalsAsync</c>, now or by an
    /// earlier call); null when a flag did.
    /// </summary>
    [Id(4)] public int? Step { get; init; }

    /// <summary>
    /// The flagged user's flag whose fan-out revoked it (as asked of <c>RevokeApprovalsAsync</c>, now or by an earlier call,
    /// so a flag's fan-out retried after a stop counts the same revocations again, and the month takes them once); null
    /// when a step, or a flag from before flags were numbered, did.
    /// </summary>
    [Id(5)] public int? Flag { get; init; }

    /// <summary>
    /// True when an approval was revoked; false when a request still pending was closed (never approved), which the flagged
    /// user and the reviewer are told apart from approvals.
    /// </summary>
    [Id(6)] public bool Approval { get; init; }
}
