using Platform.Abstractions.Common;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Users;
using Platform.Domain.Contracts;
using Platform.Domain.Trust;
using Platform.Grains.Common;
using Platform.Grains.Statistics;

namespace Platform.Grains.Contracts;

/// <summary>
/// Nudge requests (連絡催促申請): a first reminder at once, further ones at the configured intervals; an answer of the
/// silent party that reaches the requester ends it (a delivered message, or a step of the contract they take); when the
/// last interval passes unanswered the contract is settled by its progress. A contract cancelled or paid meanwhile stops
/// it (<see cref="StageClosures"/>).
/// </summary>
internal static class NudgeWorkflow
{
    public static bool IsLive(ContractState s) => s.Nudge is { Status: "active" };

    public static async Task RequestAsync(IContractHost host, string actorId)
    {
        var s = host.State;
        Problems.ThrowIfAny(NudgeRules.CanRequest(ContractRules.ParseOrThrow(s.Stage), IsLive(s)));
        await Parties.RequireActorAsync(host.Grains, actorId, null, posting: false);
        var now = host.Now;
        var silent = actorId == host.Terms.ClientId ? host.Terms.WorkerId : host.Terms.ClientId;
        var silentName = await Parties.ShownNameAsync(host.Grains, silent);
        s.NudgeIntervals = host.Workflow.EffectiveNudgeIntervals.ToList();
        s.Nudge = new NudgeView(actorId, silent, now, 1, NudgeRules.DueAt(now, s.NudgeIntervals, 0), "active", null);
        host.Record(actorId, "nudge_requested", $"連絡催促申請：相手方（{silentName}）へ催促を開始しました。", now);
        ContractCounts.Owe(host, now, Stats.NudgeRequested);
        await host.SaveAsync();
        host.Notify(silent, "nudge_reminder", Reminder(host, 1));
        await host.CountAsync();
    }

    /// <summary>A message from the silent party that reaches the requester (delivered, or released from review) answers the nudge.</summary>
    public static async Task OnMessageAsync(IContractHost host, string senderId)
    {
        if (Answer(host, senderId, "返信", host.Now))
        {
            await host.SaveAsync();
            await AnnounceAnswerAsync(host, "返信");
        }
    }

    /// <summary>
    /// Ends the active nudge in state when <paramref name="actorId"/> is its silent party: they answered, by a message or
    /// by a step of the contract the requester receives (<paramref name="whatJa"/>: 「返信」, 「納品」…). The caller saves,
    /// then <see cref="AnnounceAnswerAsync"/> tells the requester. False when there was nothing to end.
    /// </summary>
    public static bool Answer(IContractHost host, string actorId, string whatJa, DateTimeOffset at)
    {
        var s = host.State;
        if (s.Nudge is not { Status: "active" } nudge || actorId != nudge.SilentPartyId)
        {
            return false;
        }

        s.Nudge = nudge with { Status = "answered", NextDueAt = null };
        host.Record("platform", "nudge_answered", $"相手方から{whatJa}があったため、連絡催促を終了しました。", at);
        ContractCounts.Owe(host, at, Stats.NudgeAnswered);
        return true;
    }

    /// <summary>After the save of <see cref="Answer"/>: tells the requester and counts the answer.</summary>
    public static async Task AnnounceAnswerAsync(IContractHost host, string whatJa)
    {
        host.Notify(host.State.Nudge!.RequestedBy, "nudge_answered", $"契約「{host.Terms.JobTitle}」で相手方から{whatJa}がありました。連絡催促を終了しました。");
        await host.CountAsync();
    }

