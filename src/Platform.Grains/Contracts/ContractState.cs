using Platform.Abstractions.Compliance;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Storage;
using Platform.Grains.Common;
using Platform.Grains.Statistics;

namespace Platform.Grains.Contracts;

/// <summary>
/// Persisted state of one contract. Its lists are null until their first item (<see cref="StateLists"/>). The messages
/// and the history grow with the deal: a storage that serialises keeps them in pages beside the rest
/// (<see cref="IStoredInParts"/>), so a message writes its page, not the whole thread.
/// </summary>
[GenerateSerializer]
public sealed class ContractState : IAuditedState, IStoredInParts
{
    // Pages small enough that PostgreSQL keeps each part inline (under its 2 kB TOAST threshold, compressed), and the
    // open pages in the row small: a message takes up to about 500 bytes, an event about 150.
    private const int MessagesPerPage = 4;
    private const int EventsPerPage = 8;

    [NonSerialized] private int _storedMessages;
    [NonSerialized] private int _storedEvents;

    [Id(0)] public ContractSetup? Setup { get; set; }
    [Id(1)] public string Stage { get; set; } = "contracted";
    [Id(2)] public string Disclosure { get; set; } = "none";
    [Id(3)] public DateTimeOffset CreatedAt { get; set; }
    [Id(4)] public List<DeliveryView>? Deliveries { get; set; }
    [Id(5)] public DateTimeOffset? AcceptedAt { get; set; }
    [Id(6)] public DateTimeOffset? PaidAt { get; set; }
    [Id(7)] public TerminationView? Termination { get; set; }
    [Id(8)] public List<RatingView>? Ratings { get; set; }
    [field: NonSerialized] public List<MessageRecord>? Messages { get; set; }
    [field: NonSerialized] public List<ContractEvent>? History { get; set; }

    /// <summary>The messages of a state written before they were stored in pages: read, never written again.</summary>
    [Id(9)] public List<MessageRecord>? MessagesInRow { get => null; set => Messages = value; }

    /// <summary>The history of a state written before it was stored in pages: read, never written again.</summary>
    [Id(10)] public List<ContractEvent>? HistoryInRow { get => null; set => History = value; }

    /// <summary>The messages past the last full page, stored in the row; the full pages come after it on a read.</summary>
    [Id(18)] public MessageRecord[]? MessagesOpen { get => StoredPages.Open(Messages, MessagesPerPage); set => Messages = value is null ? null : [.. value]; }

    /// <summary>The events past the last full page, stored in the row; the full pages come after it on a read.</summary>
    [Id(19)] public ContractEvent[]? HistoryOpen { get => StoredPages.Open(History, EventsPerPage); set => History = value is null ? null : [.. value]; }
    [Id(11)] public List<AuditEntry>? Audit { get; set; }
    [Id(12)] public DisclosureView? DisclosureRequest { get; set; }
    [Id(13)] public int DisclosureRequests { get; set; }
    [Id(14)] public NudgeView? Nudge { get; set; }
    [Id(15)] public List<TimeSpan>? NudgeIntervals { get; set; }
    [Id(16)] public bool ReminderRegistered { get; set; }

    /// <summary>The party whose flag revoked the disclosure (the other party is owed the notice); null until revoked.</summary>
    [Id(17)] public string? RevokedFor { get; set; }

    /// <summary>Texts written with a step and withheld by a check, until a reviewer shows them (<see cref="WithheldTexts"/>).</summary>
    [Id(20)] public List<WithheldText>? Withheld { get; set; }

    /// <summary>
    /// The parties' flag counts (client, worker) when the pending disclosure request was made: a reviewer's approval is
    /// refused once either has been flagged since. Null for a request stored before it was kept (then any flag refuses).
    /// </summary>
    [Id(21)] public int[]? FlagsAtRequest { get; set; }

    /// <summary>True when the disclosure was revoked while its request was still pending (never approved).</summary>
    [Id(22)] public bool RevokedPending { get; set; }

    /// <summary>Messages sent under an <c>Idempotency-Key</c> (<see cref="IdempotentSends"/>).</summary>
    [Id(23)] public List<IdempotentSend>? Sends { get; set; }

    /// <summary>The parties' last proposal-thread texts, until their own messages here fill what the checks read (<see cref="CarriedTexts"/>).</summary>
    [Id(24)] public CarriedText[]? Carried { get; set; }

    /// <summary>
    /// A give-back's count as an earlier version kept it (when the disclosure was given back, until counted): read into
    /// <see cref="Counts"/>, never written again.
    /// </summary>
    [Id(25)]
    public DateTimeOffset? UncountedReinstatement
    {
        get => null;
        set
        {
            if (value is { } at)
            {
                // Before any count of the contract was numbered: no month holds a number of it yet.
                (Counts ??= []).Insert(0, new OwedCount(1, at, new Dictionary<string, int> { [Stats.DisclosureReinstated] = 1 }));
            }
        }
    }

    /// <summary>
    /// The measure of the flagged party whose fan-out revoked the disclosure: the number of their ladder step (a
    /// restriction or withdrawal), positive, or the number of their flag (<see cref="Users.FlagRevocation.Number"/>),
    /// negated; null for a flag from before flags were numbered. The party's grain counts the revocations of a step or a
    /// flag it finishes by this, so one cut off part-way and finished later counts each of its revocations once
    /// (<see cref="Revocation.Step"/>, <see cref="Revocation.Flag"/>). One field for both: no contract grows for it.
    /// </summary>
    [Id(26)] public int? RevokedBy { get; set; }

    /// <summary>The ladder step that revoked the disclosure (<see cref="RevokedBy"/>); null when a flag did.</summary>
    public int? RevokedByStep => RevokedBy > 0 ? RevokedBy : null;

    /// <summary>The flag that revoked the disclosure (<see cref="RevokedBy"/>); null when a step or an unnumbered flag did.</summary>
    public int? RevokedByFlag => RevokedBy < 0 ? -RevokedBy : null;

    /// <summary>
    /// The counts the contract owes the monthly statistics, stored with the changes they count until a month took them
    /// (<see cref="ContractCounts"/>); null when none is owed, as almost always.
    /// </summary>
    [Id(27)] public List<OwedCount>? Counts { get; set; }

    void IStoredInParts.CollectChanged(IStatePartWriter writer)
    {
        _storedMessages = StoredPages.Collect(writer, "m", MessagesPerPage, Messages, _storedMessages, MessageRecord.TakeChanged);
        _storedEvents = StoredPages.Collect(writer, "h", EventsPerPage, History, _storedEvents);
    }

    void IStoredInParts.Restore(string key, IStatePartReader reader)
    {
        if (key[0] == 'm')
        {
            Messages = StoredPages.Restore(Messages, ref _storedMessages, reader, MessageRecord.TakeChanged);
        }
        else
        {
            History = StoredPages.Restore(History, ref _storedEvents, reader);
        }
    }
}
