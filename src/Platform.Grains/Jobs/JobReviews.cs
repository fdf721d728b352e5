using System.Globalization;
using Platform.Abstractions.Common;
using Platform.Abstractions.Jobs;
using Platform.Grains.Common;
using Platform.Grains.Compliance;

namespace Platform.Grains.Jobs;

/// <summary>Reviewer decisions on a job's held items, authorship for reports, and the staff record of a job.</summary>
internal static class JobReviews
{
    /// <summary>Why an approved held post was not published: its client closed it while it waited (<c>job not released: job.closed</c>).</summary>
    public const string ClosedCode = "job.closed";

    /// <summary>The review item key of the post held at revision <paramref name="revision"/>.</summary>
    public static string HeldPostKey(string jobId, int revision) => $"held-job-{jobId}-r{revision}";

    /// <summary>The item id (<c>r{N}</c>) naming the revision a held post's review item <paramref name="key"/> is about; null when the key names none.</summary>
    public static string? RevisionItemOf(string jobId, string key)
    {
        var prefix = $"held-job-{jobId}-r";
        return key.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(key.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? $"r{n}"
            : null;
    }

    /// <summary>
    /// Applies a decision; returns false when the item was not held (nothing to do: decisions are idempotent). <paramref name="note"/>
    /// says why an approval did not open the post, or did not deliver a text withdrawn with its writer (<see cref="WithdrawnTexts"/>:
    /// approved, it is delivered once the withdrawal is lifted; refused, it is blocked); <paramref name="notice"/> is what its writer is told.
    /// A decided text's verdict says what was decided (<see cref="Verdicts.Decided"/>), no longer that it waits for review.
    /// </summary>
    public static bool Resolve(JobState s, string jobId, string? itemId, bool approve, string reasonJa, DateTimeOffset now, out ReviewNote? note, out AuthorNotice? notice)
    {
        note = null;
        notice = null;
        if (itemId is null || IsRevision(itemId, out _))
        {
            return ResolvePost(s, itemId, approve, reasonJa, now, out note, out notice);
        }

        var proposal = s.Proposals.OrEmpty().FirstOrDefault(p => p.Id == itemId);
        var message = proposal is null ? FindMessage(s, itemId) : null;
        if (proposal is null && message is null)
        {
            throw Problems.NotFound("proposal", $"{jobId}:{itemId}");
        }

        var status = proposal?.Status ?? message!.Status;
        // The writer may be a worker: while the post's text is withheld, the job's id stands in for its title.
        var title = JobPosts.TitleFor(s, jobId, proposal?.WorkerId ?? message!.SenderId);
        var refusal = $"担当者が確認した結果、相手方には届けません。理由：{reasonJa}";
        if (status == WithdrawnTexts.Status)
        {
            return ResolveWithdrawn(proposal, message, approve, title, refusal, reasonJa, out note, out notice);
        }

        if (status != "held")
        {
            return false;
        }

        if (proposal is not null)
        {
            (proposal.Status, proposal.WithdrawnFrom) = (approve ? "delivered" : "blocked", null);
            proposal.Verdict = Verdicts.Decided(proposal.Verdict, approve, refusal);
            notice = new AuthorNotice(proposal.WorkerId, approve ? "proposal_released" : "proposal_rejected", approve
                ? $"募集「{title}」への提案は、審査の結果クライアントに届けられました。"
                : $"募集「{title}」への提案は、審査の結果クライアントに届けられませんでした。理由：{reasonJa}");
        }
        else
        {
            (message!.Status, message.WithdrawnFrom) = (approve ? "delivered" : "blocked", null);
            message.Verdict = Verdicts.Decided(message.Verdict, approve, refusal);
            notice = new AuthorNotice(message.SenderId, approve ? "message_released" : "message_rejected", approve
                ? $"募集「{title}」の提案スレッドでお送りしたメッセージ（{message.Id}）は、審査の結果相手方に配信されました。"
                : $"募集「{title}」の提案スレッドでお送りしたメッセージ（{message.Id}）は、審査の結果相手方に配信されませんでした。理由：{reasonJa}");
        }

        return true;
    }

    // A text withdrawn with its writer (強制退会): approved, it is not delivered but kept to be delivered once the withdrawal is lifted
    // (the reviewer is told why, and so is the writer); refused, it is blocked as any refused text, and stays so after a lift.
    private static bool ResolveWithdrawn(
        ProposalRecord? proposal, MessageRecord? message, bool approve, string? title, string refusal, string reasonJa, out ReviewNote? note, out AuthorNotice? notice)
    {
        var what = proposal is not null ? "提案" : "メッセージ";
        note = approve ? new ReviewNote(WithdrawnTexts.AuthorWithdrawnCode,
            $"投稿者が強制退会となっているため、承認した{what}は相手方に届けていません（退会が解除されると届きます）。") : null;
        notice = null;
        var withdrawnFrom = proposal?.WithdrawnFrom ?? message!.WithdrawnFrom;
        if (withdrawnFrom is not ("held" or "released") || (approve && withdrawnFrom == "released"))
        {
            return false;
        }

        var author = proposal?.WorkerId ?? message!.SenderId;
        if (proposal is not null)
        {
            proposal.Verdict = Verdicts.Decided(proposal.Verdict, approve, refusal);
            (proposal.Status, proposal.WithdrawnFrom) = approve ? (WithdrawnTexts.Status, "released") : ("blocked", null);
        }
        else
        {
            message!.Verdict = Verdicts.Decided(message.Verdict, approve, refusal);
            (message.Status, message.WithdrawnFrom) = approve ? (WithdrawnTexts.Status, "released") : ("blocked", null);
        }

        var subject = proposal is not null ? $"募集「{title}」への提案" : $"募集「{title}」の提案スレッドでお送りしたメッセージ（{message!.Id}）";
        var kind = proposal is not null ? "proposal" : "message";
        notice = approve
            ? new AuthorNotice(author, $"{kind}_not_released", $"{subject}は審査で承認されましたが、強制退会中のため相手方には届けていません。")
            : new AuthorNotice(author, $"{kind}_rejected", $"{subject}は、審査の結果相手方に届けられませんでした。理由：{reasonJa}");
        return true;
    }

    // The reviewer read revision N of the post: an approval opens the post only if that is still its text, the text is not
    // blocked (an edit while held is refused, JobGrain.EditAsync, but a state stored before that rule may differ) and its
    // client has not closed it meanwhile (closing stays allowed while held: the client may take a post down at any time).
    private static bool ResolvePost(JobState s, string? itemId, bool approve, string reasonJa, DateTimeOffset now, out ReviewNote? note, out AuthorNotice? notice)
    {
        note = null;
        notice = null;
        if (!s.HeldForReview)
        {
            return false;
        }

        var current = s.Revisions.OrEmpty().Count;
        var reviewed = itemId is not null && IsRevision(itemId, out var n) ? n : current;
        var title = s.Fields?.Title;
        if (!approve)
        {
            s.HeldForReview = false;
            s.Status = "hidden";
            s.HiddenReasonJa = reasonJa;
            s.Verdict = Verdicts.Decided(s.Verdict, released: false, $"担当者が確認した結果、この募集は掲載できません。理由：{reasonJa}");
            notice = new AuthorNotice(s.ClientId, "job_rejected", $"募集「{title}」は、審査の結果掲載できないと判断され、非公開になりました。理由：{reasonJa}");
        }
        else if (s.Verdict.Decision == "block")
        {
            s.HeldForReview = false;
            s.Status = "hidden";
            s.HiddenReasonJa = s.Verdict.Findings.FirstOrDefault(f => f.Decision == "block")?.ReasonJa ?? s.Verdict.Findings.FirstOrDefault()?.ReasonJa;
            note = new ReviewNote(null, $"現在の本文（第{current}版）が規約に反するため公開せず、非公開にしました。");
            notice = new AuthorNotice(s.ClientId, "job_rejected", $"募集「{title}」は、現在の内容が規約に反するため掲載できず、非公開になりました。理由：{s.HiddenReasonJa}");
        }
        else if (s.Status == "closed")
        {
            // Its client closed the post while it waited for review: the text is cleared, but what they took down is not published for them.
            s.HeldForReview = false;
            s.Verdict = Verdicts.Decided(s.Verdict, released: true, "");
            note = new ReviewNote(ClosedCode, "募集者が審査中に募集を締め切ったため、承認した募集は公開せず、締め切ったままにしました。");
            notice = new AuthorNotice(s.ClientId, "job_not_released", $"募集「{title}」は審査で承認されましたが、審査中に締め切られていたため公開していません。");
        }
        else if (reviewed != current)
        {
            // The current text is not the one approved: it waits for its own review, or the client publishes it again (checked again).
            s.HeldForReview = s.Verdict.Decision == "hold";
            note = new ReviewNote(null, s.HeldForReview
                ? $"審査したのは第{reviewed}版です。第{current}版は別の審査項目で審査待ちのため、公開していません。"
                : $"審査したのは第{reviewed}版です。その後内容が変更されたため公開せず、下書きのままにしました。");
            notice = s.HeldForReview ? null : new AuthorNotice(s.ClientId, "job_not_released",
                $"募集「{title}」は、審査の後に内容が変更されていたため公開していません。下書きから改めて公開してください。");
        }
        else
        {
            s.HeldForReview = false;
            s.Status = "open";
            s.PublishedAt ??= now;
            s.Verdict = Verdicts.Decided(s.Verdict, released: true, "");
            notice = new AuthorNotice(s.ClientId, "job_released", $"募集「{title}」は、審査の結果公開されました。");
        }

        return true;
    }

    internal static bool IsRevision(string itemId, out int revision)
    {
        revision = 0;
        return itemId.Length > 1 && itemId[0] == 'r' && int.TryParse(itemId.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out revision);
    }

    public static string? Author(JobState s, string? itemId)
    {
        if (!s.Exists)
        {
            return null;
        }

        return itemId is null
            ? s.ClientId
            : s.Proposals.OrEmpty().FirstOrDefault(p => p.Id == itemId)?.WorkerId ?? FindMessage(s, itemId)?.SenderId;
    }

    public static JobRecordView Record(JobState s, string jobId, string? proposalId)
    {
        var proposal = s.Proposals.OrEmpty().FirstOrDefault(p => p.Id == proposalId);
        return new JobRecordView
        {
            Id = jobId,
            ClientId = s.ClientId,
            CreatedAt = s.CreatedAt,
            PublishedAt = s.PublishedAt,
            Revisions = s.Revisions.OrEmpty().ToArray(),
            Proposal = proposal?.ToView(jobId, proposal.WorkerId),
            ProposalThread = proposal?.Messages.OrEmpty().Select(m => m.ToView()).ToArray() ?? [],
        };
    }

    /// <summary>The proposal-thread message <paramref name="messageId"/>, or not found.</summary>
    public static MessageRecord Message(JobState s, string jobId, string messageId) =>
        FindMessage(s, messageId) ?? throw Problems.NotFound("message", $"{jobId}:{messageId}");

    private static MessageRecord? FindMessage(JobState s, string messageId) =>
        s.Proposals.OrEmpty().SelectMany(p => p.Messages.OrEmpty()).FirstOrDefault(m => m.Id == messageId);

    /// <summary>What a held text's writer is told once a reviewer decided it.</summary>
    internal sealed record AuthorNotice(string UserId, string Type, string TextJa);
}