    /// <summary>
    /// Sends the reminders that fell due, and settles when the last interval passed (idempotent: a step happens once),
    /// each stamped with the time it is processed, so the history stays in order however late the tick. A settlement
    /// waits while a message the silent party sent since the request is held for review: released, it answers the
    /// nudge; refused, the next check settles (<see cref="HeldMessages"/> runs one at the decision).
    /// </summary>
    public static async Task<bool> CheckDueAsync(IContractHost host)
    {
        var s = host.State;
        var now = host.Now;
        var changed = false;
        while (s.Nudge is { Status: "active", NextDueAt: { } due } nudge && now >= due)
        {
            var step = nudge.RemindersSent; // intervals passed so far = reminders sent - 1, so this one closes interval `step - 1`
            if (step < s.NudgeIntervals.OrEmpty().Count)
            {
                s.Nudge = nudge with { RemindersSent = step + 1, NextDueAt = NudgeRules.DueAt(nudge.StartedAt, s.NudgeIntervals.OrEmpty(), step) };
                host.Record("platform", "nudge_reminder", $"連絡催促（{step + 1}回目）を送りました。", now);
                host.Notify(nudge.SilentPartyId, "nudge_reminder", Reminder(host, step + 1));
            }
            else if (AnswerInReview(s, nudge))
            {
                break;
            }
            else
            {
                await SettleAsync(host, nudge, now);
            }

            changed = true;
        }

        return changed;
    }

    // A message of the silent party sent since the request and held for review: an answer the requester may yet receive.
    private static bool AnswerInReview(ContractState s, NudgeView nudge) =>
        s.Messages.OrEmpty().Any(m => m.SenderId == nudge.SilentPartyId && m.Status == "held" && m.At >= nudge.StartedAt);

    private static async Task SettleAsync(IContractHost host, NudgeView nudge, DateTimeOffset at)
    {
        var s = host.State;
        var before = s.Stage;
        var settlement = NudgeRules.SettlementFor(ContractRules.ParseOrThrow(s.Stage));
        var terms = host.Terms;
        string outcome, text;
        switch (settlement)
        {
            case NudgeSettlement.PaymentConfirmed:
                s.Stage = ContractRules.ToCode(ContractStage.Paid);
                s.AcceptedAt ??= at;
                s.PaidAt = at;
                outcome = "payment_confirmed";
                text = $"連絡催促に返信がなかったため、納品済みの契約として支払いを確定しました（{terms.PriceYen:N0}円をワーカーへ）。";
                break;
            case NudgeSettlement.CancelledRefunded:
                s.Stage = ContractRules.ToCode(ContractStage.Cancelled);
                outcome = "cancelled_refunded";
                text = "連絡催促に返信がなかったため、契約をキャンセルしました。仮払い金はクライアントへ返金されます。";
                break;
            default:
                outcome = "none";
                text = "連絡催促に返信がありませんでしたが、現在の契約ステージでは精算は行いません。";
                break;
        }

        s.Nudge = nudge with { Status = "settled", NextDueAt = null, Outcome = outcome };
        host.Record("platform", $"nudge_settled_{outcome}", text, at);
        // Counted once the settlement is stored (the caller saves, then counts).
        ContractCounts.Owe(host, at, Stats.NudgeSettled);
        host.Notify(terms.ClientId, "nudge_settled", $"契約「{terms.JobTitle}」：{text}");
        host.Notify(terms.WorkerId, "nudge_settled", $"契約「{terms.JobTitle}」：{text}");
        await StageClosures.AnnounceAsync(host, StageClosures.Apply(host, before, at));
        if (settlement == NudgeSettlement.PaymentConfirmed)
        {
            await host.Grains.Grain<IUserGrain>(terms.ClientId).RecordCompletionAsync(host.ContractId);
            await host.Grains.Grain<IUserGrain>(terms.WorkerId).RecordCompletionAsync(host.ContractId);
        }
    }

    private static string Reminder(IContractHost host, int number) =>
        $"契約「{host.Terms.JobTitle}」の相手方から連絡催促申請が届いています（{number}回目）。メッセージで返信するか、納品・検収・契約途中終了リクエストなど契約の手続きを進めてください。応答がない場合、契約は進捗に応じて精算（納品済みなら支払い確定、未納品ならキャンセル・返金）されます。";
}
