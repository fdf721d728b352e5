namespace Platform.Grains.Statistics;

/// <summary>Persisted counters of one month.</summary>
[GenerateSerializer]
public sealed class StatisticsState
{
    [Id(0)] public Dictionary<string, long> Counters { get; set; } = [];
}
