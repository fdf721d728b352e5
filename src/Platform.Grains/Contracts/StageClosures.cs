using Platform.Domain.Contracts;
using Platform.Grains.Common;
using Platform.Grains.Reviews;

namespace Platform.Grains.Contracts;

/// <summary>
/// What a change of stage closes, recorded with the change and announced after it is saved: an early-termination request
/// no one can answer any more (the contract was accepted, paid or cancelled: <c>lapsed</c>, the requester is told), a
/// contact-disclosure request on a contract that ended (cancelled: <c>withdrawn</c>, its review item closed, both parties
/// told), a nudge with nothing left to settle (cancelled or paid: <c>stopped</c>, both parties told), and the held messages
/// whose contact details a cancelled contract will never allow (blocked, their review items closed, their senders told).
/// </summary>
internal static class StageClosures
{
    private const string CancelledWhy = "契約がキャンセルされたため";

    /// <summary>Closes in state what the move from <paramref name="before"/> to the current stage ends; returns what to announce.</summary>
    public static Closed Apply(IContractHost host, string before, DateTimeOffset at)
    {
        var s = host.State;
        if (s.Stage == before)
        {
            return Closed.Nothing;
        }

        var stage = ContractRules.ParseOrThrow(s.Stage);
        // Follows 「契約」 or 「契約「…」」: why the closure happens.
        var why = stage switch
        {
            ContractStage.Cancelled => "がキャンセルされたため",
            ContractStage.Paid => "の支払いが確定したため",
            ContractStage.Accepted => "の検収が完了したため",
            _ => "が進んだため",
        };
        var terms = host.Terms;
        var notices = new List<Notice>();
        string? reviewItem = null;
        if (s.Termination is { Status: "pending" } termination && stage is not (ContractStage.EscrowFunded or ContractStage.Delivered))
        {
            s.Termination = termination with { Status = "lapsed", AnsweredAt = at };
            host.Record("platform", "termination_lapsed", $"契約{why}、回答待ちの契約途中終了リクエストを終了しました。", at);
            notices.Add(new(termination.RequestedBy, "termination_lapsed",
                $"契約「{terms.JobTitle}」{why}、回答のなかった契約途中終了リクエストは終了しました。"));
        }

        if (stage == ContractStage.Cancelled && s.DisclosureRequest is { Status: "requested" } disclosure)
        {
            s.Disclosure = "withdrawn";
            s.DisclosureRequest = disclosure with { Status = "withdrawn", DecidedBy = "platform", DecidedAt = at, ReasonJa = $"契約{why}、承認できません。" };
            host.Record("platform", "disclosure_withdrawn", $"契約{why}、判断待ちの連絡先公開申請を取り下げました（承認されません）。", at);
            reviewItem = disclosure.ReviewItemId;
            var text = $"契約「{terms.JobTitle}」{why}、連絡先公開申請は取り下げられました（承認されません）。";
            notices.Add(new(terms.ClientId, "disclosure_withdrawn", text));
            notices.Add(new(terms.WorkerId, "disclosure_withdrawn", text));
        }

        // Contact details held after escrow were waiting for a disclosure the contract can no longer have.
        var messages = stage == ContractStage.Cancelled ? HeldMessages.CloseContactHolds(host, CancelledWhy, at) : [];

        if (stage is ContractStage.Cancelled or ContractStage.Paid && s.Nudge is { Status: "active" } nudge)
        {
            s.Nudge = nudge with { Status = "stopped", NextDueAt = null };
            host.Record("platform", "nudge_stopped", $"契約{why}、連絡催促を終了しました。", at);
            var text = $"契約「{terms.JobTitle}」{why}、連絡催促を終了しました。";
            notices.Add(new(terms.ClientId, "nudge_stopped", text));
            notices.Add(new(terms.WorkerId, "nudge_stopped", text));
        }

        return new Closed(notices, reviewItem) { Messages = messages };
    }

    /// <summary>After the save: closes the withdrawn request's review item (a later decision gets 409) and tells the parties.</summary>
    public static async Task AnnounceAsync(IContractHost host, Closed closed)
    {
        if (closed.ReviewItemId is { } itemId)
        {
            await ReviewHooks.Queue(host.Grains).WithdrawAsync(itemId, "契約が終了したため、連絡先公開申請は承認できません。", "disclosure withdrawn: contract ended");
        }

        await HeldMessages.AnnounceClosedAsync(host, closed.Messages, CancelledWhy);
        foreach (var notice in closed.Notices)
        {
            host.Notify(notice.UserId, notice.Type, notice.TextJa);
        }
    }

    /// <summary>A notification owed once the closure is saved.</summary>
    internal sealed record Notice(string UserId, string Type, string TextJa);

    /// <summary>What <see cref="Apply"/> closed: the notices owed, the review item to close, and the held messages blocked.</summary>
    internal sealed record Closed(IReadOnlyList<Notice> Notices, string? ReviewItemId)
    {
        public static Closed Nothing { get; } = new([], null);

        public IReadOnlyList<MessageRecord> Messages { get; init; } = [];
    }
}
