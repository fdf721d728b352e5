using Platform.Abstractions.Statistics;

namespace Platform.Grains.Statistics;

/// <summary>Persisted counters of one month.</summary>
[GenerateSerializer]
public sealed class StatisticsState
{
    [Id(0)] public Dictionary<string, long> Counters { get; set; } = [];

    /// <summary>
    /// The latest count taken from each source that numbers its counts (<see cref="IStatisticsGrain.AddOnceAsync"/>): the
    /// review queue's few sources for good, a contract or a user only while it may still send that count again (it
    /// forgets it once stored: <see cref="IStatisticsGrain.ForgetAsync"/>), so the map stays as small as the counts in flight.
    /// </summary>
    [Id(1)] public Dictionary<string, long> Taken { get; set; } = [];
}
