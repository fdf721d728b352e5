using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Users;
using Platform.Compliance.Abstractions;
using Platform.Domain.Common;
using Platform.Domain.Contracts;
using Platform.Grains.Common;
using Platform.Grains.Compliance;
using Platform.Grains.Jobs;
using Platform.Grains.Reviews;

namespace Platform.Grains.Contracts;

/// <summary>
/// A reviewer's decision on a held contract message, and the held messages whose contact details wait for the contract
/// to allow them: after escrow a contact detail waits for the disclosure request's approval, so once the request is
/// approved (or its approval given back) those held for nothing else are delivered, and once it is denied, revoked or
/// withdrawn, or the contract cancelled, they are closed as blocked; neither is left for a reviewer.
/// </summary>
internal static class HeldMessages
{
    /// <summary>The code of the finding a message closed that way carries.</summary>
    public const string ContactClosedCode = "contact.disclosure_closed";

    /// <summary>Takes a delivered message back into review; false when it is not delivered.</summary>
    public static async Task<bool> RecallAsync(IContractHost host, string messageId, FindingView finding)
    {
        var message = host.State.Messages.OrEmpty().FirstOrDefault(m => m.Id == messageId) ?? throw Problems.NotFound("message", messageId);
        if (!MessageRecall.TryRecall(message, finding))
        {
            return false;
        }

        host.Record(message.SenderId, "message_recalled", $"メッセージ {messageId} を審査待ちに戻しました：{finding.ReasonJa}", host.Now, messageId);
        await host.SaveAsync();
        await ReviewHooks.HeldAsync(host.Grains, "message", "contract", host.ContractId, messageId, message.SenderId, message.Verdict, host.Now,
            ItemKey(host, messageId));
        return true;
    }

    /// <summary>
    /// Pulls back into review the sender's earlier pieces that <paramref name="message"/>'s hold or block names
    /// (<see cref="SplitPieces"/>): those in this thread here, one review item each; those carried from the proposal
    /// thread in the job. Evidence on a piece in the other thread is named <c>job:{id}:{messageId}</c> or
    /// <c>contract:{id}:{messageId}</c>.
    /// </summary>
    public static async Task PullBackPiecesAsync(IContractHost host, MessageRecord message)
    {
        var s = host.State;
        var sender = message.SenderId;
        List<MessageRecord>? recalled = null;
        List<(string Id, FindingView Finding)>? carried = null;
        foreach (var (id, found) in SplitPieces.Named(message.Verdict))
        {
            if (CarriedTexts.Find(s, sender, id) is { } text)
            {
                (carried ??= []).Add((id, SplitPieces.For(found, id, message.Id, m =>
                    CarriedTexts.Find(s, sender, m) is null ? $"contract:{host.ContractId}:{m}" : SplitPieces.Field + m, text.From)));
            }
            else if (s.Messages.OrEmpty().FirstOrDefault(m => m.Id == id && m.SenderId == sender) is { } piece
                && MessageRecall.TryRecall(piece, SplitPieces.For(found, id, message.Id, m =>
                    CarriedTexts.Find(s, sender, m) is null ? SplitPieces.Field + m : $"job:{host.Terms.JobId}:{m}")))
            {
                host.Record(sender, "message_recalled", $"メッセージ {id} を審査待ちに戻しました：{SplitPieces.ReasonJa}", host.Now, id);
                (recalled ??= []).Add(piece);
            }
        }

        if (recalled is not null)
        {
            await host.SaveAsync();
            foreach (var piece in recalled)
            {
                await ReviewHooks.HeldAsync(host.Grains, "message", "contract", host.ContractId, piece.Id, sender, piece.Verdict, host.Now,
                    $"held-contract-{host.ContractId}-{piece.Id}");
            }
        }

        foreach (var (id, finding) in carried ?? [])
        {
            await host.Grains.Grain<IJobGrain>(host.Terms.JobId).RecallMessageAsync(id, finding);
        }
    }

