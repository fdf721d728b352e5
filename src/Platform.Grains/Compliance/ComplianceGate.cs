using Platform.Abstractions.Compliance;
using Platform.Compliance;
using Platform.Compliance.Abstractions;
using Platform.Grains.Statistics;

namespace Platform.Grains.Compliance;

/// <summary>
/// Runs the compliance engine on a grain's state change before it is committed, and turns the result
/// into a verdict and an audit entry. Grains call it from their save path, never from a call filter.
/// </summary>
internal sealed class ComplianceGate(IComplianceEngine engine, IGrainFactory grains)
{
    /// <summary>
    /// Checks <paramref name="change"/> and counts it in the month's statistics. <paramref name="counted"/>: the violation
    /// categories its text was already counted in (a draft published: the text its save checked and counted), not counted again.
    /// </summary>
    public async Task<GateResult> EvaluateAsync(StateChange change, IReadOnlyCollection<string>? counted = null)
    {
        var verdict = await engine.EvaluateAsync(change);
        var titleField = Verdicts.TitleField(change);
        var view = Verdicts.ToView(verdict, titleField);
        // Most changes have no finding, so nothing to enumerate for effects.
        Effect[] effects = verdict.EnforcedFindings.Count == 0 ? [] : [.. verdict.Effects];

        // Runs with no finding and no failure are counted by the catalog; only decisions worth reading are kept per entity.
        var worthKeeping = verdict.Runs.Any(r => r.Findings.Count > 0 || r.Status != CheckRunStatus.Ok);
        var audit = worthKeeping
            ? new AuditEntry(
                change.At,
                change.Change.ToString(),
                change.ItemId,
                Verdicts.ToCode(verdict.Decision),
                Verdicts.ToViews(verdict.Runs, titleField),
                [])
            : null;
        if (Counters(verdict, CountsAdvice(change.Change), counted ?? []) is { } counters)
        {
            await Stats.AddAsync(grains, change.At, counters);
        }

        return new GateResult(verdict.Decision, view, audit, effects, change.ItemId, change.ActorUserId);
    }

    // Violations by category (held or blocked; a hold because a check could not complete is none), advice sent (and
    // by category when a violation's category advised it, a remote-desktop request say), once per category per change;
    // whether the change with a violation was held or blocked; and blocks held for review on a second opinion
    // (Finding.Doubts) when the change was finally held, not blocked by another finding.
    // A post's advice is counted once, when it is published: not when a draft is saved, nor again when the post is edited
    // (the writer is still shown it each time). Every other text (a proposal, a message, a profile) counts per write.
    private static bool CountsAdvice(ChangeKind change) => change is not (ChangeKind.JobDrafted or ChangeKind.JobEdited);

    // A violation is counted when it is detected, once per text: a draft's violation when the draft is saved (its detection
    // queued for review then, the item that publishing the same text adds to), not again when the draft is published
    // (counted: what the save's check found), which counts only what that check did not find. With nothing new the change
    // counts no violation, hold, block or second opinion.
    private static bool IsViolation(Finding finding) =>
        finding.Decision >= Decision.Hold && finding.Category is not (Categories.Advice or CheckUnavailable.Category);

    // Null when nothing is counted (most changes: no finding).
    private static Dictionary<string, int>? Counters(EngineVerdict verdict, bool countsAdvice, IReadOnlyCollection<string> counted)
    {
        var findings = verdict.EnforcedFindings;
        if (findings.Count == 0)
        {
            return null;
        }

        var counters = new Dictionary<string, int>();
        var news = counted.Count == 0 || HasNewViolation(findings, counted);
        foreach (var finding in findings)
        {
            if (finding.Doubts && verdict.Decision == Decision.Hold && news)
            {
                counters[Stats.HeldOnSecondOpinion] = 1;
            }

            if (IsViolation(finding))
            {
                if (!counted.Contains(finding.Category))
                {
                    counters[Stats.Violation(finding.Category)] = 1;
                    counters[verdict.Decision == Decision.Block ? Stats.ChangeBlocked : Stats.ChangeHeld] = 1;
                }
            }
            else if (finding.Decision == Decision.Advise && countsAdvice)
            {
                counters[Stats.Advice] = 1;
                if (Categories.Violations.Contains(finding.Category))
                {
                    counters[Stats.AdviceIn(finding.Category)] = 1;
                }
            }
        }

        return counters.Count == 0 ? null : counters;
    }

    private static bool HasNewViolation(IReadOnlyList<Finding> findings, IReadOnlyCollection<string> counted) =>
        findings.Any(f => IsViolation(f) && !counted.Contains(f.Category));
}
