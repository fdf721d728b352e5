using Platform.Grains.Common;
using Platform.Abstractions.Statistics;

namespace Platform.Grains.Statistics;

/// <inheritdoc cref="IStatisticsGrain"/>
internal sealed class StatisticsGrain(
    [PersistentState("statistics", GrainStorage.Name)] IPersistentState<StatisticsState> state) : Grain, IStatisticsGrain
{
    public async Task AddAsync(IReadOnlyDictionary<string, int> increments)
    {
        foreach (var (key, value) in increments)
        {
            state.State.Counters[key] = state.State.Counters.GetValueOrDefault(key) + value;
        }

        await state.SaveAsync(GrainContext);
    }

    public Task<MonthStatistics> GetAsync() =>
        Task.FromResult(new MonthStatistics(this.GetPrimaryKeyString(), new Dictionary<string, long>(state.State.Counters)));
}