    /// <summary>
    /// Delivers or blocks the message and tells its sender (a refusal with the reviewer's reason); a message no longer held
    /// is returned unchanged (decisions are idempotent). Releasing a contact detail the contract no longer allows is
    /// refused with 409 <c>message.contact_not_allowed</c>, and releasing a message of a sender withdrawn since (強制退会) with
    /// 409 <c>message.author_withdrawn</c>: the withdrawal's step ends it and closes its item when it reaches the contract
    /// (<see cref="WithdrawnMessages"/>); until then the item stays open for the reviewer to reject. Releasing a message of a
    /// sender restricted since on a contract not yet funded (messaging before escrow, new business a restriction stops) is
    /// 409 <c>message.author_restricted</c>, the item staying open to be refused or approved once the restriction is lifted.
    /// </summary>
    public static async Task<MessageView> ResolveAsync(IContractHost host, string messageId, bool approve, string reviewerId, string reasonJa)
    {
        var terms = host.Terms;
        var message = host.State.Messages.OrEmpty().FirstOrDefault(m => m.Id == messageId) ?? throw Problems.NotFound("message", messageId);
        // Ended with its sender's withdrawal, its item not closed yet (the withdrawal cut off in between): refused, it is blocked.
        var withdrawn = message is { Status: WithdrawnTexts.Status, WithdrawnFrom: "held" };
        if (message.Status != "held" && !withdrawn)
        {
            return message.ToView();
        }

        if (approve && ContactFinding(message.Verdict) is not null && ContactClosedWhy(host.State) is { } why)
        {
            throw DomainProblem.Conflict(
                "message.contact_not_allowed",
                $"{why}、連絡先を含むこのメッセージは配信できません。却下してください。").ToException();
        }

        var standing = approve && !withdrawn ? (await host.Grains.Grain<IUserGrain>(message.SenderId).GetPartyAsync()).Standing : null;
        if (approve && (withdrawn || standing == "withdrawn"))
        {
            // A removed user's text reaches no one any more (強制退会); the item stays open, to be refused or approved once lifted.
            throw DomainProblem.Conflict(
                "message.author_withdrawn",
                "送信者が強制退会となっているため、このメッセージは配信できません。却下するか、退会が解除されてから承認してください。").ToException();
        }

        if (standing == "restricted" && ContractRules.MessageIsPosting(ContractRules.ParseOrThrow(host.State.Stage)))
        {
            // A restriction stops new business, messaging before escrow too (as a held proposal-thread message, JobGrain.HeldWriter):
            // not delivered while the contract is not funded; the item stays open, to be refused or approved once the restriction is
            // lifted. From escrow on a message is the winding-up of the deal, which a restriction does not stop, and is delivered.
            throw DomainProblem.Conflict(
                "message.author_restricted",
                "送信者が利用制限中のため、仮払い前の契約のこのメッセージは相手方に配信できません。却下するか、制限が解除されてから承認してください。").ToException();
        }

        (message.Status, message.WithdrawnFrom) = (approve ? "delivered" : "blocked", null);
        message.Verdict = Verdicts.Decided(message.Verdict, approve, $"担当者が確認した結果、相手方には配信しません。理由：{reasonJa}");
        host.Record(reviewerId, approve ? "message_released" : "message_rejected",
            approve ? $"審査の結果、メッセージ {messageId} を配信しました。" : $"審査の結果、メッセージ {messageId} は配信しません：{reasonJa}", host.Now, messageId);
        await host.SaveAsync();
        host.Notify(message.SenderId, approve ? "message_released" : "message_rejected", approve
            ? $"契約「{terms.JobTitle}」でお送りしたメッセージ（{messageId}）は、審査の結果相手方に配信されました。"
            : $"契約「{terms.JobTitle}」でお送りしたメッセージ（{messageId}）は、審査の結果相手方に配信されませんでした。理由：{reasonJa}");
        // Released, the message answers a nudge; refused, a settlement that waited for it is due now.
        await (approve ? NudgeWorkflow.OnMessageAsync(host, message.SenderId) : WorkflowReminder.CheckDueAsync(host, host.State));
        return message.ToView();
    }

    /// <summary>
    /// Blocks every held message waiting for the contract to allow its contact details, now that it never will
    /// (<paramref name="whyJa"/>, e.g. 「連絡先公開申請が却下されたため」), and records it for its sender. The caller
    /// saves, then <see cref="AnnounceClosedAsync"/> closes their review items and tells the senders.
    /// </summary>
    public static IReadOnlyList<MessageRecord> CloseContactHolds(IContractHost host, string whyJa, DateTimeOffset at) =>
        SettleContactHolds(host, allowed: false, whyJa, at);

    /// <summary>After the save: closes the review items of the messages <see cref="CloseContactHolds"/> blocked and tells their senders.</summary>
    public static Task AnnounceClosedAsync(IContractHost host, IReadOnlyList<MessageRecord> closed, string whyJa) =>
        AnnounceSettledAsync(host, closed, allowed: false, whyJa);

    /// <summary>
    /// Delivers every held message that waited only for the contract to allow its contact details, now that it does
    /// (<paramref name="whyJa"/>: the request approved, or its approval given back), and records it; a message also held
    /// for another finding, or on the model's doubt, stays held for a reviewer. The caller saves, then
    /// <see cref="AnnounceReleasedAsync"/> closes their review items and tells both parties.
    /// </summary>
    public static IReadOnlyList<MessageRecord> ReleaseContactHolds(IContractHost host, string whyJa, DateTimeOffset at) =>
        SettleContactHolds(host, allowed: true, whyJa, at);

    /// <summary>
    /// After the save: closes the review items of the messages <see cref="ReleaseContactHolds"/> delivered as released by
    /// the platform, tells the sender and the recipient, and ends a nudge the sender was silent on.
    /// </summary>
    public static Task AnnounceReleasedAsync(IContractHost host, IReadOnlyList<MessageRecord> released, string whyJa) =>
        AnnounceSettledAsync(host, released, allowed: true, whyJa);

