using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;
using Platform.Grains.Compliance;

namespace Platform.Grains.Common;

/// <summary>A message as stored in a thread.</summary>
[GenerateSerializer]
public sealed class MessageRecord
{
    /// <summary>A held message stored before its review item (<see cref="Reviews.HeldWrites"/>); shown to no one.</summary>
    public const string Queuing = "queuing";

    /// <summary>A held message whose change was answered with an error (<see cref="Reviews.HeldWrites"/>); shown to no one, never reviewed.</summary>
    public const string Refused = "refused";

    [Id(0)] public string Id { get; init; } = "";
    [Id(1)] public string SenderId { get; init; } = "";
    [Id(2)] public string Text { get; init; } = "";
    [Id(3)] public DateTimeOffset At { get; init; }
    [Id(4)] public string Status { get; set => (field, _changed) = (value, true); } = "delivered";
    [Id(5)] public VerdictView Verdict { get; set => (field, _changed) = (value, true); } = VerdictView.Allow;

    /// <summary>
    /// What a held message withdrawn with its sender's withdrawal (強制退会, <see cref="Status"/> <c>withdrawn</c>: shown to its sender
    /// alone) was, for lifting the withdrawal to give it back: <c>held</c>, or <c>released</c> (approved by a reviewer while withdrawn:
    /// delivered once lifted). Still <c>held</c> on a message held again by the lift until its review item is queued again (a lift cut
    /// off in between queues it when finished). Null otherwise. A change writes the message again, as one of the status does.
    /// </summary>
    [Id(6)] public string? WithdrawnFrom { get; set => (field, _changed) = (value, true); }

    // Set by every change of Status or Verdict: storage in parts writes the message's page again (StoredPages).
    [NonSerialized] private bool _changed;

    /// <summary>Whether Status or Verdict changed since the last call.</summary>
    public static bool TakeChanged(MessageRecord message)
    {
        var changed = message._changed;
        message._changed = false;
        return changed;
    }

    /// <summary>The message whole, with its verdict as stored (the staff's view).</summary>
    public MessageView ToView() => new(Id, SenderId, Text, At, Status, Verdict);

    /// <summary>
    /// The message as <paramref name="viewerId"/> is shown it: its writer sees the verdict without the staff's details
    /// (<see cref="Verdicts.ForWriter"/>); anyone else only the advice that concerns them (<see cref="Verdicts.ForRecipient"/>).
    /// </summary>
    public MessageView ToView(string viewerId) => new(Id, SenderId, Text, At, Status, viewerId == SenderId ? Verdicts.ForWriter(Verdict) : Verdicts.ForRecipient(Verdict));

    /// <summary>Whether <paramref name="viewerId"/> may see this message: the sender unless it was refused (or is still being queued); others only once delivered.</summary>
    public bool VisibleTo(string viewerId) => Status == "delivered" || (SenderId == viewerId && Status is not (Queuing or Refused));
}
