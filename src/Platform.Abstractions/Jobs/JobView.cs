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
}
