using Platform.Abstractions.Common;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Reviews;
using Platform.Abstractions.Users;
using Platform.Domain.Common;
using Platform.Domain.Contracts;
using Platform.Domain.Trust;
using Platform.Grains.Common;
using Platform.Grains.Reviews;
using Platform.Grains.Statistics;

namespace Platform.Grains.Contracts;

/// <summary>Contact disclosure requests (連絡先公開申請) on one contract: request, automatic or reviewed decision, escalation, revocation.</summary>
internal static class DisclosureWorkflow
{
    /// <summary>The notice a party gets when the disclosure on their contract is revoked (at most once per contract).</summary>
    public const string RevokedNotice = "disclosure_revoked";

    /// <summary>Why a pending request was closed by a revocation, as both parties read it.</summary>
    public const string PendingRevokedJa = "当事者への運営の措置により、承認できなくなりました。";

    /// <summary>Why an approval was revoked, as both parties read it.</summary>
    public const string ApprovalRevokedJa = "当事者への運営の措置により、承認を取り消しました。";

    /// <summary>Why contact details held on a contract are blocked once its disclosure is revoked (followed by 「、」).</summary>
    public const string RevokedWhy = "当事者への運営の措置により連絡先公開が取り消されたため";

    private const string DeniedWhy = "連絡先公開申請が却下されたため";

    private const string ApprovedWhy = "連絡先公開申請が承認されたため";

    // What the silent party of a nudge did when they ask for disclosure (「相手方から連絡先公開申請がありました」).
    private const string AnswerJa = "連絡先公開申請";

    public static bool IsLive(ContractState s) => s.DisclosureRequest is { Status: "requested", Escalated: false };

    public static async Task RequestAsync(IContractHost host, string actorId)
    {
        var s = host.State;
        var terms = host.Terms;
        Problems.ThrowIfAny(DisclosureRules.CanRequest(ContractRules.ParseOrThrow(s.Stage), s.Disclosure));
        await Parties.RequireActorAsync(host.Grains, actorId, null, posting: false);
        var client = await host.Grains.Grain<IUserGrain>(terms.ClientId).GetPartyAsync();
        var worker = await host.Grains.Grain<IUserGrain>(terms.WorkerId).GetPartyAsync();
        var thisOneCounted = s.Stage == "paid" ? 1 : 0;
        var clear = DisclosureRules.IsClear(
            new PartyRecord(client.Standing, client.Flags.Count, client.CompletedContracts - thisOneCounted),
            new PartyRecord(worker.Standing, worker.Flags.Count, worker.CompletedContracts - thisOneCounted));

        var now = host.Now;
        var due = BusinessCalendar.DueAfter(now, DisclosureRules.DecisionBusinessDays);
        s.DisclosureRequests++;
        // A new request after one a revocation closed and a reinstatement opened again: that revocation is history.
        (s.RevokedFor, s.RevokedPending, s.FlagsAtRequest) = (null, false, null);
        var other = actorId == terms.ClientId ? terms.WorkerId : terms.ClientId;
        // The request reaches the other party, so it answers a nudge of theirs, in the same write.
        var answered = NudgeWorkflow.Answer(host, actorId, AnswerJa, now);
        host.Record(actorId, "disclosure_requested", $"連絡先公開申請（期限 {due.ToOffset(BusinessCalendar.JapanOffset):yyyy-MM-dd HH:mm}）", now);
        if (clear)
        {
            const string reason = "双方の取引実績に問題がないため、自動で承認しました。";
            s.Disclosure = "approved";
            s.DisclosureRequest = new DisclosureView("approved", actorId, now, due, false, "platform", now, reason, null);
            host.Record("platform", "disclosure_approved", $"連絡先公開申請を承認しました：{reason}", now);
            ContractCounts.Owe(host, now, Stats.DisclosureAutoApproved);
            // The contact details held while none was approved may pass now.
            var released = HeldMessages.ReleaseContactHolds(host, ApprovedWhy, now);
            await host.SaveAsync();
            host.Notify(actorId, "disclosure_approved", $"契約「{terms.JobTitle}」の連絡先公開申請が承認されました。連絡先をやり取りできます。");
            host.Notify(other, "disclosure_approved", $"契約「{terms.JobTitle}」で相手方の連絡先公開申請が承認されました。連絡先をやり取りできます。");
            await host.CountAsync();
            await HeldMessages.AnnounceReleasedAsync(host, released, ApprovedWhy);
            await AnnounceAnswerAsync(host, answered);
            return;
        }

        var key = $"disclosure-{host.ContractId}-{s.DisclosureRequests}";
        s.Disclosure = "requested";
        s.FlagsAtRequest = [client.Flags.Count, worker.Flags.Count];
        s.DisclosureRequest = new DisclosureView("requested", actorId, now, due, false, null, null, null, key);
        await host.SaveAsync();
        await ReviewHooks.Queue(host.Grains).EnqueueAsync(new NewReviewItem(
            "disclosure", "request", "contract", host.ContractId, null, null, null, "disclosure.request",
            $"連絡先公開申請（契約「{terms.JobTitle}」、申請者 {actorId}）", 1, due, key));
        host.Notify(other, "disclosure_requested", $"契約「{terms.JobTitle}」で相手方が連絡先公開申請を行いました。運営が2営業日以内に判断します。");
        await AnnounceAnswerAsync(host, answered);
    }

