using System.Globalization;

namespace Platform.LoadTest.Measurement;

/// <summary>Limits a release gate sets on the command line; a null limit is not checked.</summary>
public sealed record Thresholds(double? MaxP99Ms, double? MaxP999Ms, double? MaxErrorRate)
{
    public bool Any => MaxP99Ms is not null || MaxP999Ms is not null || MaxErrorRate is not null;

    /// <summary>Every broken limit, in words; empty when the run passes. A run with no measured request fails a gate.</summary>
    public IReadOnlyList<string> Evaluate(LatencyFigures latency, long errors, long completed)
    {
        var broken = new List<string>();
        if (!Any)
        {
            return broken;
        }

        if (completed == 0)
        {
            broken.Add("no measured request completed");
            return broken;
        }

        if (MaxP99Ms is { } p99 && latency.P99 > p99)
        {
            broken.Add(F($"p99 {latency.P99:0.###} ms > {p99:0.###} ms"));
        }

        if (MaxP999Ms is { } p999 && latency.P999 > p999)
        {
            broken.Add(F($"p99.9 {latency.P999:0.###} ms > {p999:0.###} ms"));
        }

        var rate = (double)errors / completed;
        if (MaxErrorRate is { } maxRate && rate > maxRate)
        {
            broken.Add(F($"error rate {rate:0.#####} ({errors}/{completed}) > {maxRate:0.#####}"));
        }

        return broken;
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
