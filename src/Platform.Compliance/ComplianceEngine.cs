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
    private readonly CheckWorkPool _pool;

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
        _pool = new CheckWorkPool(_timeProvider);
    }

    /// <summary>The pooled per-check runs this engine has made (the rest of its runs reused one).</summary>
    internal long RunItemsCreated => _pool.Created;

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

    internal async Task<EngineVerdict> EvaluateChecksAsync(LoadedCheck[] checks, StateChange change, CancellationToken ct)
    {
        // The registry puts the checks that read findings last: the others start at once, these when they are done.
        var readers = checks.Length;
        while (readers > 0 && checks[readers - 1].ReadsFindings)
        {
            readers--;
        }

        // One state machine for the change: each check's run is a pooled work item awaited here, not an async method of its own.
        // Each entry is the run of a check that was not run (a CheckRun) or its work on the pool (a CheckWork).
        var pending = new object?[checks.Length];
        for (var i = 0; i < readers; i++)
        {
            pending[i] = Start(checks[i], change, ct);
        }

        var runs = new CheckRun[checks.Length];
        var next = 0;
        try
        {
            for (; next < checks.Length; next++)
            {
                if (next == readers)
                {
                    // Enforce-mode findings only: a shadow check being tried out must not steer the live decision through another.
                    var seen = change with { Findings = EngineVerdict.EnforcedIn(runs, 0, readers) };
                    for (var j = readers; j < checks.Length; j++)
                    {
                        pending[j] = Start(checks[j], seen, ct);
                    }
                }

                if (pending[next] is not CheckWork work)
                {
                    runs[next] = (CheckRun)pending[next]!;
                    continue;
                }

                pending[next] = null;
                var ran = await work.Ran.ConfigureAwait(false);
                runs[next] = Finish(checks[next], work, ran, ct);
            }
        }
        finally
        {
            // Given up (the caller's token): the runs not awaited are let go, each keeping its slot until its code returns.
            for (var i = next; i < pending.Length; i++)
            {
                (pending[i] as CheckWork)?.Release();
            }
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

    /// <summary>A check's run as started: a <see cref="CheckRun"/> when it was not run, else its <see cref="CheckWork"/>.</summary>
    private object Start(LoadedCheck check, StateChange change, CancellationToken ct)
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

        // The run's own cancellation source cuts it off at its limit; a caller's token (the scan endpoint's) is linked to it.
        var work = _pool.Rent();
        work.Start(check, change, mode, _options.TimeLimit(check.Timeout), ct);
        return work;
    }

    /// <summary>What a run that completed (<paramref name="ran"/>: its code returned; otherwise cut off) comes to.</summary>
    private CheckRun Finish(LoadedCheck check, CheckWork work, bool ran, CancellationToken ct)
    {
        try
        {
            var ended = Stopwatch.GetTimestamp();
            var mode = work.Mode;
            var timeout = work.Limit;
            var started = work.Started;
            var error = ran ? work.Error : null;
            if (ct.IsCancellationRequested && (!ran || error is not null))
            {
                throw new OperationCanceledException(ct);
            }

            // Cut off at its limit, or its code gave up on the cancelled token.
            if (!ran || (error is OperationCanceledException && work.IsCancellationRequested))
            {
                return TimedOut(check, mode, timeout, work, started, work.Began, ended);
            }

            var elapsed = ended - started;
            if (error is not null)
            {
                return Failed(check, mode, elapsed, error);
            }

            // Under load the timer may fire late, after the run has returned: the elapsed time decides, not the timer.
            if (Stopwatch.GetElapsedTime(started, ended) > timeout)
            {
                return TimedOut(check, mode, timeout, work, started, work.Began, ended);
            }

            IReadOnlyList<Finding> owned;
            try
            {
                owned = FindingCopier.Own(work.Findings);
            }
            catch (Exception ex)
            {
                // What the check returned could not be read (a null finding, a list that throws): the check failed.
                return Failed(check, mode, elapsed, ex);
            }

            check.RecordOk(owned, elapsed);
            return new CheckRun(check.Name, check.Version, mode, CheckRunStatus.Ok, owned, ElapsedMs(elapsed), null);
        }
        finally
        {
            work.Release();
        }
    }

    /// <summary>A run whose check threw: recorded as a failure, isolated from the others.</summary>
    private CheckRun Failed(LoadedCheck check, CheckMode mode, long elapsed, Exception ex)
    {
        var error = PluginLoading.Describe(ex);
        Log.CheckFailed(_logger, check.Name, check.Version, error);
        if (check.RecordFailure(elapsed, error, _quarantineAfterFailures))
        {
            Log.CheckQuarantinedAfterFailures(_logger, check.Name, check.Version, _quarantineAfterFailures, error);
        }

        return new CheckRun(check.Name, check.Version, mode, CheckRunStatus.Failed, [], ElapsedMs(elapsed), error);
    }

    /// <summary>A run past its limit: recorded as a time-out, its result (if any came) abandoned.</summary>
    private CheckRun TimedOut(LoadedCheck check, CheckMode mode, TimeSpan timeout, CheckWork work, long started, long began, long ended)
    {
        var elapsed = ended - started;
        var error = $"ran past its {timeout.TotalMilliseconds} ms limit";
        // Its code still going (it began and has not returned): an overrun until it does.
        work.OverrunUntilDone();

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

    private static double ElapsedMs(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
