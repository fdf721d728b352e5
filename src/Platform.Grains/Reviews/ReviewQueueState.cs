using Platform.Abstractions.Reviews;

namespace Platform.Grains.Reviews;

/// <summary>
/// Persisted state of the review queue: the ids of its open items and of its latest decisions (the items themselves
/// are in their <see cref="IReviewItemGrain"/> records) and the alerts; receipts are in <see cref="IReportReceiptGrain"/> records.
/// </summary>
[GenerateSerializer]
public sealed class ReviewQueueState
{
    /// <summary>Every item with its view, as stored before items had records of their own; moved on activation.</summary>
    [Id(0)] public Dictionary<string, ReviewItemView> Items { get; set; } = [];

    /// <summary>Receipts, as stored before receipts had records of their own; moved on activation.</summary>
    [Id(1)] public Dictionary<string, ReportReceipt> Receipts { get; set; } = [];

    /// <summary>Alerts with their item's view, as stored before <see cref="AlertRefs"/>; moved on activation.</summary>
    [Id(2)] public List<ReviewAlert> Alerts { get; set; } = [];
    [Id(3)] public long LastAlert { get; set; }

    /// <summary>The latest decided items, oldest first, by id.</summary>
    [Id(4)] public List<string> RecentDecided { get; set; } = [];

    /// <summary>Sequence of the ids given to an item whose key is still in use (<c>{key}~{n}</c>).</summary>
    [Id(5)] public long LastItem { get; set; }

    /// <summary>The open items, by id, in the order they were opened.</summary>
    [Id(6)] public List<string> Open { get; set; } = [];

    /// <summary>The latest alerts (new automatic detections), oldest first; the item is read when an alert is.</summary>
    [Id(7)] public List<AlertRef> AlertRefs { get; set; } = [];
}

/// <summary>Alert <paramref name="Sequence"/>: item <paramref name="ItemId"/> opened at <paramref name="At"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record AlertRef([property: Id(0)] long Sequence, [property: Id(1)] DateTimeOffset At, [property: Id(2)] string ItemId);
