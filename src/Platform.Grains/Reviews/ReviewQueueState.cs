using Platform.Abstractions.Reviews;

namespace Platform.Grains.Reviews;

/// <summary>Persisted state of the review queue.</summary>
[GenerateSerializer]
public sealed class ReviewQueueState
{
    [Id(0)] public Dictionary<string, ReviewItemView> Items { get; set; } = [];
    [Id(1)] public Dictionary<string, ReportReceipt> Receipts { get; set; } = [];
    [Id(2)] public List<ReviewAlert> Alerts { get; set; } = [];
    [Id(3)] public long LastAlert { get; set; }
}
