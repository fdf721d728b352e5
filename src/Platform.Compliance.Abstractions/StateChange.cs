namespace Platform.Compliance.Abstractions;

/// <summary>
/// A plain snapshot of one state change, handed to every subscribed check before the change is committed.
/// Checks must treat it as read-only and keep no reference to it after they return.
/// </summary>
public sealed record StateChange
{
    /// <summary><c>user</c>, <c>job</c> or <c>contract</c>: the grain whose state changes.</summary>
    public required string EntityKind { get; init; }

    /// <summary>Id of that entity.</summary>
    public required string EntityId { get; init; }

    /// <summary>Id of the item within the entity, when there is one (a message or proposal id).</summary>
    public string? ItemId { get; init; }

    /// <summary>What changed.</summary>
    public required ChangeKind Change { get; init; }

    /// <summary>Which kind of text was written, or <see cref="TextKind.None"/>.</summary>
    public TextKind TextKind { get; init; }

    /// <summary>A job post's title, or a profile's display name (<see cref="TextKind.Profile"/>).</summary>
    public string? Title { get; init; }

    /// <summary>The text written, if any.</summary>
    public string? Text { get; init; }

    /// <summary>Where the deal stands.</summary>
    public DealStage Stage { get; init; }

    /// <summary>The contract's contact-disclosure status (<see cref="DisclosureStatus.None"/> outside a contract).</summary>
    public DisclosureStatus Disclosure { get; init; }

    /// <summary>The user who made the change.</summary>
    public string? ActorUserId { get; init; }

    /// <summary>The side the actor is on, when the change is part of a deal.</summary>
    public PartyRole? ActorRole { get; init; }

    /// <summary>The client side of the deal, when known.</summary>
    public PartySnapshot? Client { get; init; }

    /// <summary>The worker side of the deal, when known.</summary>
    public PartySnapshot? Worker { get; init; }

    /// <summary>Job facts, for job posts.</summary>
    public JobFacts? Job { get; init; }

    /// <summary>
    /// The actor's earlier texts in the same thread (their last few messages), oldest first, for checks that look
    /// across messages, e.g. a phone number split over three messages.
    /// </summary>
    public IReadOnlyList<ThreadText> RecentThread { get; init; } = [];

    /// <summary>The actor's public profile text, for checks that look across the profile and what is written now.</summary>
    public string? ActorProfileText { get; init; }

    /// <summary>
    /// The actor's display name, shown beside what they write, for checks that look across the name and the text
    /// (a profile's own name comes as <see cref="Title"/> instead).
    /// </summary>
    public string? ActorDisplayName { get; init; }

    /// <summary>Values before the change that matter (e.g. <c>stage</c>, <c>status</c>); empty when new.</summary>
    public IReadOnlyDictionary<string, string> Before { get; init; } = EmptyValues;

    /// <summary>Values after the change that matter.</summary>
    public IReadOnlyDictionary<string, string> After { get; init; } = EmptyValues;

    /// <summary>
    /// The findings of the enforce-mode checks that ran before this one, for a check whose
    /// <see cref="CheckInfo.ReadsFindings"/> is set; empty for every other check.
    /// </summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>When the change happens.</summary>
    public DateTimeOffset At { get; init; }

    private static readonly IReadOnlyDictionary<string, string> EmptyValues = new Dictionary<string, string>();
}
