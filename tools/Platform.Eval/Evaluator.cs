using System.Diagnostics;
using Platform.Compliance;
using Platform.Compliance.Abstractions;

namespace Platform.Eval;

/// <summary>Runs the checks on every item and combines their findings like the engine does.</summary>
public static class Evaluator
{
    // The host's defaults: a check's own Info.Timeout, else 200 ms (Compliance:DefaultTimeout), no minimum.
    private static readonly ComplianceOptions HostLimits = new();

    /// <summary>
    /// The back-test: every item, each check under its time limit as on the host (a run past it is abandoned and
    /// reported), after one untimed warm-up run per check, as on a host that has been running for a while.
    /// </summary>
    public static IReadOnlyList<Prediction> Run(IReadOnlyList<IComplianceCheck> checks, IReadOnlyList<CorpusItem> items)
    {
        WarmUp(checks, items);
        return items.Select(item => Predict(checks, item, timeLimits: true)).ToList();
    }

    /// <summary>
    /// What the checks decide for <paramref name="item"/>; with <paramref name="timeLimits"/> a run past its limit is
    /// abandoned as on the host (without, each check runs to its end: the training's features stay the same on any machine).
    /// </summary>
    public static Prediction Predict(IReadOnlyList<IComplianceCheck> checks, CorpusItem item, bool timeLimits = false)
    {
        var change = Corpus.ToChange(item);
        var findings = new List<Finding>();
        var errors = new List<CheckError>();
        var subscribed = checks.Where(c => c.Info.Subscribes.Contains(change.Change)).ToList();
        Run(subscribed.Where(c => !c.Info.ReadsFindings), change, findings, errors, timeLimits);

        // As in the engine, a check that reads findings runs after the others and sees theirs, and may doubt their blocks.
        var seen = change with { Findings = [.. findings] };
        var read = new List<Finding>();
        Run(subscribed.Where(c => c.Info.ReadsFindings), seen, read, errors, timeLimits);
        findings.AddRange(read);
        if (Doubts.Categories(read) is { } doubted)
        {
            findings = [.. Doubts.Apply(findings, doubted)];
        }

        // A fail-closed check that gave no answer holds the item, as in the engine (after the readers, who never see it).
        foreach (var error in errors)
        {
            if (subscribed.First(c => c.Info.Name == error.Check).Info.OnFailure == FailurePolicy.FailClosed)
            {
                findings.Add(CheckUnavailable.For(error.Check));
            }
        }

        var labels = findings
            .Where(f => f.Decision > Decision.Allow && f.Category != Categories.Advice && f.Category != CheckUnavailable.Category)
            .Select(f => f.Category)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var decision = findings.Count == 0 ? Decision.Allow : findings.Max(f => f.Decision);
        return new Prediction(item, labels, decision, findings, errors);
    }

    private static void Run(IEnumerable<IComplianceCheck> checks, StateChange change, List<Finding> findings, List<CheckError> errors, bool timeLimits)
    {
        foreach (var check in checks)
        {
            var limit = HostLimits.TimeLimit(check.Info.Timeout);
            using var cts = new CancellationTokenSource();
            try
            {
                if (!timeLimits)
                {
                    findings.AddRange(check.Evaluate(change, CancellationToken.None));
                    continue;
                }

                // The run's own time decides, as on the host (a run that returns after its limit is abandoned too), timed
                // from when the check starts: a busy machine's wait for a thread is not the check's.
                long started = 0, ended = 0;
                var work = Task.Run(
                    () =>
                    {
                        started = Stopwatch.GetTimestamp();
                        cts.CancelAfter(limit);
                        try
                        {
                            return check.Evaluate(change, cts.Token);
                        }
                        finally
                        {
                            ended = Stopwatch.GetTimestamp();
                        }
                    },
                    CancellationToken.None);
                if (!work.Wait(2 * limit + TimeSpan.FromSeconds(1)) || Stopwatch.GetElapsedTime(started, ended) > limit)
                {
                    errors.Add(new CheckError(check.Info.Name, $"ran past its {limit.TotalMilliseconds} ms limit", TimedOut: true));
                    continue;
                }

                findings.AddRange(work.Result);
            }
            catch (Exception ex) when (cts.IsCancellationRequested && (ex is OperationCanceledException || ex.InnerException is OperationCanceledException))
            {
                errors.Add(new CheckError(check.Info.Name, $"ran past its {limit.TotalMilliseconds} ms limit", TimedOut: true));
            }
            catch (Exception ex)
            {
                var inner = ex is AggregateException { InnerException: { } e } ? e : ex;
                errors.Add(new CheckError(check.Info.Name, $"{inner.GetType().FullName}: {inner.Message}", TimedOut: false));
            }
        }
    }

    /// <summary>One untimed run of each check on the first item it subscribes to (loading, JIT), bounded so a hanging check cannot stop the tool.</summary>
    private static void WarmUp(IReadOnlyList<IComplianceCheck> checks, IReadOnlyList<CorpusItem> items)
    {
        foreach (var check in checks)
        {
            var change = items.Select(Corpus.ToChange).FirstOrDefault(c => check.Info.Subscribes.Contains(c.Change));
            if (change is null)
            {
                continue;
            }

            var work = Task.Run(() => check.Evaluate(change, CancellationToken.None));
            try
            {
                work.Wait(TimeSpan.FromSeconds(10));
            }
            catch (AggregateException)
            {
                // Counted where it matters: on the items.
            }
        }
    }
}
