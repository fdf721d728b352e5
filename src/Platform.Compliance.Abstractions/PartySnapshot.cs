namespace Platform.Compliance.Abstractions;

/// <summary>What a check may know about one party of a change.</summary>
/// <param name="UserId">The user's id.</param>
/// <param name="Role">Client or worker in this deal.</param>
/// <param name="Flags">Reputation flags (codes) currently on the user.</param>
/// <param name="Warnings">Number of warnings on record.</param>
/// <param name="Standing">One of <c>good</c>, <c>warned</c>, <c>restricted</c>, <c>withdrawn</c>.</param>
/// <param name="CompletedContracts">Contracts the user has completed on the platform.</param>
public sealed record PartySnapshot(
    string UserId,
    PartyRole Role,
    IReadOnlyList<string> Flags,
    int Warnings,
    string Standing,
    int CompletedContracts);
