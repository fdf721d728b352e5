namespace Platform.Abstractions.Statistics;

/// <summary>One month's counters for the monthly statistics (品質向上委員会からのお知らせ).</summary>
/// <param name="Month"><c>yyyy-MM</c> (Japan time).</param>
/// <param name="Counters">Counter name → count, e.g. <c>violation.off_platform_contact</c>, <c>advice</c>, <c>report.received</c>.</param>
[GenerateSerializer, Immutable]
public sealed record MonthStatistics(
    [property: Id(0)] string Month,
    [property: Id(1)] IReadOnlyDictionary<string, long> Counters);
