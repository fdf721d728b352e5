using Platform.Abstractions.Reviews;

namespace Platform.Grains.Reviews;

/// <summary>
/// Persisted state of the review queue: its counters, the ids of its newest open items and its newest alerts (fewer
/// than a page of each), and the numbers of its <see cref="IReviewPageGrain"/> pages, which hold the older ones. The
/// items themselves are in their <see cref="IReviewItemGrain"/> records, the latest decisions in the queue's decided
/// page, receipts in <see cref="IReportReceiptGrain"/> records.
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

    /// <summary>The latest decided items, as stored before they had a page of their own; moved on activation.</summary>
    [Id(4)] public List<string> RecentDecided { get; set; } = [];

    /// <summary>Sequence of the ids given to an item whose key is still in use (<c>{key}~{n}</c>).</summary>
    [Id(5)] public long LastItem { get; set; }

    /// <summary>
    /// The newest open items, by id, in the order they were opened, until a page of them moves to a page record (an id
    /// stays here until its page is stored, so it may be in both for a moment). Before pages, every open item.
    /// </summary>
    [Id(6)] public List<string> Open { get; set; } = [];

    /// <summary>The newest alerts (new automatic detections), oldest first, until a page of them moves to a page record.</summary>
    [Id(7)] public List<AlertRef> AlertRefs { get; set; } = [];

    /// <summary>The pages that hold ids of open items.</summary>
    [Id(8)] public List<long> OpenPages { get; set; } = [];

    /// <summary>The pages of the latest alerts, oldest first.</summary>
    [Id(9)] public List<long> AlertPages { get; set; } = [];

    /// <summary>Sequence of the page numbers.</summary>
    [Id(10)] public long LastPage { get; set; }

    /// <summary>What the queue still owes the monthly statistics, oldest first (<see cref="ReviewCounts"/>).</summary>
    [Id(11)] public List<PendingCount> Counts { get; set; } = [];

    /// <summary>Sequence of <see cref="PendingCount.Sequence"/>.</summary>
    [Id(12)] public long LastCount { get; set; }
}
