using Platform.Abstractions.Common;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Reviews;
using Platform.Abstractions.Users;
using Platform.Compliance.Abstractions;
using Platform.Grains.Contracts;
using Platform.Grains.Compliance;
using Platform.Grains.Jobs;
using Platform.Grains.Users;

namespace Platform.Grains.Reviews;

/// <summary>Applies a reviewer's decision to the item it concerns and says what it did, in short English and in Japanese.</summary>
internal static class ReviewDecisions
{
    public static async Task<(string Outcome, string OutcomeJa)> ApplyAsync(IGrainFactory grains, ReviewItemView view, bool approve, string reviewerId, string reasonJa) =>
        await AutomaticEffects.SettleAsync(grains, view.Item, approve, reviewerId, reasonJa, await DecideAsync(grains, view, approve, reviewerId, reasonJa));

    private static async Task<(string Outcome, string OutcomeJa)> DecideAsync(IGrainFactory grains, ReviewItemView view, bool approve, string reviewerId, string reasonJa)
    {
        var item = view.Item;
        switch (item.Kind)
        {
            case "message" when item.SourceKind == "contract":
                var message = await grains.Grain<IContractGrain>(item.SourceId).ResolveHeldMessageAsync(item.ItemId!, approve, reviewerId, reasonJa);
                var delivered = message.Status == "delivered";
                return WithUpheld(
                    ($"message {message.Status}", delivered ? "メッセージを相手方に配信しました。" : "メッセージは配信せず、ブロックしました。"),
                    approve ? 0 : await UpheldAsync(grains, item, reviewerId, flaggedAlready: null));
            case "message" or "job" or "proposal":
                // A held post's key names the revision the reviewer read (held-job-{id}-r{N}).
                var itemId = item.Kind == "job" && item.ItemId is null ? JobReviews.RevisionItemOf(item.SourceId, item.Key) : item.ItemId;
                var note = await grains.Grain<IJobGrain>(item.SourceId).ResolveReviewAsync(itemId, approve, reviewerId, reasonJa);
                var what = item.Kind switch
                {
                    "job" => "募集",
                    "proposal" => "提案",
                    _ => "メッセージ",
                };
                if (approve)
                {
                    return note is null
                        ? ($"{item.Kind} released", item.Kind == "job" ? "募集を公開しました。" : $"{what}を相手方に届けました。")
                        : (note.Code is { } code ? $"{item.Kind} not released: {code}" : $"{item.Kind} not released", note.TextJa);
                }

                return WithUpheld(
                    ($"{item.Kind} blocked", item.Kind == "job" ? "募集を非公開にしました。" : $"{what}は相手方に届けず、ブロックしました。"),
                    await UpheldAsync(grains, item, reviewerId, flaggedAlready: null));
            case "disclosure":
                var contract = await grains.Grain<IContractGrain>(item.SourceId).DecideDisclosureAsync(approve, reviewerId, reasonJa);
                return ($"disclosure {contract.Disclosure}", contract.Disclosure == "approved" ? "連絡先公開申請を承認しました。" : "連絡先公開申請を却下しました。");
            case "report" or "detection" when approve && item.SubjectUserId is { } subject:
                var revoked = await grains.Grain<IUserGrain>(subject).FlagAsync($"{item.Kind}.{view.Id}", reasonJa, reviewerId);
                if (item.SourceKind == "job" && item.ItemId is null)
                {
                    await grains.Grain<IJobGrain>(item.SourceId).HideAsync($"{item.Kind}.upheld", reasonJa);
                }

                return WithUpheld(
                    ($"user {subject} flagged; disclosures revoked: {revoked.Approvals + revoked.Requests}",
                        $"ユーザー「{subject}」を違反として記録しました。{DisclosureWorkflow.RevokedJa(revoked)}"),
                    await UpheldAsync(grains, item, reviewerId, flaggedAlready: subject));
            case "detection" when !approve && item.Code == MassSends.Code && item.SubjectUserId is { } sender:
                // No campaign after all: the flag goes, with what it took (the copies are released by the queue, MassSendReviews).
                var cleared = await grains.Grain<IUserGrain>(sender).ClearMassSendAsync(reviewerId, reasonJa);
                return AutomaticEffects.GivenBack(cleared.Removed
                    ? ($"dismissed; mass_send flag of user {sender} removed", $"一斉送信の検知を取り消し、ユーザー「{sender}」の一斉送信フラグを外しました。")
                    : ($"dismissed; user {sender} had no mass_send flag", $"一斉送信の検知を取り消しました（ユーザー「{sender}」にフラグはありませんでした）。"), sender, cleared);
            case "detection" when !approve && item.SourceKind == "user":
                // A profile held or blocked by a detection the reviewer dismissed is shown again.
                var released = await grains.Grain<IUserGrain>(item.SourceId).ReleaseProfileAsync(item.Findings, reviewerId, reasonJa);
                return released
                    ? ("dismissed; profile released", "検知を取り消し、プロフィールを再び公開しました。")
                    : ("dismissed; the profile has changed since", "検知を取り消しました。プロフィールはその後変更されているため、そのままにしています。");
            case "detection" when !approve && item.SourceKind == "contract" && item.ItemId is { } withheld:
                // A text withheld with a contract's step whose detection the reviewer dismissed is shown.
                var shown = await grains.Grain<IContractGrain>(item.SourceId).ReleaseWithheldTextAsync(withheld, item.Findings, reviewerId, reasonJa);
                return shown ? ("dismissed; text released", "検知を取り消し、非表示にしていた文面を表示しました。") : ("dismissed", "検知を取り消しました。");
            case "report" or "detection":
                return approve ? ("confirmed", "違反として確認しました。") : ("dismissed", item.Kind == "report" ? "申告を退けました。" : "検知を取り消しました。");
            default:
                throw new PlatformException("invalid", "review.unknown_kind", $"種類「{item.Kind}」の審査項目は処理できません。", "kind");
        }
    }

