using Platform.Abstractions.Compliance;
using Platform.Abstractions.Jobs;
using Platform.Grains.Common;
using Platform.Grains.Compliance;

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

    /// <summary>
    /// What a proposal withdrawn with its worker's withdrawal (強制退会, <see cref="Status"/> <c>withdrawn</c>) was, for lifting the
    /// withdrawal to give it back: <c>delivered</c> (the client had it, and reads it as withdrawn), <c>held</c> (still waiting for
    /// review: the client never learns of it), or <c>released</c> (held, then approved by a reviewer while withdrawn: delivered once
    /// lifted). Still <c>held</c> on a proposal held again by the lift until its review item is queued again (a lift cut off in between
    /// queues it when finished). Null otherwise. A change writes the proposal again, as one of the status does.
    /// </summary>
    [Id(9)] public string? WithdrawnFrom { get; set => (field, _changed) = (value, true); }

    /// <summary>
    /// Whether its worker's user grain lists this job among those they proposed to (<see cref="Users.UserState.ProposedJobIds"/>), so
    /// that their withdrawal reaches it: true on every proposal made since that list was kept (linked before it is stored). One made
    /// before is linked when the job next starts (<see cref="WithdrawnTexts.LinkEarlierAsync"/>). Sits in the record's padding: no
    /// memory is added.
    /// </summary>
    [Id(10)] public bool Linked { get; set => (field, _changed) = (value, true); }

    /// <summary>Whether the client received this proposal before it was withdrawn: they read it as withdrawn, its text withheld.</summary>
    public bool WithdrawnAfterDelivery => Status == "withdrawn" && WithdrawnFrom == "delivered";

    /// <summary>Messages per page of the thread (<see cref="StoredPages"/>).</summary>
    public const int MessagesPerPage = 4;

    /// <summary>The thread; its full pages are stored beside the proposal (<see cref="JobState"/>), the rest with it.</summary>
    [field: NonSerialized] public List<MessageRecord>? Messages { get; set; }

    /// <summary>The thread of a proposal written before threads were stored in pages: read, never written again.</summary>
    [Id(7)] public List<MessageRecord>? MessagesInRow { get => null; set => Messages = value; }

    /// <summary>The thread's messages past its last full page, stored with the proposal.</summary>
    [Id(8)] public MessageRecord[]? MessagesOpen { get => StoredPages.Open(Messages, MessagesPerPage); set => Messages = value is null ? null : [.. value]; }

    // Set by every change of Status or Verdict: storage in parts writes the proposal again (JobState).
    [NonSerialized] private bool _changed;

    /// <summary>Messages of the thread stored in full pages (JobState).</summary>
    [NonSerialized] internal int StoredMessages;

    /// <summary>Messages of the thread when the proposal was last stored (JobState).</summary>
    [NonSerialized] internal int WrittenMessages;

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
        viewerId == WorkerId ? Verdicts.ForWriter(Verdict) : Verdicts.ForRecipient(Verdict),
        Messages.OrEmpty().Count(m => m.VisibleTo(viewerId)));
}
