using Platform.Abstractions.Common;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Users;
using Platform.Domain.Contracts;
using Platform.Grains.Statistics;

namespace Platform.Grains.Contracts;

/// <summary>
/// Undoes a revocation (<see cref="DisclosureWorkflow.Revoke"/>) once the measure behind it was undone: a reviewer
/// dismissed the detection whose automatic flag revoked the disclosure, and the flagged party has no flag left.
/// </summary>
internal static class DisclosureReinstatement
{
    /// <summary>The notice both parties get when the disclosure on their contract is given back (once per reinstatement).</summary>
    public const string Notice = "disclosure_reinstated";

    /// <summary>Why an approval was given back, as both parties read it on the record.</summary>
    public const string ApprovalJa = "運営の確認の結果、当事者への措置は取り消されたため、連絡先公開の承認を元に戻しました。";

    /// <summary>Why contact details held meanwhile are delivered once the approval is given back (followed by 「、」).</summary>
    private const string ReleasedWhy = "連絡先公開の承認が元に戻されたため";

    /// <summary>Why a request a revocation closed may be made again, as both parties read it on the record.</summary>
    public const string RequestJa = "運営の確認の結果、当事者への措置は取り消されました。この申請は承認されていないため、改めて申請できます。";

    /// <summary>
    /// Gives back what was revoked because <paramref name="userId"/> was flagged (the caller, the user's grain, found them
    /// with no flag left and neither restricted nor withdrawn), saves, and counts it in the month's statistics once
    /// (<see cref="ContractCounts"/>); or finds it given back already for that user.
    /// Returns the notice both parties are owed, null when there is nothing to give back: the disclosure was not revoked
    /// because of the user, the contract was cancelled, or a party may not exchange contact details (the user after all,
    /// or the other party, restricted, withdrawn or flagged since the request: the revocation then stands for them).
    /// </summary>
    public static async Task<Reinstatement?> ReinstateAsync(IContractHost host, string userId)
    {
        var s = host.State;
        var terms = host.Terms;
        if (s.RevokedFor != userId)
        {
            return null;
        }

        var other = userId == terms.ClientId ? terms.WorkerId : terms.ClientId;
        var approval = !s.RevokedPending;
        if (s.Disclosure != "revoked")
        {
            // Given back before for this user: the same notice again, so a retried dismissal delivers what a failed one did not.
            return s.DisclosureRequest is { ReinstatedAt: { } at } && s.Disclosure == (approval ? "approved" : "none")
                ? new Reinstatement(host.ContractId, false, approval, other, NoticeOf(host, approval, at))
                : null;
        }

        if (s.Stage == ContractRules.ToCode(ContractStage.Cancelled))
        {
            return null;
        }

        if (approval && await BarredAsync(host, userId) is { } barred)
        {
            if (barred != userId)
            {
                // The other party's own measure would have revoked it: undoing theirs gives it back.
                s.RevokedFor = barred;
                await host.SaveAsync();
            }

            return null;
        }

        var now = host.Now;
        s.Disclosure = approval ? "approved" : "none";
        s.DisclosureRequest = s.DisclosureRequest is { } r
            ? r with { Status = approval ? "approved" : r.Status, ReinstatedBy = "platform", ReinstatedAt = now, ReinstatedReasonJa = approval ? ApprovalJa : RequestJa }
            : null;
        host.Record("platform", Notice, approval
            ? "運営の確認の結果、当事者への措置が取り消されたため、連絡先公開の承認を元に戻しました。"
            : "運営の確認の結果、当事者への措置が取り消されたため、取り消されていた連絡先公開申請を改めて申請できるようにしました。", now);
        ContractCounts.Owe(host, now, Stats.DisclosureReinstated);
        // Contact details held meanwhile (pieces of a split detail pulled back into review) pass again, as after an approval.
        var released = approval ? HeldMessages.ReleaseContactHolds(host, ReleasedWhy, now) : [];
        await host.SaveAsync();
        await host.CountAsync();
        await HeldMessages.AnnounceReleasedAsync(host, released, ReleasedWhy);
        return new Reinstatement(host.ContractId, true, approval, other, NoticeOf(host, approval, now));
    }

    // Who may not exchange contact details, if anyone: the user with any flag or restricted or withdrawn; the other
    // party as a reviewer's approval would find them (DisclosureWorkflow.MeasureOn). The user first.
    private static async Task<string?> BarredAsync(IContractHost host, string userId)
    {
        var terms = host.Terms;
        var parties = await Task.WhenAll(
            host.Grains.Grain<IUserGrain>(terms.ClientId).GetPartyAsync(),
            host.Grains.Grain<IUserGrain>(terms.WorkerId).GetPartyAsync());
        if (parties.FirstOrDefault(p => p.UserId == userId) is { } user && (user.Flags.Count > 0 || user.Standing is "restricted" or "withdrawn"))
        {
            return userId;
        }

        for (var i = 0; i < parties.Length; i++)
        {
            if (parties[i].UserId != userId && DisclosureWorkflow.MeasureOn(parties[i], DisclosureWorkflow.FlagsAtRequest(host.State, i)) is not null)
            {
                return parties[i].UserId;
            }
        }

        return null;
    }

    private static NotificationView NoticeOf(IContractHost host, bool approval, DateTimeOffset at) => new(
        Notice,
        approval
            ? $"契約「{host.Terms.JobTitle}」：運営の確認の結果、措置は取り消されました。連絡先公開の承認を元に戻しましたので、連絡先をやり取りできます。なお、取り消しの間にブロックされたメッセージは配信されません。必要であれば改めてお送りください。"
            : $"契約「{host.Terms.JobTitle}」：運営の確認の結果、措置は取り消されました。取り消されていた連絡先公開申請は、改めて申請できます。",
        host.ContractId,
        at);
}
