namespace Platform.Abstractions.Statistics;

/// <summary>Counters of one month (key <c>yyyy-MM</c>, Japan time), fed by the grains as events happen.</summary>
public interface IStatisticsGrain : IGrainWithStringKey
{
    /// <summary>Adds to counters.</summary>
    Task AddAsync(IReadOnlyDictionary<string, int> increments);

    /// <summary>The month's counters.</summary>
    Task<MonthStatistics> GetAsync();
}
