using Platform.Abstractions.Compliance;

namespace Platform.Abstractions.Jobs;

/// <summary>A job post as its readers see it.</summary>
[GenerateSerializer, Immutable]
public sealed record JobView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string ClientId { get; init; }
    /// <summary>
    /// The post's fields. While its text is blocked, held or hidden for a violation, it is its client's alone: a worker who
    /// proposed reads the job's id as its title and a notice (「…この文面は表示されません」) as its description.
    /// </summary>
    [Id(2)] public required JobDraft Fields { get; init; }

    /// <summary><c>draft</c>, <c>open</c>, <c>closed</c> or <c>hidden</c>.</summary>
    [Id(3)] public required string Status { get; init; }
    [Id(4)] public DateTimeOffset CreatedAt { get; init; }
    [Id(5)] public DateTimeOffset? PublishedAt { get; init; }
    [Id(6)] public int ProposalCount { get; init; }
    [Id(7)] public string? ContractId { get; init; }

    /// <summary>The verdict on the post as last written (advice included).</summary>
    [Id(8)] public VerdictView Verdict { get; init; } = VerdictView.Allow;

    /// <summary>True while the post waits for a reviewer before it can be seen.</summary>
    [Id(9)] public bool HeldForReview { get; init; }

    /// <summary>
    /// Whether a worker may propose now: the post is <c>open</c> and its deadline (募集期限), if it has one, has not passed.
    /// Read at the time of the answer; a proposal sent when it is false is refused (409 <c>job.not_open</c> or
    /// <c>job.deadline_passed</c>).
    /// </summary>
    [Id(10)] public bool AcceptingProposals { get; init; }

    /// <summary>
    /// Whether the post's deadline (募集期限) has passed. The status does not change by itself: the post stays <c>open</c>,
    /// the proposals made before the deadline are talked to and contracted as before, and its client may move the deadline on
    /// (an edit) to take proposals again or close it; no new proposal is taken meanwhile.
    /// </summary>
    [Id(11)] public bool DeadlinePassed { get; init; }
}
