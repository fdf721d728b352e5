using HdrHistogram;

namespace Platform.LoadTest.Measurement;

/// <summary>Latency percentiles in milliseconds, from a histogram recorded in microseconds.</summary>
public sealed record LatencyFigures(long Count, double P50, double P90, double P99, double P999, double Max, double Mean)
{
    public static LatencyFigures Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public static LatencyFigures From(HistogramBase micros)
    {
        if (micros.TotalCount == 0)
        {
            return Empty;
        }

        return new LatencyFigures(
            micros.TotalCount,
            Ms(micros.GetValueAtPercentile(50)),
            Ms(micros.GetValueAtPercentile(90)),
            Ms(micros.GetValueAtPercentile(99)),
            Ms(micros.GetValueAtPercentile(99.9)),
            Ms(micros.GetMaxValue()),
            micros.GetMean() / 1000.0);
    }

    private static double Ms(long micros) => micros / 1000.0;
}
