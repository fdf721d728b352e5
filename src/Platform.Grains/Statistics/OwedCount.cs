namespace Platform.Grains.Statistics;

/// <summary>
/// A count an entity owes the monthly statistics (<paramref name="Increments"/> in the month of <paramref name="At"/>),
/// kept in its state with the change it counts until the month took it, numbered <paramref name="Sequence"/> for
/// <see cref="Platform.Abstractions.Statistics.IStatisticsGrain.AddOnceAsync"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OwedCount(
    [property: Id(0)] long Sequence,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] Dictionary<string, int> Increments);
