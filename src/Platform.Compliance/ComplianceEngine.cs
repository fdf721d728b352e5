using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Compliance.Abstractions;

namespace Platform.Compliance;

/// <summary>
/// Runs the subscribed checks of the catalog's current registry on the thread pool, each with a time limit
/// and exception isolation, and combines enforce-mode results into a verdict.
/// </summary>
public sealed class ComplianceEngine : IComplianceEngine
{
    private readonly PluginCatalog _catalog;
    private readonly ILogger<ComplianceEngine> _logger;
    private readonly ComplianceOptions _options;
    private readonly int _quarantineAfter;
    private readonly int _quarantineAfterFailures;
    private readonly TimeProvider _timeProvider;
    private readonly int _maxInFlight;
    private readonly TimeSpan _startupWait;

    public ComplianceEngine(PluginCatalog catalog, IOptions<ComplianceOptions> options, ILogger<ComplianceEngine> logger, TimeProvider? timeProvider = null)
    {
        _catalog = catalog;
        _logger = logger;
        _timeProvider = timeProvider ?? TimeProvider.System;
        var value = options.Value;
        _options = value;
        _quarantineAfter = Math.Max(1, value.QuarantineAfterTimeouts);
        _quarantineAfterFailures = Math.Max(1, value.QuarantineAfterFailures);
        _maxInFlight = Math.Max(1, value.MaxInFlightPerCheck);
        _startupWait = TimeSpan.FromMilliseconds(Math.Max(1, value.StartupWait));
    }

    /// <inheritdoc />
    public ValueTask<EngineVerdict> EvaluateAsync(StateChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        cancellationToken.ThrowIfCancellationRequested();
        if (!_catalog.Ready.IsCompleted)
        {
            return new ValueTask<EngineVerdict>(EvaluateWhenLoadedAsync(change, cancellationToken));
        }

        var checks = _catalog.Registry.For(change.Change);
        return checks.Length == 0
            ? ValueTask.FromResult(EngineVerdict.Empty)
            : new ValueTask<EngineVerdict>(EvaluateChecksAsync(checks, change, cancellationToken));
    }

    /// <summary>
    /// A change that arrives while the host is still starting waits for the first load of the plugins: before it the
    /// registry is empty, and an empty registry allows everything.
    /// </summary>
    private async Task<EngineVerdict> EvaluateWhenLoadedAsync(StateChange change, CancellationToken ct)
    {
        try
        {
            await _catalog.Ready.WaitAsync(_startupWait, ct).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"The compliance plugins were not loaded within {_startupWait.TotalSeconds:0} s of the first change.", ex);
        }

