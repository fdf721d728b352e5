using Platform.Abstractions.Compliance;
using Platform.Abstractions.Jobs;
using Platform.Grains.Common;

namespace Platform.Grains.Jobs;

/// <summary>A proposal and its pre-contract thread, as stored in the job; the thread is null until its first message.</summary>
[GenerateSerializer]
public sealed class ProposalRecord
{
    [Id(0)] public string Id { get; init; } = "";
    [Id(1)] public string WorkerId { get; init; } = "";
    [Id(2)] public string Text { get; init; } = "";
    [Id(3)] public long PriceYen { get; init; }
    [Id(4)] public DateTimeOffset At { get; init; }
    [Id(5)] public string Status { get; set => (field, _changed) = (value, true); } = "delivered";
    [Id(6)] public VerdictView Verdict { get; set => (field, _changed) = (value, true); } = VerdictView.Allow;

    /// <summary>The thread; stored in pages of its own beside the proposal (<see cref="JobState"/>).</summary>
    [field: NonSerialized] public List<MessageRecord>? Messages { get; set; }

    /// <summary>The thread of a proposal written before threads were stored in pages: read, never written again.</summary>
    [Id(7)] public List<MessageRecord>? MessagesInRow { get => null; set => Messages = value; }

    // Set by every change of Status or Verdict: storage in parts writes the proposal again (JobState).
    [NonSerialized] private bool _changed;

    /// <summary>Messages of the thread stored (JobState's pages).</summary>
    [NonSerialized] internal int StoredMessages;

    /// <summary>Whether Status or Verdict changed since the last call.</summary>
    public static bool TakeChanged(ProposalRecord proposal)
    {
        var changed = proposal._changed;
        proposal._changed = false;
        return changed;
    }

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