    private static Task AnnounceAnswerAsync(IContractHost host, bool answered) =>
        answered ? NudgeWorkflow.AnnounceAnswerAsync(host, AnswerJa) : Task.CompletedTask;

    public static async Task DecideAsync(IContractHost host, bool approve, string reviewerId, string reasonJa)
    {
        var s = host.State;
        if (s.DisclosureRequest is { Status: "withdrawn" } || (approve && s.Stage == ContractRules.ToCode(ContractStage.Cancelled)))
        {
            throw DomainProblem.Conflict(
                "disclosure.contract_ended",
                "契約がキャンセルされているため、連絡先公開申請は承認できません。連絡先公開申請は仮払い後の契約（キャンセルされた契約を除く）でのみ認められます。").ToException();
        }

        if (s.DisclosureRequest is not { Status: "requested" } pending)
        {
            throw DomainProblem.Conflict("disclosure.none_pending", "判断待ちの連絡先公開申請はありません。").ToException();
        }

        if (approve)
        {
            await RequireStandingAsync(host);
        }

        var now = host.Now;
        var status = approve ? "approved" : "denied";
        s.Disclosure = status;
        s.DisclosureRequest = pending with { Status = status, DecidedBy = reviewerId, DecidedAt = now, ReasonJa = reasonJa };
        host.Record(reviewerId, $"disclosure_{status}", approve ? $"連絡先公開申請を承認しました：{reasonJa}" : $"連絡先公開申請を却下しました：{reasonJa}", now);
        ContractCounts.Owe(host, now, approve ? Stats.DisclosureApproved : Stats.DisclosureDenied);
        // The contact details held while the request was pending pass now, or will never be allowed.
        var released = approve ? HeldMessages.ReleaseContactHolds(host, ApprovedWhy, now) : [];
        var closed = approve ? [] : HeldMessages.CloseContactHolds(host, DeniedWhy, now);
        await host.SaveAsync();
        await HeldMessages.AnnounceClosedAsync(host, closed, DeniedWhy);
        var text = approve
            ? $"契約「{host.Terms.JobTitle}」の連絡先公開申請が承認されました。連絡先をやり取りできます。"
            : $"契約「{host.Terms.JobTitle}」の連絡先公開申請は承認されませんでした。引き続きプラットフォーム上のメッセージでやり取りしてください。理由：{reasonJa}";
        host.Notify(host.Terms.ClientId, $"disclosure_{status}", text);
        host.Notify(host.Terms.WorkerId, $"disclosure_{status}", text);
        await host.CountAsync();
        await HeldMessages.AnnounceReleasedAsync(host, released, ApprovedWhy);
    }