        return await EvaluateAsync(change, ct).ConfigureAwait(false);
    }

    private async Task<EngineVerdict> EvaluateChecksAsync(LoadedCheck[] checks, StateChange change, CancellationToken ct)
    {
        // The registry puts the checks that read findings last: the others start at once, these when they are done.
        var readers = checks.Length;
        while (readers > 0 && checks[readers - 1].ReadsFindings)
        {
            readers--;
        }

        var pending = new Task<CheckRun>[checks.Length];
        for (var i = 0; i < readers; i++)
        {
            pending[i] = RunAsync(checks[i], change, ct);
        }

        var runs = new CheckRun[checks.Length];
        for (var i = 0; i < checks.Length; i++)
        {
            if (i == readers)
            {
                // Enforce-mode findings only: a shadow check being tried out must not steer the live decision through another.
                var seen = change with { Findings = EngineVerdict.EnforcedIn(runs, 0, readers) };
                for (var j = readers; j < checks.Length; j++)
                {
                    pending[j] = RunAsync(checks[j], seen, ct);
                }
            }

            runs[i] = await pending[i].ConfigureAwait(false);
        }

        // Only a check that read the others' findings can doubt them.
        if (readers < checks.Length && Doubts.Categories(EngineVerdict.EnforcedIn(runs, readers, runs.Length - readers)) is { } doubted)
        {
            for (var i = 0; i < runs.Length; i++)
            {
                if (runs[i].Mode == CheckMode.Enforce)
                {
                    runs[i] = runs[i] with { Findings = Doubts.Apply(runs[i].Findings, doubted) };
                }
            }
        }

        // A fail-closed check that gave no answer holds the change, and says so: its run carries the hold, with the reason.
        // After the readers ran, so that no check takes this hold for another check's finding.
        for (var i = 0; i < runs.Length; i++)
        {
            if (runs[i].Status != CheckRunStatus.Ok && checks[i].OnFailure == FailurePolicy.FailClosed)
            {
                runs[i] = runs[i] with { Findings = [CheckUnavailable.For(checks[i].Name)] };
            }
        }

        return new EngineVerdict(Decide(runs), runs);
    }

    // The strictest decision of the enforce-mode findings.
    private static Decision Decide(CheckRun[] runs)
    {
        var decision = Decision.Allow;
        foreach (var finding in EngineVerdict.EnforcedIn(runs, 0, runs.Length))
        {
            if (finding.Decision > decision)
            {
                decision = finding.Decision;
            }
        }

        return decision;
    }

    private async Task<CheckRun> RunAsync(LoadedCheck check, StateChange change, CancellationToken ct)
    {
        var mode = check.Mode;
        if (check.IsQuarantined)
        {
            check.RecordSkipped();
            return new CheckRun(check.Name, check.Version, mode, CheckRunStatus.Skipped, [], 0, check.QuarantineReason ?? "quarantined; reload the plugin to retry");
        }

        if (!check.TryEnter(_maxInFlight))
        {
            check.RecordSkipped();
            return new CheckRun(check.Name, check.Version, mode, CheckRunStatus.Skipped, [], 0, $"more than {_maxInFlight} runs in flight");
        }

        var timeout = _options.TimeLimit(check.Timeout);
        var started = Stopwatch.GetTimestamp();
        // The source's own timer cuts the run off at its limit; a caller's token (the scan endpoint's) is linked to it.
        var cts = new CancellationTokenSource(timeout, _timeProvider);
        var link = ct.UnsafeRegister(static s => Cancel((CancellationTokenSource)s!), cts);
        Task<IReadOnlyList<Finding>>? work = null;
        // When the plugin's code began (0 until then): what came before was the host's delay in finding it a thread.
        long began = 0;
        try
        {
            var token = cts.Token;
            work = Task.Run(
                () =>
                {
                    Volatile.Write(ref began, Stopwatch.GetTimestamp());
                    // Past its limit before it got a thread: abandoned already, so the plugin is not run for nothing.
                    return token.IsCancellationRequested ? [] : check.Instance.Evaluate(change, token);
                },
                CancellationToken.None);
            var findings = await work.WaitAsync(token).ConfigureAwait(false);
            var ended = Stopwatch.GetTimestamp();
            var elapsed = ended - started;
            // Under load the timer may fire late, after the run has returned: the elapsed time decides, not the timer.
            if (Stopwatch.GetElapsedTime(started, ended) > timeout)
            {
                return TimedOut(check, mode, timeout, work, started, Volatile.Read(ref began), ended);
            }

            var owned = FindingCopier.Own(findings);
            check.RecordOk(owned, elapsed);
            return new CheckRun(check.Name, check.Version, mode, CheckRunStatus.Ok, owned, ElapsedMs(elapsed), null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested && cts.IsCancellationRequested)
        {
            return TimedOut(check, mode, timeout, work!, started, Volatile.Read(ref began), Stopwatch.GetTimestamp());
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            var elapsed = Stopwatch.GetTimestamp() - started;
            var error = PluginLoading.Describe(ex);
            Log.CheckFailed(_logger, check.Name, check.Version, error);
            if (check.RecordFailure(elapsed, error, _quarantineAfterFailures))
            {
                Log.CheckQuarantinedAfterFailures(_logger, check.Name, check.Version, _quarantineAfterFailures, error);
            }

            return new CheckRun(check.Name, check.Version, mode, CheckRunStatus.Failed, [], ElapsedMs(elapsed), error);
        }
        finally
        {
            Release(check, work, cts, link);
        }
    }

    /// <summary>A run past its limit: recorded as a time-out, its result (if any came) abandoned.</summary>
    private CheckRun TimedOut(LoadedCheck check, CheckMode mode, TimeSpan timeout, Task work, long started, long began, long ended)
    {
        var elapsed = ended - started;
        var error = $"ran past its {timeout.TotalMilliseconds} ms limit";
        if (began != 0 && !work.IsCompleted)
        {
            check.OverrunUntilDone(work);
        }

        // began is 0 while the run still waits for a thread. A run that had not begun when its limit passed, while no run of
        // the check is still going past its own, was made late by the host (a busy or starved thread pool, as in a fresh
        // host's first seconds under load): it does not count toward quarantine. A hanging check starves the pool itself,
        // and its overruns keep every time-out of it counted.
        var waited = (began == 0 ? ended : began) - started;
        var ran = elapsed - waited;
        var checksFault = waited < timeout.TotalSeconds * Stopwatch.Frequency || check.Overruns > 0;
        if (checksFault)
        {
            Log.CheckTimedOut(_logger, check.Name, check.Version, timeout.TotalMilliseconds, ElapsedMs(ran), ElapsedMs(waited));
        }
        else
        {
            Log.CheckStartedLate(_logger, check.Name, check.Version, timeout.TotalMilliseconds, ElapsedMs(ran), ElapsedMs(waited));
        }

        if (check.RecordTimeout(elapsed, error, checksFault, _quarantineAfter))
        {
            Log.CheckQuarantined(_logger, check.Name, check.Version, _quarantineAfter);
        }

        return new CheckRun(check.Name, check.Version, mode, CheckRunStatus.TimedOut, [], ElapsedMs(elapsed), error);
    }

    private static void Cancel(CancellationTokenSource cts)
    {
        try
        {
            cts.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run has ended and released its source: nothing left to cut off.
        }
    }

    /// <summary>Leaves the in-flight count when the plugin code has really returned, which for an abandoned run is later.</summary>
    private static void Release(LoadedCheck check, Task? work, CancellationTokenSource cts, CancellationTokenRegistration link)
    {
        link.Dispose();
        if (work is null || work.IsCompleted)
        {
            _ = work?.Exception;
            cts.Dispose();
            check.Exit();
            return;
        }

        work.ContinueWith(
            static (t, state) =>
            {
                _ = t.Exception;
                var (c, s) = ((LoadedCheck, CancellationTokenSource))state!;
                s.Dispose();
                c.Exit();
            },
            (check, cts),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private static double ElapsedMs(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
