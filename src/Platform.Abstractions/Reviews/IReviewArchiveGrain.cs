namespace Platform.Abstractions.Reviews;

/// <summary>
/// One decided review item, kept after it leaves the queue (key: <c>{queue}/{itemId}</c>). The queue grain keeps only
/// open items and the latest decisions in its own state, so its state stays the size of the open work instead of
/// growing with every decision ever taken; older decisions are read here.
/// </summary>
public interface IReviewArchiveGrain : IGrainWithStringKey
{
    /// <summary>Stores the decided item (again, when a decision is retried) and returns once it is stored.</summary>
    Task StoreAsync(ReviewItemView item);

    /// <summary>The decided item (the latest, if its id was reused), or null when none was stored under this key.</summary>
    Task<ReviewItemView?> GetAsync();
}