    // After SettleContactHolds and the save: each message's review item closed by the platform (released or refused,
    // counted as a reviewer's decision is), its sender told; a delivered one is told to its recipient too, and is the
    // sender's answer to a nudge.
    private static async Task AnnounceSettledAsync(IContractHost host, IReadOnlyList<MessageRecord> settled, bool allowed, string whyJa)
    {
        var terms = host.Terms;
        var queue = ReviewHooks.Queue(host.Grains);
        var (reasonJa, outcome, outcomeJa) = allowed
            ? ($"{whyJa}、連絡先を含むこのメッセージは配信できます。自動で配信しました。", "message delivered: contact details allowed",
                $"メッセージを相手方に配信しました（{whyJa}）。")
            : ($"{whyJa}、連絡先を含むこのメッセージは配信できません。自動でブロックしました。", "message blocked: contact details no longer allowed",
                $"メッセージをブロックしました（{whyJa}、連絡先は配信できません）。");
        foreach (var message in settled)
        {
            var key = ItemKey(host, message.Id);
            await (allowed ? queue.ReleaseAsync(key, reasonJa, outcome, outcomeJa) : queue.RefuseAsync(key, reasonJa, outcome, outcomeJa));
            var sent = $"契約「{terms.JobTitle}」でお送りしたメッセージ（{message.Id}）";
            if (!allowed)
            {
                host.Notify(message.SenderId, "message_rejected", $"{sent}には連絡先が含まれており、{whyJa}、相手方には配信されませんでした。取引はプラットフォーム上のメッセージでお願いします。");
                continue;
            }

            host.Notify(message.SenderId, "message_released", $"{sent}は、{whyJa}、相手方に配信されました。");
            host.Notify(message.SenderId == terms.ClientId ? terms.WorkerId : terms.ClientId, "message_released",
                $"契約「{terms.JobTitle}」で、連絡先を含むため保留されていた相手方のメッセージ（{message.Id}）は、{whyJa}、配信されました。");
            await NudgeWorkflow.OnMessageAsync(host, message.SenderId);
        }
    }

    // Delivers (allowed) or blocks the held messages whose contact details waited for the disclosure. Blocked: any held
    // for a contact detail. Delivered: only those held for nothing else, where no finding of another category holds or
    // blocks it (ContactFinding already leaves out the model's doubt): a reviewer judges those on the text.
    private static List<MessageRecord> SettleContactHolds(IContractHost host, bool allowed, string whyJa, DateTimeOffset at)
    {
        var settled = new List<MessageRecord>();
        foreach (var message in host.State.Messages.OrEmpty())
        {
            if (message.Status != "held" || ContactFinding(message.Verdict) is not { } contact
                || (allowed && message.Verdict.Findings.Any(f => f.Decision is "hold" or "block" && f.Category != Categories.OffPlatformContact)))
            {
                continue;
            }

            message.Status = allowed ? "delivered" : "blocked";
            message.Verdict = allowed
                ? Verdicts.Decided(message.Verdict, released: true, whyJa)
                : Verdicts.Decided(message.Verdict, released: false, $"{whyJa}、連絡先を含むこのメッセージは相手方に配信されません。", ContactClosedCode, contact);
            host.Record("platform", allowed ? "message_released" : "message_rejected", allowed
                ? $"{whyJa}、連絡先を含むメッセージ {message.Id} を配信しました。"
                : $"{whyJa}、連絡先を含むメッセージ {message.Id} は配信しません。", at, message.Id);
            settled.Add(message);
        }

        return settled;
    }

    /// <summary>
    /// The finding that holds a message until a disclosure is approved: a rule's contact detail after escrow (not the
    /// model's reading, and not a block the model doubted, which a reviewer judges on the text); null when none does.
    /// </summary>
    private static FindingView? ContactFinding(VerdictView verdict)
    {
        if (verdict.Findings.Any(f => f.Category == Categories.OffPlatformContact && f.Code == VerdictView.DoubtCode))
        {
            return null;
        }

        return verdict.Findings.FirstOrDefault(f =>
            f.Decision == "hold" && f.Category == Categories.OffPlatformContact && !f.Code.StartsWith("scorer.", StringComparison.Ordinal));
    }

    /// <summary>Why the contract will never allow contact details (follows by 「、」), or null while it still may.</summary>
    public static string? ContactClosedWhy(ContractState s) =>
        s.Stage == ContractRules.ToCode(ContractStage.Cancelled) ? "契約がキャンセルされたため"
        : s.Disclosure switch
        {
            "denied" => "連絡先公開申請が却下されたため",
            "revoked" => "当事者への運営の措置により連絡先公開が取り消されたため",
            "withdrawn" => "連絡先公開申請が取り下げられたため",
            _ => null,
        };

    private static string ItemKey(IContractHost host, string messageId) => $"held-contract-{host.ContractId}-{messageId}";
}
