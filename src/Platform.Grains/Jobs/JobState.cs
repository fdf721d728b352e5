using Platform.Abstractions.Compliance;
using Platform.Abstractions.Jobs;
using Platform.Grains.Common;

namespace Platform.Grains.Jobs;

/// <summary>Persisted state of one job post. Its lists are null until their first item (<see cref="StateLists"/>).</summary>
[GenerateSerializer]
public sealed class JobState : IAuditedState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string ClientId { get; set; } = "";
    [Id(2)] public JobDraft? Fields { get; set; }
    [Id(3)] public string Status { get; set; } = "draft";
    [Id(4)] public DateTimeOffset CreatedAt { get; set; }
    [Id(5)] public DateTimeOffset? PublishedAt { get; set; }
    [Id(6)] public List<ProposalRecord>? Proposals { get; set; }
    [Id(7)] public string? ContractId { get; set; }
    [Id(8)] public VerdictView Verdict { get; set; } = VerdictView.Allow;
    [Id(9)] public bool HeldForReview { get; set; }
    [Id(10)] public List<AuditEntry>? Audit { get; set; }
    [Id(11)] public string? HiddenReasonJa { get; set; }
    [Id(12)] public List<JobRevisionView>? Revisions { get; set; }
}
