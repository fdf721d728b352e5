using Platform.Abstractions.Common;

namespace Platform.Abstractions.Jobs;

/// <summary>A job's full record for staff (fact sheets): every version of the post and one proposal with its thread.</summary>
[GenerateSerializer, Immutable]
public sealed record JobRecordView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string ClientId { get; init; }
    [Id(2)] public DateTimeOffset CreatedAt { get; init; }
    [Id(3)] public DateTimeOffset? PublishedAt { get; init; }
    [Id(4)] public IReadOnlyList<JobRevisionView> Revisions { get; init; } = [];
    [Id(5)] public ProposalView? Proposal { get; init; }
    [Id(6)] public IReadOnlyList<MessageView> ProposalThread { get; init; } = [];
}
