using Platform.LoadTest.Measurement;

namespace Platform.LoadTest.Tests;

public class LoadMetricsTests
{
    [Fact]
    public async Task TakeSample_WhileManyThreadsComplete_CountsEveryRequestAndReadsTheMaximum()
    {
        const int threads = 4;
        const int each = 250_000;
        const long TimedOut = 10_000_000; // many requests end at the same time-out: one bucket, written at once
        var metrics = new LoadMetrics();
        var scan = new VerdictScan(Decision: 0, CategoryMask: 0, ProblemCode: null);
        using var stop = new CancellationTokenSource();
        var samples = new List<SecondSample>();

        // Seconds are closed while requests complete on other threads, as in an overloaded run.
        var sampler = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                samples.Add(metrics.TakeSample(samples.Count, measured: true, targetRate: 0));
            }
        });
        await Task.WhenAll(Enumerable.Range(0, threads).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < each; i++)
            {
                metrics.OnIssued();
                metrics.OnCompleted(OpKind.ContractMessage, 200, scan, -1, latencyMicros: i % 2 == 0 ? TimedOut : 1 + ((i * 7919L) % 10_000_000), measured: false, failure: null);
            }
        })));
        await stop.CancelAsync();
        await sampler;
        samples.Add(metrics.TakeSample(samples.Count, measured: true, targetRate: 0));

        Assert.Equal(threads * each, samples.Sum(s => s.Ok));
        Assert.Equal(threads * each, samples.Sum(s => s.Timed));
        Assert.InRange(samples.Max(s => s.MaxMs), 9_000, 10_100);
    }
}
