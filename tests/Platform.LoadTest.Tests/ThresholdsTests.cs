using HdrHistogram;
using Platform.LoadTest.Measurement;

namespace Platform.LoadTest.Tests;

public class ThresholdsTests
{
    private static readonly LatencyFigures Latency = new(Count: 1000, P50: 1, P90: 2, P99: 4.5, P999: 9, Max: 20, Mean: 1.2);

    [Fact]
    public void Evaluate_NoLimits_Passes() =>
        Assert.Empty(new Thresholds(null, null, null).Evaluate(Latency, errors: 500, completed: 1000));

    [Fact]
    public void Evaluate_WithinLimits_Passes() =>
        Assert.Empty(new Thresholds(MaxP99Ms: 5, MaxP999Ms: 10, MaxErrorRate: 0.001).Evaluate(Latency, errors: 1, completed: 1000));

    [Fact]
    public void Evaluate_P99OverLimit_Breaks()
    {
        var broken = new Thresholds(MaxP99Ms: 4, MaxP999Ms: null, MaxErrorRate: null).Evaluate(Latency, 0, 1000);

        Assert.Equal(["p99 4.5 ms > 4 ms"], broken);
    }

    [Fact]
    public void Evaluate_P999AndErrorRateOverLimits_BreaksBoth()
    {
        var broken = new Thresholds(MaxP99Ms: 5, MaxP999Ms: 8, MaxErrorRate: 0.001).Evaluate(Latency, errors: 2, completed: 1000);

        Assert.Equal(2, broken.Count);
        Assert.StartsWith("p99.9 9 ms > 8 ms", broken[0], StringComparison.Ordinal);
        Assert.StartsWith("error rate 0.002 (2/1000) > 0.001", broken[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ErrorRateExactlyAtLimit_Passes() =>
        Assert.Empty(new Thresholds(null, null, MaxErrorRate: 0.001).Evaluate(Latency, errors: 1, completed: 1000));

    [Fact]
    public void Evaluate_NothingCompleted_BreaksAGate() =>
        Assert.Equal(["no measured request completed"], new Thresholds(5, null, null).Evaluate(LatencyFigures.Empty, 0, 0));

    [Fact]
    public void LatencyFigures_FromMicros_GivesMillisecondPercentiles()
    {
        var h = HistogramFactory.With64BitBucketSize().WithValuesUpTo(LoadMetrics.MaxTrackableMicros).WithPrecisionOf(3).Create();
        for (var us = 1; us <= 10_000; us++)
        {
            h.RecordValue(us * 10);                  // 10 µs … 100 ms, uniform
        }

        var f = LatencyFigures.From(h);

        Assert.Equal(10_000, f.Count);
        Assert.Equal(50, f.P50, 0);                  // within HdrHistogram's 3 significant digits
        Assert.Equal(90, f.P90, 0);
        Assert.Equal(99, f.P99, 0);
        Assert.Equal(99.9, f.P999, 1);
        Assert.Equal(100, f.Max, 0);
    }

    [Fact]
    public void LatencyFigures_Empty_IsZero() =>
        Assert.Equal(LatencyFigures.Empty, LatencyFigures.From(HistogramFactory.With64BitBucketSize().Create()));

    [Theory]
    [InlineData(200, Outcome.Ok)]
    [InlineData(201, Outcome.Ok)]
    [InlineData(403, Outcome.Refused)]
    [InlineData(409, Outcome.Refused)]
    [InlineData(400, Outcome.Error)]
    [InlineData(404, Outcome.Error)]
    [InlineData(503, Outcome.Error)]
    [InlineData(0, Outcome.Error)]
    public void Classify_StatusCodes(int status, Outcome expected) => Assert.Equal(expected, OutcomeClassifier.Classify(status));
}
