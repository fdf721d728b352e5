using Platform.Abstractions.Common;
using Platform.Abstractions.Reviews;
using Platform.Abstractions.Users;
using Platform.Compliance.Abstractions;
using Platform.Domain.Trust;
using Platform.Grains.Compliance;

namespace Platform.Grains.Reviews;

/// <summary>
/// What a detection did at once to users (<see cref="NewReviewItem.Applied"/>: a check's flag or warning), once a reviewer
/// decided: confirmed with the detection, or given back with its dismissal (and what the flag took with it: the ladder
/// step the platform took for it, the disclosures it revoked). Adds what was given back to the decision's outcome.
/// </summary>
internal static class AutomaticEffects
{
    /// <summary>
    /// Settles <paramref name="item"/>'s automatic measures after the decision that said <paramref name="outcome"/>: a
    /// detection or report upheld, or a held change refused, confirms them; a detection dismissed, or a held change
    /// released, gives them back (<see cref="IUserGrain.ReleaseFlagAsync"/>, one call per user and code).
    /// </summary>
    public static async Task<(string En, string Ja)> SettleAsync(
        IGrainFactory grains, NewReviewItem item, bool approve, string reviewerId, string reasonJa, (string En, string Ja) outcome)
    {
        var measures = (item.Applied ?? []).Where(e => Verdicts.EffectKindOf(e.Kind) is EffectKind.FlagUser or EffectKind.RevokeApprovals or EffectKind.WarnUser)
            .Select(e => (User: e.TargetId, e.Code)).Distinct().ToArray();
        // Approving a held change releases it (the detection was wrong); approving a detection or a report upholds it.
        bool? dismissed = item.Kind switch
        {
            "detection" or "report" => !approve,
            "message" or "job" or "proposal" => approve,
            _ => null,
        };
        if (measures.Length == 0 || dismissed is null)
        {
            return outcome;
        }

        foreach (var (user, code) in measures)
        {
            if (dismissed == true)
            {
                outcome = GivenBack(outcome, user, await grains.Grain<IUserGrain>(user).ReleaseFlagAsync(code, item.Key, reviewerId, reasonJa));
            }
            else
            {
                await grains.Grain<IUserGrain>(user).ConfirmFlagAsync(code, item.Key);
            }
        }

        return outcome;
    }

    /// <summary><paramref name="outcome"/> with what <paramref name="release"/> gave back to <paramref name="user"/>, in short English and in Japanese.</summary>
    public static (string En, string Ja) GivenBack((string En, string Ja) outcome, string user, FlagRelease release)
    {
        var (en, ja) = outcome;
        if (release.Code != "mass_send")
        {
            (en, ja) = release.Removed
                ? ($"{en}; flag {release.Code} of user {user} removed", $"{ja}ユーザー「{user}」のフラグ（{release.Code}）を外しました。")
                : release.KeptForOthers
                    ? ($"{en}; flag {release.Code} of user {user} kept (set by another detection or a reviewer)",
                        $"{ja}ユーザー「{user}」のフラグ（{release.Code}）は、ほかの検知や担当者の判断でも付いているため残しています。")
                    : (en, ja);
        }

        if (release.StepsLifted.Count > 0)
        {
            en += $"; automatic steps lifted: {string.Join(", ", release.StepsLifted)}";
            ja += $"自動で行った措置（{string.Join("・", release.StepsLifted.Select(WarningLadder.NameJa))}）を解除しました。";
        }

        switch (release.NotReinstatedBecause)
        {
            case null:
                en += $"; disclosures reinstated: {release.Reinstated}" + (release.Reopened > 0 ? $", requests open again: {release.Reopened}" : "");
                ja += (release.Reinstated > 0 ? $"連絡先公開の承認を{release.Reinstated}件元に戻しました。" : "")
                    + (release.Reopened > 0 ? $"取り消されていた連絡先公開申請{release.Reopened}件を、改めて申請できるようにしました。" : "");
                break;
            case var because:
                en += $"; revoked disclosures stay revoked: user {user} {because}";
                ja += $"ユーザー「{user}」は{because switch { "restricted" => "利用制限中", "withdrawn" => "強制退会の措置中", _ => "ほかのフラグが残っている" }}ため、取り消した連絡先公開の承認は元に戻していません。";
                break;
        }

        return (en, ja);
    }
}
