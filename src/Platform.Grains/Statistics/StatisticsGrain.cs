using Orleans.Concurrency;
using Platform.Grains.Common;
using Platform.Abstractions.Statistics;

namespace Platform.Grains.Statistics;

/// <inheritdoc cref="IStatisticsGrain"/>
/// <remarks>
/// Every violation and every piece of advice in the month lands here, so the calls interleave and share writes
/// (<see cref="SharedWrites{T}"/>): with PostgreSQL one write per call would cap the whole platform at this one
/// grain's commit rate.
/// </remarks>
[Reentrant]
internal sealed class StatisticsGrain : Grain, IStatisticsGrain
{
    private readonly IPersistentState<StatisticsState> state;
    private readonly SharedWrites<StatisticsState> writes;

    public StatisticsGrain([PersistentState("statistics", GrainStorage.Name)] IPersistentState<StatisticsState> state)
    {
        this.state = state;
        writes = new SharedWrites<StatisticsState>(state, GrainContext);
    }

    public Task AddAsync(IReadOnlyDictionary<string, int> increments)
    {
        Add(increments);
        return writes.SaveAsync();
    }

    public Task AddOnceAsync(string source, long sequence, IReadOnlyDictionary<string, int> increments)
    {
        // Taken already: answered once the write that holds it has committed, as the first time.
        if (state.State.Taken.GetValueOrDefault(source) < sequence)
        {
            Add(increments);
            state.State.Taken[source] = sequence;
        }

        return writes.SaveAsync();
    }

    public Task ForgetAsync(string source, long sequence)
    {
        // A later count taken meanwhile (a forget overtaken by the next count) is still owed its watermark.
        if (state.State.Taken.TryGetValue(source, out var taken) && taken <= sequence)
        {
            state.State.Taken.Remove(source);
            return writes.SaveAsync();
        }

        return Task.CompletedTask;
    }

    private void Add(IReadOnlyDictionary<string, int> increments)
    {
        foreach (var (key, value) in increments)
        {
            state.State.Counters[key] = state.State.Counters.GetValueOrDefault(key) + value;
        }
    }

    public Task<MonthStatistics> GetAsync() =>
        Task.FromResult(new MonthStatistics(this.GetPrimaryKeyString(), new Dictionary<string, long>(state.State.Counters)));
}
