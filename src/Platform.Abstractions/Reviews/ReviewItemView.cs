namespace Platform.Abstractions.Reviews;

/// <summary>One item in the support team's review queue.</summary>
[GenerateSerializer, Immutable]
public sealed record ReviewItemView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required NewReviewItem Item { get; init; }
    [Id(2)] public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Current severity (1–3, +1 when escalated).</summary>
    [Id(3)] public int Severity { get; init; }
    [Id(4)] public bool Escalated { get; init; }

    /// <summary><c>open</c>, <c>approved</c> or <c>rejected</c>.</summary>
    [Id(5)] public string Status { get; init; } = "open";

    /// <summary>How many times this item was raised (duplicate reports are merged and counted once per reporter).</summary>
    [Id(6)] public int Count { get; init; } = 1;

    /// <summary>Distinct reporters (reports only).</summary>
    [Id(7)] public IReadOnlyList<string> Reporters { get; init; } = [];

    /// <summary>Reporters' comments (reports only).</summary>
    [Id(8)] public IReadOnlyList<string> Comments { get; init; } = [];

    /// <summary>
    /// Every category the merged reports chose, first reported first, each with its reporters (reports only); the item's
    /// own <see cref="NewReviewItem.Category"/> is the first.
    /// </summary>
    [Id(15)] public IReadOnlyList<ReportedCategory> ReportedCategories { get; init; } = [];
    [Id(9)] public string? DecidedBy { get; init; }
    [Id(10)] public DateTimeOffset? DecidedAt { get; init; }
    [Id(11)] public string? DecisionReasonJa { get; init; }

    /// <summary>What the decision did to the item, in short stable English for tools and logs, e.g. <c>message delivered</c>.</summary>
    [Id(12)] public string? Outcome { get; init; }

    /// <summary>What the decision did to the item, in Japanese for the reviewer, e.g. 「メッセージを相手方に配信しました。」.</summary>
    [Id(14)] public string? OutcomeJa { get; init; }

    /// <summary>Raised by one on every change of the item (merged copies, escalation, decision).</summary>
    [Id(13)] public int Revision { get; init; }

    /// <summary>
    /// The item this one took over from: the platform closed it (its held text's writer was withdrawn) and the same subject was
    /// queued again under this item (the withdrawal lifted), with what deciding that one would have done. Null otherwise.
    /// </summary>
    [Id(16)] public string? Supersedes { get; init; }

    /// <summary>
    /// For an item no longer open whose subject is in review again under another item (queued again after the platform closed
    /// this one): that open item, to decide instead (deciding this one is refused, 409 <c>review.already_decided</c>, naming it
    /// too). Given when the item is read, never stored; null otherwise.
    /// </summary>
    [Id(17)] public string? CurrentItemId { get; init; }

    /// <summary>Whether another open item took this one's place (<see cref="CurrentItemId"/>).</summary>
    public bool Superseded => CurrentItemId is not null;
}
