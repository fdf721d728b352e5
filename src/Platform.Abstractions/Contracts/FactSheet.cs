using Platform.Abstractions.Jobs;

namespace Platform.Abstractions.Contracts;

/// <summary>The facts of a contract for a dispute, for staff: what was asked and offered, agreed terms, and everything that happened, in order.</summary>
[GenerateSerializer, Immutable]
public sealed record FactSheet
{
    [Id(0)] public required ContractView Contract { get; init; }

    /// <summary>The job as first posted (what was asked).</summary>
    [Id(1)] public JobDraft? AskedFirst { get; init; }

    /// <summary>The job as it stands now.</summary>
    [Id(2)] public JobDraft? AskedNow { get; init; }

    /// <summary>Requirement changes: each edit of the job, oldest first.</summary>
    [Id(3)] public IReadOnlyList<JobRevisionView> Revisions { get; init; } = [];

    /// <summary>The proposal the contract was made from.</summary>
    [Id(4)] public ProposalView? Proposal { get; init; }

    /// <summary>
    /// Every dated fact, oldest first; facts of the same instant in the order they happened (a contract's in the order of
    /// its history, a message where its first event stands).
    /// </summary>
    [Id(5)] public IReadOnlyList<FactEntry> Timeline { get; init; } = [];

    /// <summary>The contract's stage in Japanese with its code beside it, e.g. 「納品済み（delivered）」.</summary>
    [Id(6)] public string StageJa { get; init; } = "";

    /// <summary>The contact-disclosure status in Japanese with its code beside it, e.g. 「申請なし（none）」.</summary>
    [Id(7)] public string DisclosureJa { get; init; } = "";
}
