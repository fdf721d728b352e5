using Platform.Grains.Common;

namespace Platform.Grains.Contracts;

/// <summary>
/// What the parties are told of a cancellation and of an early-termination request and its answer, in Japanese, with
/// the acting party's shown name (the ids stay in the notification's fields).
/// </summary>
internal static class ContractNotices
{
    public static async Task CancelledAsync(IContractHost host, string actorId, bool escrowRefunded, string reasonShown)
    {
        var terms = host.Terms;
        var name = await Parties.ShownNameAsync(host.Grains, actorId);
        var refund = escrowRefunded ? $"仮払い金（{terms.PriceYen:N0}円）はクライアントへ返金されます。" : "";
        host.Notify(OtherParty(host, actorId), "contract_cancelled", $"契約「{terms.JobTitle}」は相手方（{name}）によりキャンセルされました。{refund}理由：{reasonShown}");
    }

    public static async Task TerminationRequestedAsync(IContractHost host, string actorId, string reasonShown)
    {
        var terms = host.Terms;
        var name = await Parties.ShownNameAsync(host.Grains, actorId);
        host.Notify(actorId, "termination_requested", $"契約「{terms.JobTitle}」の契約途中終了リクエストを送りました。相手方の回答をお待ちください。");
        host.Notify(OtherParty(host, actorId), "termination_requested",
            $"契約「{terms.JobTitle}」で相手方（{name}）から契約途中終了リクエストが届きました。合意するか拒否するかを回答してください。理由：{reasonShown}");
    }

    public static async Task TerminationAnsweredAsync(IContractHost host, string responderId, string requesterId, bool accepted)
    {
        var terms = host.Terms;
        var name = await Parties.ShownNameAsync(host.Grains, responderId);
        var outcome = accepted
            ? $"契約はキャンセルされ、仮払い金（{terms.PriceYen:N0}円）はクライアントへ返金されます。"
            : "契約は引き続き有効です。";
        var type = accepted ? "termination_accepted" : "termination_refused";
        // 合意する takes に (リクエストに合意), 拒否する takes を (リクエストを拒否).
        var request = $"契約「{terms.JobTitle}」の契約途中終了リクエスト";
        host.Notify(requesterId, type, accepted ? $"{request}に、相手方（{name}）が合意しました。{outcome}" : $"{request}を相手方（{name}）が拒否しました。{outcome}");
        host.Notify(responderId, type, accepted ? $"{request}に合意しました。{outcome}" : $"{request}を拒否しました。{outcome}");
    }

    private static string OtherParty(IContractHost host, string userId) =>
        userId == host.Terms.ClientId ? host.Terms.WorkerId : host.Terms.ClientId;
}
