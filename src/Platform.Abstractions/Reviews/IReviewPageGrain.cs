namespace Platform.Abstractions.Reviews;

/// <summary>
/// One page of a review queue's index (key <c>{queue}/page-{n}</c>, or <c>{queue}/decided</c> for the latest
/// decisions): up to a page of open item ids, or of alerts. The queue's own state keeps only the newest ids and alerts,
/// fewer than a page, and the numbers of its pages; a full page moves here and is written again only when one of its
/// items is decided. So a new item writes its record and a few hundred bytes of the queue's state, whatever the backlog.
/// </summary>
public interface IReviewPageGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores the page and returns once it is stored. A page of a lower <see cref="ReviewPage.Revision"/> than the
    /// stored one changes nothing, so writes that arrive out of order keep the latest.
    /// </summary>
    Task StoreAsync(ReviewPage page);

    /// <summary>The page, or null when none is stored under this key.</summary>
    Task<ReviewPage?> GetAsync();

    /// <summary>Removes the page from storage (its items were all decided, or its alerts are no longer kept).</summary>
    Task ClearAsync();
}

/// <summary>A page of a queue's index: item ids (open ones, or the latest decided ones) or alerts.</summary>
/// <param name="Revision">Raised by the queue with every change of the page.</param>
/// <param name="Ids">Item ids, oldest first.</param>
/// <param name="Alerts">Alerts, by sequence.</param>
[GenerateSerializer, Immutable]
public sealed record ReviewPage(
    [property: Id(0)] long Revision,
    [property: Id(1)] string[] Ids,
    [property: Id(2)] AlertRef[] Alerts);

/// <summary>Alert <paramref name="Sequence"/>: item <paramref name="ItemId"/> opened at <paramref name="At"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record AlertRef([property: Id(0)] long Sequence, [property: Id(1)] DateTimeOffset At, [property: Id(2)] string ItemId);