    /// <summary>
    /// Refuses a reviewer's approval when either party may no longer exchange contact details: restricted or withdrawn,
    /// or flagged since the request (a flag normally closes the request at once; this holds when the two cross).
    /// </summary>
    private static async Task RequireStandingAsync(IContractHost host)
    {
        var terms = host.Terms;
        var parties = await Task.WhenAll(
            host.Grains.Grain<IUserGrain>(terms.ClientId).GetPartyAsync(),
            host.Grains.Grain<IUserGrain>(terms.WorkerId).GetPartyAsync());
        for (var i = 0; i < parties.Length; i++)
        {
            var party = parties[i];
            if (MeasureOn(party, FlagsAtRequest(host.State, i)) is { } measure)
            {
                throw DomainProblem.Conflict(
                    "disclosure.party_flagged",
                    $"当事者（{party.UserId}）が{measure}のため、連絡先公開申請は承認できません。却下してください。").ToException();
            }
        }
    }

    /// <summary>
    /// What keeps <paramref name="party"/> from exchanging contact details, in Japanese: restricted, withdrawn, or flagged
    /// since the request (when they had <paramref name="flagsAtRequest"/> flags then); null when nothing does.
    /// </summary>
    public static string? MeasureOn(PartyInfo party, int flagsAtRequest) => party.Standing switch
    {
        "restricted" => "利用制限中",
        "withdrawn" => "強制退会の措置中",
        _ => party.Flags.Count > flagsAtRequest ? "申請後に違反として記録されたユーザー" : null,
    };

    /// <summary>The flags party <paramref name="index"/> (0 the client, 1 the worker) had at the request; 0 when not kept (an automatic approval needs none).</summary>
    public static int FlagsAtRequest(ContractState s, int index) => s.FlagsAtRequest is [_, _] before ? before[index] : 0;

    /// <summary>Escalates a request still undecided at its due time (idempotent).</summary>
    public static async Task<bool> CheckDueAsync(IContractHost host)
    {
        var s = host.State;
        var now = host.Now;
        if (s.DisclosureRequest is not { Status: "requested", Escalated: false } pending || now < pending.DueAt)
        {
            return false;
        }

        s.DisclosureRequest = pending with { Escalated = true };
        host.Record("platform", "disclosure_escalated", "連絡先公開申請が期限（2営業日）を過ぎたため、審査の優先度を上げました。", now);
        // Counted once the escalation is stored (the caller saves, then counts).
        ContractCounts.Owe(host, now, Stats.DisclosureEscalated);
        if (pending.ReviewItemId is { } item)
        {
            await ReviewHooks.Queue(host.Grains).EscalateAsync(item, "期限超過");
        }

        return true;
    }

