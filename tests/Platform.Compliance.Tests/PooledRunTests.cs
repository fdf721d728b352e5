using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Platform.Compliance.Abstractions;

namespace Platform.Compliance.Tests;

/// <summary>
/// The engine's per-check runs are pooled work items, each with its own cancellation source: nothing of a run (its limit's
/// timer, the caller's token, its code returning late) may reach a later run that reuses the item.
/// </summary>
public sealed class PooledRunTests
{
    public static TheoryData<bool> Clocks => new() { true, false };

    [Theory]
    [MemberData(nameof(Clocks))]
    public async Task LimitOfAnEarlierRunPassesDuringALaterRunOfTheSameItem_LaterRunNotCutOff(bool systemClock)
    {
        // The first run's limit passes at 2 s, in the middle of the second run (1.2-2.6 s), which is well within its own.
        await using var h = CatalogHarness.Create();
        var (engine, check, gated) = Engine(h, TimeSpan.FromSeconds(2), systemClock ? TimeProvider.System : new RealTimers());

        Assert.Equal(CheckRunStatus.Ok, (await RunAsync(engine, check, "first")).Status);
        await Task.Delay(1200);
        var second = await RunAsync(engine, check, "sleep 1400");

        Assert.Equal((CheckRunStatus.Ok, "gated.sleep 1400"), (second.Status, Assert.Single(second.Findings).Code));
        Assert.DoesNotContain(gated.Returned, r => r.Cancelled);
        Assert.Equal(1, engine.RunItemsCreated);
    }

    [Fact]
    public async Task EarlierRunTimedOut_ItsCancelledSourceNotReused_LaterRunOk()
    {
        await using var h = CatalogHarness.Create();
        var (engine, check, gated) = Engine(h, TimeSpan.FromMilliseconds(200), TimeProvider.System);

        var first = await RunAsync(engine, check, "cooperative");
        await WaitUntilAsync(() => check.InFlight.Count == 0);
        var second = await RunAsync(engine, check, "second");

        Assert.Equal((CheckRunStatus.TimedOut, CheckRunStatus.Ok), (first.Status, second.Status));
        Assert.Equal("gated.second", Assert.Single(second.Findings).Code);
        Assert.Equal([("cooperative", true), ("second", false)], gated.Returned);
        Assert.Equal(1, engine.RunItemsCreated);
    }

    [Fact]
    public async Task CallerTokenOfAnEarlierRunCancelledDuringALaterRunOfTheSameItem_LaterRunNotCutOff()
    {
        await using var h = CatalogHarness.Create();
        var (engine, check, gated) = Engine(h, TimeSpan.FromSeconds(10), TimeProvider.System);
        using var caller = new CancellationTokenSource();
        Assert.Equal(CheckRunStatus.Ok, (await RunAsync(engine, check, "first", caller.Token)).Status);
        await WaitUntilAsync(() => check.InFlight.Count == 0);
        var gate = gated.Gate("second");

        var second = RunAsync(engine, check, "second");
        await WaitUntilAsync(() => gated.Waiting.Contains("second"));
        await caller.CancelAsync();
        await Task.Delay(100);
        Assert.False(second.IsCompleted);
        gate.Set();

        Assert.Equal((CheckRunStatus.Ok, "gated.second"), ((await second).Status, Assert.Single((await second).Findings).Code));
        Assert.DoesNotContain(gated.Returned, r => r.Cancelled);
        Assert.Equal(1, engine.RunItemsCreated);
    }

    [Fact]
    public async Task RunAbandonedByTheCallerReturnsLateDuringALaterRun_LaterRunGetsItsOwnResult()
    {
        // The abandoned run's item is not reused while its code is still going: its late return completes nothing else.
        await using var h = CatalogHarness.Create();
        var (engine, check, gated) = Engine(h, TimeSpan.FromSeconds(10), TimeProvider.System);
        var late = gated.Gate("late");
        var later = gated.Gate("later");
        using var caller = new CancellationTokenSource();

        var first = RunAsync(engine, check, "late", caller.Token);
        await WaitUntilAsync(() => gated.Waiting.Contains("late"));
        await caller.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal(1, check.InFlight.Count);
        var second = RunAsync(engine, check, "later");
        await WaitUntilAsync(() => gated.Waiting.Contains("later"));
        late.Set();
        await WaitUntilAsync(() => gated.Returned.Any(r => r.Text == "late"));
        await WaitUntilAsync(() => check.InFlight.Count == 1);
        await Task.Delay(100);
        Assert.False(second.IsCompleted);
        later.Set();

        var run = await second;
        Assert.Equal((CheckRunStatus.Ok, "gated.later"), (run.Status, Assert.Single(run.Findings).Code));
        await WaitUntilAsync(() => check.InFlight.Count == 0);
        Assert.Equal(2, engine.RunItemsCreated);
        Assert.Equal(0, check.Overruns);
    }

