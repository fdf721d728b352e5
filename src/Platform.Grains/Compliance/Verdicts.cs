using Platform.Abstractions.Compliance;
using Platform.Compliance;
using Platform.Compliance.Abstractions;

namespace Platform.Grains.Compliance;

/// <summary>Maps the engine's plain records to the serializable views grains store and return.</summary>
internal static class Verdicts
{
    /// <summary>The code of the finding a reviewer's refusal puts on a held text.</summary>
    public const string ReviewRefusedCode = "review.rejected";

    /// <summary>
    /// What others read in place of a text that is blocked (<paramref name="held"/> false) or held: a delivery note, a reason,
    /// a rating comment, a job post's description.
    /// </summary>
    public static string WithheldNotice(bool held) => held
        ? "（確認が必要な内容を含むため、この文面は表示されません）"
        : "（利用規約に反する内容を含むため、この文面は表示されません）";

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
        var findings = Shown(verdict.EnforcedFindings, titleField);
        return findings.Length == 0 && verdict.Decision == Decision.Allow
            ? VerdictView.Allow
            : new VerdictView(ToCode(verdict.Decision), findings);
    }

    // The findings above allow, as shown, in order; nothing allocated for a change with none (most changes).
    private static FindingView[] Shown(IReadOnlyList<Finding> findings, string titleField)
    {
        var count = 0;
        for (var i = 0; i < findings.Count; i++)
        {
            count += findings[i].Decision > Decision.Allow ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var shown = new FindingView[count];
        count = 0;
        for (var i = 0; i < findings.Count; i++)
        {
            if (findings[i].Decision > Decision.Allow)
            {
                shown[count++] = ToView(findings[i], titleField);
            }
        }

        return shown;
    }

    /// <summary>Each run as stored in the audit trail (<see cref="ToView(CheckRun, string)"/>), in order.</summary>
    public static CheckRunView[] ToViews(IReadOnlyList<CheckRun> runs, string titleField)
    {
        var views = new CheckRunView[runs.Count];
        for (var i = 0; i < views.Length; i++)
        {
            views[i] = ToView(runs[i], titleField);
        }

        return views;
    }

    /// <summary>
    /// A verdict as its writer is shown it (<see cref="VerdictView.ForWriter"/>): no models' scores, no second opinion's own
    /// finding. Others are shown no verdict at all.
    /// </summary>
    public static VerdictView ForWriter(VerdictView verdict) => verdict.ForWriter();

    /// <summary>
    /// A verdict as the one a text is written to (a message's other party, a proposal's client) is shown it: only the
    /// advice about a request to operate their PC remotely, which is their risk (corpus format: "the client is advised of
    /// the risk"), once and without its score; nothing else (the rest is the writer's affair).
    /// </summary>
    public static VerdictView ForRecipient(VerdictView verdict)
    {
        // One advice (a rule's, which comes first, or the model's when no rule gave one): the reader needs the risk once.
        FindingView[] risk = [.. verdict.Findings.Where(f => f.Category == Categories.RemoteDesktop && f.Decision == "advise").Take(1).Select(f => f with { Score = 0 })];
        return risk.Length == 0 ? VerdictView.Allow : new VerdictView("advise", risk);
    }

    /// <summary>The categories <paramref name="verdict"/> held or blocked the text for.</summary>
    public static IReadOnlyCollection<string> Violations(VerdictView verdict) =>
        [.. verdict.Findings.Where(f => f.Decision is "hold" or "block").Select(f => f.Category).Distinct()];

    /// <summary>
    /// The verdict on a held text once it is decided, as its writer reads it afterwards: released, its holds are gone
    /// (advice stays); refused, one <paramref name="code"/> block finding says why (<paramref name="reasonJa"/>), in the
    /// category and at the evidence of the hold it settles (<paramref name="settled"/>, else the first hold). Its
    /// original findings stay in the review item and the audit trail.
    /// </summary>
    public static VerdictView Decided(VerdictView verdict, bool released, string reasonJa, string code = ReviewRefusedCode, FindingView? settled = null)
    {
        FindingView[] advice = [.. verdict.Findings.Where(f => f.Decision is not ("hold" or "block"))];
        if (released)
        {
            return advice.Length == 0 ? VerdictView.Allow : new VerdictView("advise", advice);
        }

        var hold = settled ?? verdict.Findings.FirstOrDefault(f => f.Decision == "hold") ?? verdict.Findings.FirstOrDefault();
        return new VerdictView("block", [new FindingView(hold?.Category ?? "review", "block", code, reasonJa, 1.0, hold?.Evidence ?? []), .. advice]);
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
