using Platform.Abstractions.Compliance;
using Platform.Abstractions.Jobs;
using Platform.Grains.Common;

namespace Platform.Grains.Jobs;

/// <summary>A proposal and its pre-contract thread, as stored in the job; the thread is null until its first message.</summary>
[GenerateSerializer]
public sealed class ProposalRecord
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public string WorkerId { get; set; } = "";
    [Id(2)] public string Text { get; set; } = "";
    [Id(3)] public long PriceYen { get; set; }
    [Id(4)] public DateTimeOffset At { get; set; }
    [Id(5)] public string Status { get; set; } = "delivered";
    [Id(6)] public VerdictView Verdict { get; set; } = VerdictView.Allow;
    [Id(7)] public List<MessageRecord>? Messages { get; set; }

    public ProposalView ToView(string jobId, string viewerId) => new(
        Id,
        jobId,
        WorkerId,
        viewerId == WorkerId || Status == "delivered" ? Text : "",
        PriceYen,
        At,
        Status,
        viewerId == WorkerId ? Verdict : VerdictView.Allow,
        Messages.OrEmpty().Count(m => m.VisibleTo(viewerId)));
}
