using Platform.Domain.Common;
using Platform.Domain.Contracts;

namespace Platform.Domain.Trust;

/// <summary>Contact disclosure requests (連絡先公開申請): who may ask, when, and when the platform approves at once.</summary>
public static class DisclosureRules
{
    /// <summary>Business days within which a request is decided.</summary>
    public const int DecisionBusinessDays = 2;

    /// <summary>Refuses a request the contract's stage or disclosure status does not allow; null when allowed.</summary>
    public static DomainProblem? CanRequest(ContractStage stage, string disclosure)
    {
        if (stage == ContractStage.Cancelled)
        {
            // Cancelled before or after escrow (by a party, an agreed early termination or an unanswered nudge): it has ended.
            return DomainProblem.Conflict("disclosure.contract_ended", "契約がキャンセルされているため、連絡先公開申請はできません。連絡先公開申請は仮払い後の契約（納品・検収・支払い確定の後も含み、キャンセルされた契約を除く）で行えます。");
        }

        if (stage is not (ContractStage.EscrowFunded or ContractStage.Delivered or ContractStage.Accepted or ContractStage.Paid))
        {
            return DomainProblem.Conflict("disclosure.not_funded", "連絡先公開申請は仮払い後の契約でのみ行えます。");
        }

        return disclosure switch
        {
            "requested" => DomainProblem.Conflict("disclosure.pending", "連絡先公開申請は審査中です。結果をお待ちください。"),
            "approved" => DomainProblem.Conflict("disclosure.already_approved", "連絡先公開は既に承認されています。"),
            "revoked" => DomainProblem.Conflict("disclosure.revoked", "この契約の連絡先公開は、当事者への運営の措置により取り消されているため、再申請できません。"),
            _ => null,
        };
    }

    /// <summary>
    /// True when the parties' records make the decision clear: both in good standing, no reputation flags,
    /// and each with at least one completed contract besides this one.
    /// </summary>
    public static bool IsClear(PartyRecord client, PartyRecord worker) => IsClear(client) && IsClear(worker);

    private static bool IsClear(PartyRecord party) =>
        party.Standing == "good" && party.FlagCount == 0 && party.CompletedOtherContracts >= 1;
}
