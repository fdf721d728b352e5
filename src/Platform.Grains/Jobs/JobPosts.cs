using Platform.Abstractions.Compliance;
using Platform.Abstractions.Jobs;
using Platform.Compliance.Abstractions;
using Platform.Domain.Common;
using Platform.Domain.Jobs;
using Platform.Grains.Common;
using Platform.Grains.Compliance;

namespace Platform.Grains.Jobs;

/// <summary>A job post's field validation, how a verdict applies to it, and its view.</summary>
internal static class JobPosts
{
    public static void ApplyVerdict(JobState s, GateResult result, bool publish, DateTimeOffset now)
    {
        s.Verdict = result.Verdict;
        if (!publish)
        {
            return;
        }

        switch (result.Decision)
        {
            case Decision.Block:
                s.Status = "hidden";
                s.HiddenReasonJa = result.Verdict.Findings.FirstOrDefault()?.ReasonJa;
                break;
            case Decision.Hold:
                s.Status = "draft";
                s.HeldForReview = true;
                break;
            default:
                s.Status = "open";
                s.PublishedAt ??= now;
                break;
        }
    }

    /// <summary>Why a post is hidden for its client's withdrawal, as its readers are told.</summary>
    public const string HiddenForWithdrawalJa = "募集者が強制退会となったため非表示にしました。";

    /// <summary>
    /// Hides the post: for a violation (any post not hidden for one already; a post hidden only for its client's withdrawal is now
    /// hidden for its own, and stays hidden when the withdrawal is lifted), or for its client's withdrawal (open posts only: drafts and
    /// closed posts keep their status). Returns whether anything changed.
    /// </summary>
    public static bool Hide(JobState s, string reasonJa, bool forWithdrawal)
    {
        if (!s.Exists || (forWithdrawal ? s.Status != "open" : s.Status == "hidden" && !s.HiddenByWithdrawal))
        {
            return false;
        }

        s.Status = "hidden";
        s.HiddenByWithdrawal = forWithdrawal;
        s.HiddenReasonJa = reasonJa;
        return true;
    }

    /// <summary>Opens again a post hidden only for its client's withdrawal; returns whether anything changed.</summary>
    public static bool RestoreAfterWithdrawal(JobState s)
    {
        if (!s.Exists || s.Status != "hidden" || !s.HiddenByWithdrawal)
        {
            return false;
        }

        s.Status = "open";
        s.HiddenByWithdrawal = false;
        s.HiddenReasonJa = null;
        return true;
    }

    public static JobStatus Status(JobState s) => s.Status switch
    {
        "open" => JobStatus.Open,
        "closed" => JobStatus.Closed,
        "hidden" => JobStatus.Hidden,
        _ => JobStatus.Draft,
    };

    /// <summary>
    /// <paramref name="draft"/> as the job keeps it, equal to it: its category and budget kind as every job keeps them, and a
    /// title or description an edit left as it was as <paramref name="previous"/> holds it (each revision keeps the whole post).
    /// </summary>
    public static JobDraft Kept(JobDraft draft, JobDraft? previous) => draft with
    {
        Title = previous?.Title == draft.Title ? previous.Title : draft.Title,
        Description = previous?.Description == draft.Description ? previous.Description : draft.Description,
        Category = SharedTexts.Of(draft.Category),
        BudgetKind = SharedTexts.Of(draft.BudgetKind),
    };

    public static void ValidateDraft(JobDraft draft, DateTimeOffset now)
    {
        if (draft.BudgetKind is not ("fixed" or "hourly"))
        {
            throw DomainProblem.Invalid("budget.kind", "job.unknown_budget_kind", "budget.kind は fixed か hourly を指定してください。").ToException();
        }

        Problems.ThrowIfAny(JobRules.ValidateFields(draft.Title, draft.Description, draft.Category, draft.BudgetYen, draft.Deadline, now));
    }

    /// <summary>
    /// Whether the post's text is its client's (and the staff's) alone: blocked or held by its checks (also a draft's, which
    /// a worker who proposed while it was open may still read), waiting for a reviewer, or hidden for a violation. A post
    /// hidden only for its client's withdrawal keeps its text.
    /// </summary>
    public static bool TextWithheld(JobState s) =>
        s.HeldForReview || s.Verdict.Decision is "block" or "hold" || s.Status == "hidden" && !s.HiddenByWithdrawal;

    /// <summary>The post's title as <paramref name="viewerId"/> may read it: while its text is withheld, others read the job's id instead.</summary>
    public static string? TitleFor(JobState s, string id, string viewerId) => ReadsText(s, viewerId) ? s.Fields?.Title : id;

    // The client always reads their own post's text; others while it is not withheld.
    private static bool ReadsText(JobState s, string viewerId) => viewerId == s.ClientId || !TextWithheld(s);

    /// <summary>
    /// The post as <paramref name="viewerId"/> sees it at <paramref name="now"/> (whether it takes proposals then). While its text is withheld (<see cref="TextWithheld"/>), a worker who
    /// proposed reads neither its title (the job's id stands in, as a user's id does for a withheld display name) nor its
    /// description (a notice stands in, as for a delivery note); its verdict is its client's alone.
    /// </summary>
    public static JobView View(JobState s, string id, string viewerId, DateTimeOffset now) => new()
    {
        Id = id,
        ClientId = s.ClientId,
        Fields = ReadsText(s, viewerId)
            ? s.Fields!
            : s.Fields! with { Title = id, Description = Verdicts.WithheldNotice(held: s.HeldForReview || s.Verdict.Decision == "hold") },
        Status = s.Status,
        CreatedAt = s.CreatedAt,
        PublishedAt = s.PublishedAt,
        ProposalCount = s.Proposals.OrEmpty().Count(p => p.Status == "delivered"),
        ContractId = viewerId == s.ClientId ? s.ContractId : null,
        Verdict = viewerId == s.ClientId ? Verdicts.ForWriter(s.Verdict) : VerdictView.Allow,
        HeldForReview = s.HeldForReview,
        AcceptingProposals = JobRules.CanPropose(Status(s)) is null && JobRules.BeforeDeadline(s.Fields?.Deadline, now) is null,
        DeadlinePassed = JobRules.BeforeDeadline(s.Fields?.Deadline, now) is not null,
    };
}
