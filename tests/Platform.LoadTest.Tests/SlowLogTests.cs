using System.Diagnostics;
using Platform.LoadTest.Measurement;
using Platform.LoadTest.Reporting;

namespace Platform.LoadTest.Tests;

public class SlowLogTests
{
    [Fact]
    public void TakeSample_EverySecond_RecyclesItsHistogram_NoLargeObjectPerSecond()
    {
        // A new interval histogram (values up to 10 min at 3 digits) is ~170 KB of counts, a large object: one a
        // second made the tool run blocking full collections during a run, pauses counted as the system's latency.
        var metrics = new LoadMetrics();
        var scan = new VerdictScan(Decision: 0, CategoryMask: 0, ProblemCode: null);
        metrics.TakeSample(0, measured: true, targetRate: 0);
        var allocated = 0L;
        for (var second = 1; second <= 20; second++)
        {
            for (var i = 1; i <= 100; i++)
            {
                metrics.OnIssued();
                metrics.OnCompleted(OpKind.ContractMessage, 200, scan, -1, latencyMicros: (second * 1000) + i, measured: true, failure: null);
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            var sample = metrics.TakeSample(second, measured: true, targetRate: 100);
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;

            // Each second reads its own values only: the recycled histogram starts from zero.
            Assert.Equal(100, sample.Timed);
            Assert.Equal(100, sample.Ok);
            Assert.InRange(sample.MaxMs, (second + 0.1) * 0.995, (second + 0.1) * 1.005);
            Assert.InRange(sample.P50Ms, (second + 0.05) * 0.995, (second + 0.05) * 1.005);
        }

        Assert.True(allocated / 20 < 16 * 1024, $"{allocated / 20:N0} bytes allocated per second's sample");
    }

    [Fact]
    public void SlowestRequests_KeepsTheSlowestN_SlowestFirst()
    {
        var slowest = new SlowestRequests(3);
        long[] latencies = [5, 40, 7, 90, 1, 40, 12, 3];
        for (var i = 0; i < latencies.Length; i++)
        {
            slowest.Offer(new SlowRequest(Scheduled: i * 100, Sent: (i * 100) + 1, Done: (i * 100) + latencies[i], OpKind.Proposal, 201));
        }

        var kept = slowest.Slowest();

        Assert.Equal([90L, 40L, 40L], kept.Select(r => r.LatencyTicks));
        Assert.Equal([300L, 100L, 500L], kept.Select(r => r.Scheduled)); // ties: earlier scheduled first
    }

    [Fact]
    public void LoadMetrics_WithoutSlowLog_KeepsNothing_WithIt_OnlyMeasuredRequests()
    {
        var off = new LoadMetrics();
        off.OnTimed(0, 1, 50, OpKind.JobPost, 201, measured: true);
        Assert.Empty(off.Slowest);

        var on = new LoadMetrics(slowLog: 2);
        on.OnTimed(0, 1, 500, OpKind.JobPost, 201, measured: false);
        on.OnTimed(10, 11, 60, OpKind.JobEdit, 200, measured: true);
        on.OnTimed(20, 21, 30, OpKind.DealStep, 201, measured: true);
        on.OnTimed(30, 31, 35, OpKind.DealStep, 201, measured: true);

        Assert.Equal([OpKind.JobEdit, OpKind.DealStep], on.Slowest.Select(r => r.Kind));
        Assert.Equal([50L, 10L], on.Slowest.Select(r => r.LatencyTicks));
    }

    [Fact]
    public void PauseLog_Overlap_CountsOnlyThePartOfEachPauseInsideTheRequest()
    {
        (long, long)[] pauses = [(100, 200), (300, 350), (1000, 1100)];

        Assert.Equal(0, PauseLog.Overlap(pauses, 0, 100));
        Assert.Equal(50, PauseLog.Overlap(pauses, 150, 250));
        Assert.Equal(100 + 50, PauseLog.Overlap(pauses, 50, 400));
        Assert.Equal(10, PauseLog.Overlap(pauses, 1040, 1050));
    }

    [Fact]
    public void PauseLog_SeesAPauseOfTheProcess_AsOneEndingWhenObserved()
    {
        var log = new PauseLog();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true);
        var now = Stopwatch.GetTimestamp();

        log.Observe(now);
        log.Observe(now + 10); // nothing new

        var pause = Assert.Single(log.Pauses());
        Assert.Equal(now, pause.End);
        Assert.True(pause.Start < pause.End);
    }

    [Fact]
    public void SlowestCsv_OneLinePerRequest_TimesInMilliseconds_FromTheSchedulesStart()
    {
        var f = Stopwatch.Frequency;
        var start = 1_000 * f;
        var startUtc = new DateTime(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);
        SlowRequest[] slowest = [new(start + (12 * f), start + (12 * f) + (f / 1000), start + (12 * f) + (f / 50), OpKind.ContractMessage, 201)];
        (long, long)[] toolPauses = [(start + (12 * f) + (f / 200), start + (12 * f) + (f / 100))];

        var csv = SlowestCsv.Render(slowest, toolPauses, start, startUtc).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(SlowestCsv.Header, csv[0]);
        Assert.Equal("1,12.0000,09:00:12.000,20.000,1.000,19.000,5.000,ContractMessage,201", csv[1]);
        Assert.Equal(["start_s,start_utc,pause_ms", "12.0050,09:00:12.005,5.000"],
            SlowestCsv.RenderPauses(toolPauses, start, startUtc).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
