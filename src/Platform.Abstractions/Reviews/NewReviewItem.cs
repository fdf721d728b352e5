using Platform.Abstractions.Compliance;

namespace Platform.Abstractions.Reviews;

/// <summary>Something to put in the review queue.</summary>
/// <param name="Kind"><c>message</c>, <c>job</c>, <c>proposal</c>, <c>disclosure</c>, <c>report</c> or <c>detection</c>.</param>
/// <param name="Origin"><c>auto</c> (a check or a grain's hold decision), <c>user</c> (a report) or <c>request</c> (a disclosure request).</param>
/// <param name="SourceKind"><c>job</c>, <c>contract</c> or <c>user</c>: the grain holding the item.</param>
/// <param name="SourceId">That grain's id.</param>
/// <param name="ItemId">Message or proposal id within it; null for the entity itself.</param>
/// <param name="SubjectUserId">The user whose conduct is in question, when known.</param>
/// <param name="Category">Violation category or report category, if any.</param>
/// <param name="Code">Stable English code.</param>
/// <param name="SummaryJa">What the reviewer should look at, in Japanese.</param>
/// <param name="Severity">1 (low) to 3 (high); escalation raises it.</param>
/// <param name="DueAt">When it must be decided.</param>
/// <param name="Key">Stable id of the thing reviewed (becomes the item id); a new item with the key of an open item is merged into it.</param>
[GenerateSerializer, Immutable]
public sealed record NewReviewItem(
    [property: Id(0)] string Kind,
    [property: Id(1)] string Origin,
    [property: Id(2)] string SourceKind,
    [property: Id(3)] string SourceId,
    [property: Id(4)] string? ItemId,
    [property: Id(5)] string? SubjectUserId,
    [property: Id(6)] string? Category,
    [property: Id(7)] string Code,
    [property: Id(8)] string SummaryJa,
    [property: Id(9)] int Severity,
    [property: Id(10)] DateTimeOffset DueAt,
    [property: Id(11)] string Key)
{
    /// <summary>What the automatic detection found, with evidence spans (empty for reports and requests).</summary>
    [Id(12)] public IReadOnlyList<FindingView> Findings { get; init; } = [];

    /// <summary>
    /// Merged into an open detection of the same key, this copy's findings replace the open item's (its due time stays):
    /// a check deciding on the same thing again (a profile changed, a step's text written again). Otherwise a merged
    /// detection keeps the evidence it was opened with (a mass-send alert).
    /// </summary>
    [Id(13)] public bool LatestFindingsWin { get; init; }

    /// <summary>
    /// What the detection asked for once upheld (a doubted block's flag of the writer, say): applied when a reviewer
    /// refuses the held text or upholds the detection, never before. Merged items keep both lists.
    /// </summary>
    [Id(14)] public IReadOnlyList<EffectView> WhenUpheld { get; init; } = [];

    /// <summary>
    /// What the detection did at once to users (a check's flag or warning, applied by the platform before the item was
    /// queued): kept when a reviewer upholds the detection, given back when one dismisses it (a flag only when nothing else
    /// holds it; see <c>IUserGrain.ReleaseFlagAsync</c>). Merged items keep both lists.
    /// </summary>
    [Id(15)] public IReadOnlyList<EffectView> Applied { get; init; } = [];

    /// <summary>
    /// Queued again after the platform closed the item of this key (a held text of a withdrawn user, queued again when the
    /// withdrawal is lifted). Opened as a new item, it takes over what the closed item was to do once decided (its
    /// <see cref="WhenUpheld"/> and <see cref="Applied"/>), so deciding it does exactly what deciding that one would have done,
    /// and names it (<see cref="ReviewItemView.Supersedes"/>). Merged into an open item of the key, it is merged as any copy is.
    /// </summary>
    [Id(16)] public bool Requeued { get; init; }
}