    /// <summary>
    /// Revokes an approved disclosure, or closes a request still pending, because <paramref name="flaggedUserId"/> was
    /// flagged (by their ladder <paramref name="step"/> or their <paramref name="flag"/>, the one it records; the caller
    /// saves, closes the pending request's review item and tells the flagged party), or finds one already revoked for that
    /// user; returns the notice the other party is owed, with the measure that revoked it, null when there is none. Counts
    /// nothing: the flagged party's grain counts a step's or a flag's revocations once for its whole fan-out.
    /// </summary>
    public static Revocation? Revoke(IContractHost host, string flaggedUserId, string reasonJa, int? step, int? flag, DateTimeOffset now)
    {
        var s = host.State;
        var revokedNow = s.Disclosure is "approved" or "requested";
        if (revokedNow)
        {
            var pending = s.Disclosure == "requested";
            s.Disclosure = "revoked";
            s.RevokedFor = flaggedUserId;
            s.RevokedPending = pending;
            s.RevokedBy = step ?? -flag;
            // Both parties read the request and the history: the measure's own reason is the flagged party's (their
            // notice has it) and the staff's, so the revocation says only that a party was subject to one. An approval
            // keeps its own decider, time and reason.
            s.DisclosureRequest = s.DisclosureRequest is { } r
                ? (pending ? r with { DecidedBy = "platform", DecidedAt = now, ReasonJa = PendingRevokedJa } : r) with
                {
                    Status = "revoked", RevokedBy = "platform", RevokedAt = now, RevokedReasonJa = pending ? PendingRevokedJa : ApprovalRevokedJa,
                    // Revoked again after a reinstatement: the record shows the revocation in force.
                    ReinstatedBy = null, ReinstatedAt = null, ReinstatedReasonJa = null,
                }
                : null;
            host.Record("platform", "disclosure_revoked", pending
                ? "当事者への運営の措置により、判断待ちの連絡先公開申請を取り消しました（承認されません）。"
                : "当事者への運営の措置により、連絡先公開の承認を取り消しました。", now);
        }
        else if (s.Disclosure != "revoked" || s.RevokedFor != flaggedUserId)
        {
            return null;
        }

        var terms = host.Terms;
        var at = s.DisclosureRequest?.RevokedAt ?? s.DisclosureRequest?.DecidedAt ?? now;
        return new Revocation(host.ContractId, revokedNow, flaggedUserId == terms.ClientId ? terms.WorkerId : terms.ClientId, new NotificationView(
            RevokedNotice,
            s.RevokedPending
                ? $"契約「{terms.JobTitle}」の連絡先公開申請は、相手方への運営の措置により取り消されました（承認されません）。今後は連絡先のやり取りはできません。取引はプラットフォーム上のメッセージでお願いします。"
                : $"契約「{terms.JobTitle}」の連絡先公開の承認は、相手方への運営の措置により取り消されました。今後は連絡先のやり取りはできません。取引はプラットフォーム上のメッセージでお願いします。",
            host.ContractId,
            at)) { Step = s.RevokedByStep, Flag = s.RevokedByFlag, Approval = !s.RevokedPending };
    }

    /// <summary>What <paramref name="revocations"/> revoked now: approvals, and requests closed while pending.</summary>
    public static (int Approvals, int Requests) CountRevoked(IEnumerable<Revocation> revocations)
    {
        var now = revocations.Where(r => r.RevokedNow).ToList();
        return (now.Count(r => r.Approval), now.Count(r => !r.Approval));
    }

    /// <summary>
    /// What a measure revoked, as the flagged user's notice and the reviewer's outcome say it: an approval is not a request
    /// still pending, which was never approved. Empty when nothing was.
    /// </summary>
    public static string RevokedJa((int Approvals, int Requests) revoked) => revoked switch
    {
        ( > 0, > 0) => $"承認済みの連絡先公開{revoked.Approvals}件と、審査中の連絡先公開申請{revoked.Requests}件を取り消しました。",
        ( > 0, _) => $"承認済みの連絡先公開{revoked.Approvals}件を取り消しました。",
        (_, > 0) => $"審査中の連絡先公開申請{revoked.Requests}件を取り消しました（承認されません）。",
        _ => "",
    };

    /// <summary>
    /// After <see cref="Revoke"/> closed a pending request: its review item is closed (so no reviewer can approve it
    /// afterwards; idempotent, so a retried flag closes it if the first attempt could not), and, the first time, the
    /// flagged party is told too (the other party gets the revocation's notice).
    /// </summary>
    public static async Task ClosePendingAsync(IContractHost host, Revocation revocation, string reasonJa)
    {
        var s = host.State;
        if (!s.RevokedPending || s.DisclosureRequest?.ReviewItemId is not { } itemId)
        {
            return;
        }

        await ReviewHooks.Queue(host.Grains).WithdrawAsync(itemId, $"当事者への措置のため、連絡先公開申請は承認できません：{reasonJa}", "disclosure revoked: party flagged");
        if (revocation.RevokedNow && s.RevokedFor is { } flagged)
        {
            host.Notify(flagged, RevokedNotice, $"契約「{host.Terms.JobTitle}」の連絡先公開申請は、運営の措置により取り消されました（承認されません）。取引はプラットフォーム上のメッセージでお願いします。");
        }
    }
}
