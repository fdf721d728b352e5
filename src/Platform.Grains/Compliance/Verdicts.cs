using Platform.Abstractions.Compliance;
using Platform.Compliance;
using Platform.Compliance.Abstractions;

namespace Platform.Grains.Compliance;

/// <summary>Maps the engine's plain records to the serializable views grains store and return.</summary>
internal static class Verdicts
{
    public static string ToCode(Decision decision) => decision switch
    {
        Decision.Allow => "allow",
        Decision.Advise => "advise",
        Decision.Hold => "hold",
        _ => "block",
    };

    /// <summary>What happens to a written text (message, proposal): delivered, held for review or blocked.</summary>
    public static string DeliveryStatus(Decision decision) => decision switch
    {
        Decision.Block => "blocked",
        Decision.Hold => "held",
        _ => "delivered",
    };

    /// <summary>
    /// The finding as stored and shown. <paramref name="titleField"/> names what the change's title was, where it was not a
    /// job's title: a profile's title is its display name, and its evidence says <c>displayName</c>.
    /// </summary>
    public static FindingView ToView(Finding finding, string titleField) => new(
        finding.Category,
        ToCode(finding.Decision),
        finding.Code,
        finding.ReasonJa,
        finding.Score,
        finding.Evidence.Select(e => new EvidenceView(e.Field == "title" ? titleField : e.Field, e.Start, e.Length, e.Excerpt)).ToArray());

    /// <summary>The same findings: codes and evidence, in order (the views hold arrays, which records compare by reference).</summary>
    public static bool SameFindings(IReadOnlyList<FindingView> a, IReadOnlyList<FindingView> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Code == p.Second.Code && p.First.Evidence.SequenceEqual(p.Second.Evidence));

    /// <summary>What a change's title is called in the evidence shown for it.</summary>
    public static string TitleField(StateChange change) => change.TextKind == TextKind.Profile ? "displayName" : "title";

    public static VerdictView ToView(EngineVerdict verdict, string titleField)
    {
        var findings = verdict.EnforcedFindings.Where(f => f.Decision > Decision.Allow).Select(f => ToView(f, titleField)).ToArray();
        return findings.Length == 0 && verdict.Decision == Decision.Allow
            ? VerdictView.Allow
            : new VerdictView(ToCode(verdict.Decision), findings);
    }

    public static CheckRunView ToView(CheckRun run, string titleField) => new(
        run.Name,
        run.Version,
        run.Mode == CheckMode.Shadow ? "shadow" : "enforce",
        run.Status switch
        {
            CheckRunStatus.Ok => "ok",
            CheckRunStatus.Failed => "failed",
            CheckRunStatus.TimedOut => "timed_out",
            _ => "skipped",
        },
        run.Findings.Select(f => ToView(f, titleField)).ToArray(),
        run.ElapsedMs,
        run.Error);

    public static string ToCode(EffectKind kind) => kind switch
    {
        EffectKind.FlagUser => "flag_user",
        EffectKind.WarnUser => "warn_user",
        EffectKind.RevokeApprovals => "revoke_approvals",
        EffectKind.HideJob => "hide_job",
        EffectKind.HoldForReview => "hold_for_review",
        _ => "notify_support",
    };

    /// <summary>The effect kind a code of <see cref="ToCode(EffectKind)"/> stands for.</summary>
    public static EffectKind EffectKindOf(string code) => Enum.GetValues<EffectKind>().First(k => ToCode(k) == code);
}
