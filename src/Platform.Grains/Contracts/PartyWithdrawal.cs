using Platform.Abstractions.Contracts;
using Platform.Abstractions.Users;
using Platform.Domain.Contracts;
using Platform.Grains.Common;

namespace Platform.Grains.Contracts;

/// <summary>
/// What the other party of an open contract is told when a party is withdrawn (強制退会), and what they can do: a withdrawn
/// user can do nothing, so neither work nor consent can come from them. A client may cancel before delivery (after escrow
/// too, refunded: <see cref="ContractRules"/>), or accept and pay a delivery as usual; a worker may cancel before delivery
/// (the escrow goes back to the client), and once they have delivered, an unanswered nudge settles it by payment.
/// </summary>
internal static class PartyWithdrawal
{
    /// <summary>
    /// The notice the other party is owed for <paramref name="userId"/>'s withdrawal taken at <paramref name="at"/>, or null (an ended
    /// contract, not a party). Its time is the step's, not the call's: a withdrawal finished again hands out the same notice, which its
    /// recipient keeps once (<see cref="Users.Inbox"/>).
    /// </summary>
    public static async Task<PartyNotice?> TellAsync(IContractHost host, string userId, DateTimeOffset at)
    {
        var terms = host.Terms;
        var stage = ContractRules.ParseOrThrow(host.State.Stage);
        if ((userId != terms.ClientId && userId != terms.WorkerId) || terms.ClientId == terms.WorkerId || stage is ContractStage.Paid or ContractStage.Cancelled)
        {
            return null;
        }

        var workerWithdrawn = userId == terms.WorkerId;
        var name = await Parties.ShownNameAsync(host.Grains, userId);
        return new PartyNotice(workerWithdrawn ? terms.ClientId : terms.WorkerId, new NotificationView("counterpart_withdrawn",
            $"契約「{terms.JobTitle}」の相手方（{name}）は強制退会となりました。{WhatNowJa(stage, workerWithdrawn, terms.PriceYen)}", host.ContractId, at));
    }

    private static string WhatNowJa(ContractStage stage, bool workerWithdrawn, long priceYen) => (stage, workerWithdrawn) switch
    {
        (ContractStage.Contracted, _) => "この契約はキャンセルできます。",
        (ContractStage.EscrowFunded, true) =>
            $"作業は続けられないため、ワーカーの合意なしにこの契約をキャンセルでき、仮払い金（{priceYen:N0}円）は返金されます。",
        (ContractStage.EscrowFunded, false) =>
            "この契約はキャンセルでき、仮払い金はクライアントへ返金されます。納品した場合は、連絡催促申請を行うと、回答のないまま期限を過ぎた時点で支払いが確定します。",
        (_, true) => "納品済みのため、検収と支払い確定は通常どおり行えます。",
        _ => "納品済みのため、連絡催促申請を行うと、回答のないまま期限を過ぎた時点で支払いが確定します。",
    };
}
