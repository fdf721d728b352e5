namespace Platform.Abstractions.Reviews;

/// <summary>
/// One review item's record (key: <c>{queue}/{itemId}</c>), open or decided. The queue grain keeps the open items in
/// memory but stores only their ids, and each item's view here, so that a change to one item writes that item and
/// not the whole queue, and the queue's own state does not grow with the items' evidence or with every decision ever
/// taken.
/// </summary>
public interface IReviewItemGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores the item's view and returns once it is stored. A view older than the stored one (a lower
    /// <see cref="ReviewItemView.Revision"/> of the same item) changes nothing, so writes that arrive out of order
    /// keep the latest; an item that reuses the id (its key came back after leaving the latest decisions) is kept
    /// beside the earlier one.
    /// </summary>
    Task StoreAsync(ReviewItemView item);

    /// <summary>The item (the latest, if its id was reused), or null when none was stored under this key.</summary>
    Task<ReviewItemView?> GetAsync();

    /// <summary>Removes what is stored under this key (then <see cref="GetAsync"/> answers null), and returns once it is removed.</summary>
    Task ClearAsync();
}
