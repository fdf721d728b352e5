using Platform.Abstractions.Common;
using Platform.Abstractions.Reviews;

namespace Platform.Grains.Reviews;

/// <inheritdoc cref="IReviewItemGrain"/>
internal sealed class ReviewItemGrain(
    [PersistentState("review", GrainStorage.Name)] IPersistentState<ReviewItemState> state) : Grain, IReviewItemGrain
{
    private static readonly TimeSpan IdleFor = TimeSpan.FromSeconds(10);
    private IGrainTimer? idle;

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
        // collection age: the stored state is all that needs to stay. It goes once no write has come for IdleFor, not
        // after each write, so a burst of writes to one item is not forwarded from one deactivating activation to the next.
        if (idle is null)
        {
            idle = this.RegisterGrainTimer(() =>
            {
                this.DeactivateOnIdle();
                return Task.CompletedTask;
            }, new GrainTimerCreationOptions(IdleFor, Timeout.InfiniteTimeSpan));
        }
        else
        {
            idle.Change(IdleFor, Timeout.InfiniteTimeSpan);
        }
    }

    public Task<ReviewItemView?> GetAsync() => Task.FromResult(state.State.Versions.LastOrDefault());

    public async Task ClearAsync()
    {
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }

        state.State.Versions.Clear();
    }

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
