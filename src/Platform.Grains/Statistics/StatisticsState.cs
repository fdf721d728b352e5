using Platform.Abstractions.Statistics;

namespace Platform.Grains.Statistics;

/// <summary>Persisted counters of one month.</summary>
[GenerateSerializer]
public sealed class StatisticsState
{
    [Id(0)] public Dictionary<string, long> Counters { get; set; } = [];

    /// <summary>The latest count taken from each source that numbers its counts (<see cref="IStatisticsGrain.AddOnceAsync"/>).</summary>
    [Id(1)] public Dictionary<string, long> Taken { get; set; } = [];
}