    private static (string, string) WithUpheld((string En, string Ja) outcome, int applied) => applied == 0
        ? outcome
        : ($"{outcome.En}; deferred effects applied: {applied}", $"{outcome.Ja}保留していた措置を{applied}件実行しました。");

    // What the detection asked for once upheld (a doubted block's flag of its writer): applied now, by the reviewer. The
    // subject a detection's upholding has just flagged is not flagged twice, and a job post refused here is hidden already.
    // Returns how many were applied.
    private static async Task<int> UpheldAsync(IGrainFactory grains, NewReviewItem item, string reviewerId, string? flaggedAlready)
    {
        var applied = 0;
        foreach (var e in item.WhenUpheld ?? [])
        {
            var kind = Verdicts.EffectKindOf(e.Kind);
            var done = kind switch
            {
                EffectKind.FlagUser or EffectKind.RevokeApprovals => e.TargetId == flaggedAlready,
                EffectKind.HideJob => item.SourceKind == "job" && item.SourceId == e.TargetId,
                EffectKind.WarnUser => false,
                _ => true,
            };
            if (!done)
            {
                await EffectDispatcher.ActAsync(grains, kind, e.TargetId, e.Code, e.ReasonJa, reviewerId);
                applied++;
            }
        }

        return applied;
    }

    /// <summary>A report target id: the container (job or contract) and, after a ':', the item in it (proposal or message).</summary>
    public static (string Container, string? Item) SplitTarget(string targetId) =>
        targetId.Split(':', 2) is [var c, var i] ? (c, i) : (targetId, null);

    /// <summary>Who a report is about, or null when the target does not exist.</summary>
    public static async Task<(string SourceKind, string SourceId, string? ItemId, string? Subject)?> ResolveTargetAsync(IGrainFactory grains, string kind, string targetId)
    {
        var (container, item) = SplitTarget(targetId);
        switch (kind)
        {
            case "user":
                var party = await grains.Grain<IUserGrain>(targetId).GetPartyAsync();
                return party.Registered ? ("user", targetId, null, targetId) : null;
            case "job" when item is null:
                var owner = await grains.Grain<IJobGrain>(targetId).GetAuthorAsync(null);
                return owner is null ? null : ("job", targetId, null, owner);
            case "proposal" when item is not null:
                var worker = await grains.Grain<IJobGrain>(container).GetAuthorAsync(item);
                return worker is null ? null : ("job", container, item, worker);
            case "message" when item is not null && item.StartsWith('m'):
                var sender = await grains.Grain<IContractGrain>(container).GetAuthorAsync(item);
                return sender is null ? null : ("contract", container, item, sender);
            case "message" when item is not null:
                var writer = await grains.Grain<IJobGrain>(container).GetAuthorAsync(item);
                return writer is null ? null : ("job", container, item, writer);
            default:
                return null;
        }
    }
}
