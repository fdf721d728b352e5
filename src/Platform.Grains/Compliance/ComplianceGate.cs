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
    public async Task<GateResult> EvaluateAsync(StateChange change)
    {
        var verdict = await engine.EvaluateAsync(change);
        var titleField = Verdicts.TitleField(change);
        var view = Verdicts.ToView(verdict, titleField);
        var effects = verdict.Effects.ToArray();

        // Runs with no finding and no failure are counted by the catalog; only decisions worth reading are kept per entity.
        var worthKeeping = verdict.Runs.Any(r => r.Findings.Count > 0 || r.Status != CheckRunStatus.Ok);
        var audit = worthKeeping
            ? new AuditEntry(
                change.At,
                change.Change.ToString(),
                change.ItemId,
                Verdicts.ToCode(verdict.Decision),
                verdict.Runs.Select(r => Verdicts.ToView(r, titleField)).ToArray(),
                [])
            : null;
        await Stats.AddAsync(grains, change.At, Counters(verdict, CountsAdvice(change.Change)));
        return new GateResult(verdict.Decision, view, audit, effects, change.ItemId, change.ActorUserId);
    }

    // Violations by category (held or blocked; a hold because a check could not complete is none), advice sent (and
    // by category when a violation's category advised it, a remote-desktop request say), once per category per change;
    // whether the change with a violation was held or blocked; and blocks held for review on a second opinion
    // (Finding.Doubts) when the change was finally held, not blocked by another finding.
    // A post's advice is counted once, when it is published: not when a draft is saved, nor again when the post is edited
    // (the writer is still shown it each time). Every other text (a proposal, a message, a profile) counts per write.
    private static bool CountsAdvice(ChangeKind change) => change is not (ChangeKind.JobDrafted or ChangeKind.JobEdited);

    private static Dictionary<string, int> Counters(EngineVerdict verdict, bool countsAdvice)
    {
        var counters = new Dictionary<string, int>();
        foreach (var finding in verdict.EnforcedFindings)
        {
            if (finding.Doubts && verdict.Decision == Decision.Hold)
            {
                counters[Stats.HeldOnSecondOpinion] = 1;
            }

            if (finding.Decision >= Decision.Hold && finding.Category is not (Categories.Advice or CheckUnavailable.Category))
            {
                counters[Stats.Violation(finding.Category)] = 1;
                counters[verdict.Decision == Decision.Block ? Stats.ChangeBlocked : Stats.ChangeHeld] = 1;
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

        return counters;
    }
}
