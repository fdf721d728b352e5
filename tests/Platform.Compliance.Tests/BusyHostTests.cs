using Platform.Compliance.Abstractions;

namespace Platform.Compliance.Tests;

/// <summary>Runs alone: its test blocks every thread of the process's pool for a moment.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StarvedThreadPool
{
    public const string Name = "starved thread pool";
}

/// <summary>
/// A check whose run did not even start within its limit was made late by the host (a fresh host's first seconds under
/// load left runs waiting for a thread): the change is handled as a time-out, but the check is not quarantined for it.
/// </summary>
[Collection(StarvedThreadPool.Name)]
public sealed class BusyHostTests
{
    private static readonly string V1 = CatalogHarness.FixtureFolder("Good-v1", "FixtureCheck");

    [Fact]
    public async Task RunsThatWaitedPastTheLimitForAThread_TimedOut_ButNeverQuarantineTheCheck()
    {
        // A limit long enough for the last, ordinary run on a machine shared with other test processes (CI, 2026-12-06:
        // at 100 ms that run timed out once and allowed), and a pool blocked well past it.
        await using var h = CatalogHarness.Create(o => (o.DefaultTimeout, o.QuarantineAfterTimeouts) = (500, 2));
        h.Deploy(V1, "FixtureCheck");
        await h.StartAsync();

        for (var i = 0; i < 3; i++)
        {
            var run = Assert.Single(EvaluateWhilePoolIsBlocked(h, TimeSpan.FromMilliseconds(1200)).Runs);
            Assert.Equal(CheckRunStatus.TimedOut, run.Status);
        }

        var status = Assert.Single(h.Catalog.List());
        Assert.Equal((false, 3L), (status.Quarantined, status.Timeouts));
        Assert.True(h.Logged("did not start within its 500 ms limit: the host was busy"));
        Assert.False(h.Logged("quarantined"));
        Assert.Equal(Decision.Block, (await h.EvaluateAsync("forbidden")).Decision);
    }

    [Fact]
    public async Task HangingCheck_ItsLaterRunsWaitingForAThread_StillCountTowardQuarantine()
    {
        // A hanging check parks pool threads itself: once one of its runs overruns, a late start is its fault too.
        await using var h = CatalogHarness.Create(o => (o.QuarantineAfterTimeouts, o.WarmUpLimit) = (2, 0));
        h.Deploy(CatalogHarness.FixtureFolder("Hanging-v1", "HangingCheck"), "HangingCheck");
        await h.StartAsync();

        Assert.Equal(CheckRunStatus.TimedOut, Assert.Single((await h.EvaluateAsync("x")).Runs).Status);
        Assert.Equal(1, h.Catalog.Registry.FindCheck("hanging")!.Overruns);
        Assert.Equal(CheckRunStatus.TimedOut, Assert.Single(EvaluateWhilePoolIsBlocked(h, TimeSpan.FromMilliseconds(400)).Runs).Status);

        Assert.True(Assert.Single(h.Catalog.List()).Quarantined);
        Assert.True(h.Logged("quarantined after 2 consecutive time-outs"));
    }

    // Evaluates from a thread of its own (so the check's run is queued behind everything else) while every pool thread waits.
    private static EngineVerdict EvaluateWhilePoolIsBlocked(CatalogHarness h, TimeSpan blockedFor)
    {
        // Not disposed: the last blockers may still be returning from them.
        var release = new ManualResetEventSlim();
        var blockers = ThreadPool.ThreadCount + 64;
        var finished = new CountdownEvent(blockers);
        for (var i = 0; i < blockers; i++)
        {
            // Into the pool's global queue, ahead of the check's run.
            ThreadPool.QueueUserWorkItem(_ =>
            {
                release.Wait();
                finished.Signal();
            });
        }

        EngineVerdict? verdict = null;
        var caller = new Thread(() => verdict = h.EvaluateAsync("forbidden").AsTask().GetAwaiter().GetResult());
        caller.Start();
        Thread.Sleep(blockedFor);
        release.Set();
        caller.Join();
        finished.Wait();
        return verdict!;
    }
}
