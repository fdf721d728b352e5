using Platform.Abstractions.Common;
using Platform.Abstractions.Reviews;

namespace Platform.Grains.Reviews;

/// <inheritdoc cref="IReviewItemGrain"/>
internal sealed class ReviewItemGrain(
    [PersistentState("review", GrainStorage.Name)] IPersistentState<ReviewItemState> state) : Grain, IReviewItemGrain
{
    public async Task StoreAsync(ReviewItemView item)
    {
        var versions = state.State.Versions;
        var same = versions.FindIndex(v => v.CreatedAt == item.CreatedAt && v.Item.Key == item.Item.Key);
        if (same >= 0 && versions[same].Revision >= item.Revision)
        {
            return;
        }

        if (same >= 0)
        {
            versions[same] = item;
        }
        else
        {
            versions.Add(item);
        }

        await state.WriteStateAsync();

        // A record is written when its item opens or changes and read only when a reviewer pages back to it; the queue
        // keeps the open items in memory. Kept active, every held text would hold an activation (~2.5 KB) until the
        // collection age: the stored state is all that needs to stay.
        this.DeactivateOnIdle();
    }

    public Task<ReviewItemView?> GetAsync() => Task.FromResult(state.State.Versions.LastOrDefault());

    /// <summary>The record of the queue's item <paramref name="itemId"/>.</summary>
    public static IReviewItemGrain For(IGrainFactory grains, string queue, string itemId) =>
        grains.Grain<IReviewItemGrain>($"{queue}/{itemId}");
}

/// <summary>Persisted state of one review item's record.</summary>
[GenerateSerializer]
public sealed class ReviewItemState
{
    /// <summary>The item; more than one only when its id was reused, latest last.</summary>
    [Id(0)] public List<ReviewItemView> Versions { get; set; } = [];
}