    [Fact]
    public async Task CheckThrowsOnItsCancelledTokenAtItsLimit_TimedOutNotFailed()
    {
        await using var h = CatalogHarness.Create();
        var (engine, check, _) = Engine(h, TimeSpan.FromMilliseconds(200), TimeProvider.System);

        var run = await RunAsync(engine, check, "throw when cancelled");

        Assert.Equal(CheckRunStatus.TimedOut, run.Status);
        var status = check.ToStatus();
        Assert.Equal((1L, 0L), (status.Timeouts, status.Failures));
    }

    [Fact]
    public async Task CallerCancelsWhileTwoRunsAreOut_BothSlotsFreedWhenTheirCodeReturns()
    {
        // The second run is never awaited: the evaluation lets it go when the first one throws for the caller's token.
        await using var h = CatalogHarness.Create();
        var (engine, first, firstGated) = Engine(h, TimeSpan.FromSeconds(10), TimeProvider.System);
        var secondGated = new GatedCheck(TimeSpan.FromSeconds(10));
        var second = new LoadedCheck(secondGated, secondGated.Info, new LoadedPluginInfo("gated", "gated.dll", "1.0.0", DateTimeOffset.UtcNow), CheckMode.Enforce);
        var gates = (firstGated.Gate("x"), secondGated.Gate("x"));
        using var caller = new CancellationTokenSource();

        var verdict = engine.EvaluateChecksAsync([first, second], CatalogHarness.Message("x"), caller.Token);
        await WaitUntilAsync(() => firstGated.Waiting.Contains("x") && secondGated.Waiting.Contains("x"));
        await caller.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => verdict);
        Assert.Equal((1, 1), (first.InFlight.Count, second.InFlight.Count));
        gates.Item1.Set();
        gates.Item2.Set();

        await WaitUntilAsync(() => first.InFlight.Count == 0 && second.InFlight.Count == 0);
        Assert.Equal(CheckRunStatus.Ok, (await RunAsync(engine, second, "after")).Status);
    }

    [Fact]
    public async Task CheckReturnsANullFinding_Failed()
    {
        await using var h = CatalogHarness.Create();
        var (engine, check, _) = Engine(h, TimeSpan.FromSeconds(10), TimeProvider.System);

        var run = await RunAsync(engine, check, "null finding");

        Assert.Equal(CheckRunStatus.Failed, run.Status);
        Assert.Contains("a check returned a null finding", run.Error);
        await WaitUntilAsync(() => check.InFlight.Count == 0);
    }

    private static (ComplianceEngine Engine, LoadedCheck Check, GatedCheck Gated) Engine(CatalogHarness h, TimeSpan limit, TimeProvider clock)
    {
        var gated = new GatedCheck(limit);
        var check = new LoadedCheck(gated, gated.Info, new LoadedPluginInfo("gated", "gated.dll", "1.0.0", DateTimeOffset.UtcNow), CheckMode.Enforce);
        var engine = new ComplianceEngine(h.Catalog, Options.Create(h.Options), new ListLogger<ComplianceEngine>(h.Logs), clock);
        return (engine, check, gated);
    }

    private static async Task<CheckRun> RunAsync(ComplianceEngine engine, LoadedCheck check, string text, CancellationToken ct = default) =>
        Assert.Single((await engine.EvaluateChecksAsync([check], CatalogHarness.Message(text), ct)).Runs);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "timed out waiting for the condition");
            await Task.Delay(10);
        }
    }

    /// <summary>Real timers, but not <see cref="TimeProvider.System"/>: the engine's sources get <see cref="ITimer"/>s.</summary>
    private sealed class RealTimers : TimeProvider
    {
    }

    /// <summary>
    /// Holds on a gate set for its text (ignoring the token), sleeps for "sleep MS" (waking if cancelled), throws when
    /// cancelled for "throw when cancelled", waits for cancellation for "cooperative"; then says what it saw.
    /// </summary>
    private sealed class GatedCheck(TimeSpan limit) : IComplianceCheck
    {
        private readonly ConcurrentDictionary<string, ManualResetEventSlim> _gates = new();

        public CheckInfo Info { get; } = new("gated", "1.0.0", [ChangeKind.MessageSent]) { Timeout = limit };

        public ConcurrentQueue<string> Waiting { get; } = new();

        public ConcurrentQueue<(string Text, bool Cancelled)> Returned { get; } = new();

        public ManualResetEventSlim Gate(string text) => _gates.GetOrAdd(text, _ => new ManualResetEventSlim());

        public IReadOnlyList<Finding> Evaluate(StateChange change, CancellationToken cancellationToken)
        {
            var text = change.Text ?? "";
            Waiting.Enqueue(text);
            if (_gates.TryGetValue(text, out var gate))
            {
                gate.Wait(TimeSpan.FromSeconds(30));
            }
            else if (text.StartsWith("sleep ", StringComparison.Ordinal))
            {
                cancellationToken.WaitHandle.WaitOne(int.Parse(text[6..], System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (text is "cooperative" or "throw when cancelled")
            {
                cancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
                if (text == "throw when cancelled")
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }

            Returned.Enqueue((text, cancellationToken.IsCancellationRequested));
            return text == "null finding" ? [null!] : [new Finding("test", Decision.Hold, 1.0, "gated." + text, "テスト")];
        }
    }
}
