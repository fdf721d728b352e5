using Platform.Abstractions.Reviews;

namespace Platform.Grains.Reviews;

/// <inheritdoc cref="IReviewArchiveGrain"/>
internal sealed class ReviewArchiveGrain(
    [PersistentState("review", GrainStorage.Name)] IPersistentState<ReviewArchiveState> state) : Grain, IReviewArchiveGrain
{
    public async Task StoreAsync(ReviewItemView item)
    {
        // A retried decision replaces its earlier copy; an item that reused the id (its key came back after leaving
        // the queue's latest decisions) is added, so no decision is overwritten.
        var decisions = state.State.Decisions;
        decisions.RemoveAll(d => d.CreatedAt == item.CreatedAt && d.Item.Key == item.Item.Key);
        decisions.Add(item);
        await state.WriteStateAsync();
    }

    public Task<ReviewItemView?> GetAsync() => Task.FromResult(state.State.Decisions.LastOrDefault());

    /// <summary>The queue's archive of <paramref name="itemId"/>.</summary>
    public static IReviewArchiveGrain For(IGrainFactory grains, string queue, string itemId) =>
        grains.GetGrain<IReviewArchiveGrain>($"{queue}/{itemId}");
}

/// <summary>Persisted state of one decided review item (by id).</summary>
[GenerateSerializer]
public sealed class ReviewArchiveState
{
    /// <summary>The decided item; more than one only when its id was reused, latest last.</summary>
    [Id(0)] public List<ReviewItemView> Decisions { get; set; } = [];
}
