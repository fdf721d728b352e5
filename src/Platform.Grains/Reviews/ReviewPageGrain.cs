using Platform.Abstractions.Common;
using Platform.Abstractions.Reviews;

namespace Platform.Grains.Reviews;

/// <inheritdoc cref="IReviewPageGrain"/>
internal sealed class ReviewPageGrain(
    [PersistentState("reviewpage", GrainStorage.Name)] IPersistentState<ReviewPageState> state) : Grain, IReviewPageGrain
{
    public async Task StoreAsync(ReviewPage page)
    {
        if (state.State.Page is { } stored && stored.Revision >= page.Revision)
        {
            return;
        }

        state.State.Page = page;
        await state.WriteStateAsync();
    }

    public Task<ReviewPage?> GetAsync() => Task.FromResult(state.State.Page);

    public async Task ClearAsync()
    {
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }

        state.State.Page = null;
    }

    /// <summary>Page <paramref name="page"/> of the queue <paramref name="queue"/>.</summary>
    public static IReviewPageGrain For(IGrainFactory grains, string queue, long page) =>
        grains.Grain<IReviewPageGrain>($"{queue}/page-{page}");

    /// <summary>The queue's list of its latest decisions.</summary>
    public static IReviewPageGrain Decided(IGrainFactory grains, string queue) =>
        grains.Grain<IReviewPageGrain>($"{queue}/decided");
}

/// <summary>Persisted state of one page of a review queue's index.</summary>
[GenerateSerializer]
public sealed class ReviewPageState
{
    [Id(0)] public ReviewPage? Page { get; set; }
}
