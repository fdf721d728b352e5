using Platform.Abstractions.Reviews;

namespace Platform.Grains.Reviews;

/// <summary>Persisted state of the review queue.</summary>
[GenerateSerializer]
public sealed class ReviewQueueState
{
    /// <summary>
    /// Open items, and decided ones whose move to the archive has not happened yet (a failed archive write, or a
    /// queue stored before decided items moved out): these move on the queue's next activation.
    /// </summary>
    [Id(0)] public Dictionary<string, ReviewItemView> Items { get; set; } = [];
    [Id(1)] public Dictionary<string, ReportReceipt> Receipts { get; set; } = [];
    [Id(2)] public List<ReviewAlert> Alerts { get; set; } = [];
    [Id(3)] public long LastAlert { get; set; }

    /// <summary>The latest decided items, oldest first, by id; the items themselves are in their archive grains.</summary>
    [Id(4)] public List<string> RecentDecided { get; set; } = [];

    /// <summary>Sequence of the ids given to an item whose key is still in use (<c>{key}~{n}</c>).</summary>
    [Id(5)] public long LastItem { get; set; }
}
