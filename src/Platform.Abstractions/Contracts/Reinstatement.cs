using Platform.Abstractions.Users;

namespace Platform.Abstractions.Contracts;

/// <summary>
/// A contract's disclosure revoked because one party was flagged, given back now that the measure was undone, and the
/// notice both parties are owed.
/// </summary>
/// <param name="ContractId">The contract.</param>
/// <param name="ReinstatedNow">True when this call gave it back; false when an earlier call for the same user did (the notice is handed out again so a retried dismissal can deliver it).</param>
/// <param name="Approval">True when an approval is back (contact details pass again); false when a request the revocation closed while pending may be made again.</param>
/// <param name="NoticeTo">The other party (the flagged party gets the same notice).</param>
/// <param name="Notice">The notice (type <c>disclosure_reinstated</c>, related to the contract, at the time of the reinstatement).</param>
[GenerateSerializer, Immutable]
public sealed record Reinstatement(
    [property: Id(0)] string ContractId,
    [property: Id(1)] bool ReinstatedNow,
    [property: Id(2)] bool Approval,
    [property: Id(3)] string NoticeTo,
    [property: Id(4)] NotificationView Notice);
