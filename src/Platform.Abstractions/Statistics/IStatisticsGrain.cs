namespace Platform.Abstractions.Statistics;

/// <summary>Counters of one month (key <c>yyyy-MM</c>, Japan time), fed by the grains as events happen.</summary>
public interface IStatisticsGrain : IGrainWithStringKey
{
    /// <summary>Adds to counters.</summary>
    Task AddAsync(IReadOnlyDictionary<string, int> increments);

    /// <summary>
    /// Adds to counters once: <paramref name="sequence"/> numbers the counts of <paramref name="source"/>, which sends them
    /// in order and sends one again until it is taken; a count whose number was taken already adds nothing.
    /// </summary>
    Task AddOnceAsync(string source, long sequence, IReadOnlyDictionary<string, int> increments);

    /// <summary>
    /// <paramref name="source"/> has stored that its counts up to <paramref name="sequence"/> were taken and will never send
    /// them again: what the month remembers of it goes (unless a later count was taken meanwhile), so that a source that
    /// counts now and then (a contract, a user) leaves nothing behind. Its next count must be numbered higher still.
    /// </summary>
    Task ForgetAsync(string source, long sequence);

    /// <summary>The month's counters.</summary>
    Task<MonthStatistics> GetAsync();
}
