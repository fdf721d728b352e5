using Microsoft.Extensions.Logging;
using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Users;
using Platform.Abstractions.Reviews;
using Platform.Compliance.Abstractions;
using Platform.Domain.Trust;
using Platform.Grains.Reviews;

namespace Platform.Grains.Compliance;

/// <summary>
/// Sends the effects a decision requested to the grains they concern, after the deciding grain has
/// committed its own state. Call-chain reentrancy lets a flagged user's fan-out reach back into the
/// contract that raised the flag without deadlocking.
/// </summary>
internal sealed class EffectDispatcher(IGrainFactory grains, TimeProvider clock, ILogger<EffectDispatcher> logger)
{
    /// <summary>
    /// Applies <paramref name="effects"/>; review items raised by them carry <paramref name="findings"/> as evidence and
    /// are about <paramref name="actorUserId"/>, who made the change (a reviewer who confirms one flags that user).
    /// <paramref name="ownKey"/>: the key of the review item of the source itself, when its grain files it under a key of
    /// its own (a held job post's, <c>held-job-{id}-r{N}</c>), so the detection and the held text are one item.
    /// </summary>
    public async Task<IReadOnlyList<EffectView>> DispatchAsync(
        IReadOnlyList<Effect> effects, IReadOnlyList<FindingView> findings, string sourceKind, string sourceId, string? actorUserId, string? ownKey = null)
    {
        if (effects.Count == 0)
        {
            return [];
        }

        using var reentrancy = RequestContext.AllowCallChainReentrancy();
        var outcomes = new EffectView[effects.Count];
        // What waits for a reviewer to uphold the detection travels with the review item this dispatch queues.
        EffectView[] whenUpheld = [.. effects.Where(e => e.WhenUpheld).Select(e => new EffectView(Verdicts.ToCode(e.Kind), e.TargetId, e.Code, e.ReasonJa, "deferred"))];
        // So does what it did at once to users, for a reviewer's dismissal to take back; the users' measures name that
        // item (its key) as their source. They are applied first: once the item is queued a reviewer may dismiss it, and
        // a flag set after that dismissal would stay.
        var review = ReviewKey(effects, sourceKind, sourceId, ownKey);
        var applied = new List<EffectView>();
        foreach (var i in Enumerable.Range(0, effects.Count).OrderBy(i => OnUser(effects[i]) ? 0 : 1))
        {
            var effect = effects[i];
            string outcome;
            try
            {
                outcome = effect.WhenUpheld
                    ? "deferred: applied if a reviewer upholds the detection"
                    : await ApplyAsync(effect, findings, sourceKind, sourceId, actorUserId, whenUpheld, review, applied, ownKey);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Effect {Kind} on {Target} from {SourceKind} {SourceId} failed", effect.Kind, effect.TargetId, sourceKind, sourceId);
                outcome = $"failed: {ex.Message}";
            }

            outcomes[i] = new EffectView(Verdicts.ToCode(effect.Kind), effect.TargetId, effect.Code, effect.ReasonJa, outcome);
            if (!effect.WhenUpheld && OnUser(effect) && outcome.StartsWith("done", StringComparison.Ordinal))
            {
                applied.Add(outcomes[i]);
            }
        }

        return outcomes;
    }

    // A flag or a warning: a measure against a user that a dismissal of the detection takes back.
    private static bool OnUser(Effect effect) => effect.Kind is EffectKind.FlagUser or EffectKind.RevokeApprovals or EffectKind.WarnUser;

    // The key of the review item this dispatch queues for the detection (the first hold or notice asked for), if any.
    private static string? ReviewKey(IReadOnlyList<Effect> effects, string sourceKind, string sourceId, string? ownKey) =>
        effects.FirstOrDefault(e => !e.WhenUpheld && e.Kind is EffectKind.HoldForReview or EffectKind.NotifySupport) is { } review
            ? ItemKey(sourceKind, sourceId, review.TargetId, ownKey)
            : null;

    private static string ItemKey(string sourceKind, string sourceId, string targetId, string? ownKey) =>
        targetId == sourceId && ownKey is not null ? ownKey : $"held-{sourceKind}-{sourceId}-{(targetId == sourceId ? "self" : targetId)}";

    /// <summary>
    /// What a flag, a warning or a hide does to the user or job it targets, done by <paramref name="by"/> (the platform at
    /// once, or a reviewer who upholds a detection whose effects waited for review). <paramref name="source"/>: the key of
    /// the review item of the detection, when the platform acts at once and queues one. Returns the outcome.
    /// </summary>
    internal static async Task<string> ActAsync(IGrainFactory grains, EffectKind kind, string targetId, string code, string reasonJa, string by, string? source = null)
    {
        switch (kind)
        {
            case EffectKind.FlagUser or EffectKind.RevokeApprovals:
                var revoked = await grains.Grain<IUserGrain>(targetId).FlagAsync(code, reasonJa, by, source);
                return revoked.Requests > 0 ? $"done: {revoked.Approvals} approvals revoked, {revoked.Requests} pending requests closed" : $"done: {revoked.Approvals} approvals revoked";
            case EffectKind.WarnUser:
                var user = await grains.Grain<IUserGrain>(targetId).TakeStepAsync("warning", code, reasonJa, by, source);
                return $"done: standing {user.Standing}";
            case EffectKind.HideJob:
                await grains.Grain<IJobGrain>(targetId).HideAsync(code, reasonJa);
                return "done";
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an effect on a user or a job");
        }
    }

    private async Task<string> ApplyAsync(
        Effect effect, IReadOnlyList<FindingView> findings, string sourceKind, string sourceId, string? actorUserId, IReadOnlyList<EffectView> whenUpheld,
        string? review, IReadOnlyList<EffectView> applied, string? ownKey)
    {
        switch (effect.Kind)
        {
            case EffectKind.FlagUser or EffectKind.RevokeApprovals or EffectKind.WarnUser:
                return await ActAsync(grains, effect.Kind, effect.TargetId, effect.Code, effect.ReasonJa, "platform", review);

            case EffectKind.HideJob when !(sourceKind == "job" && sourceId == effect.TargetId):
                return await ActAsync(grains, effect.Kind, effect.TargetId, effect.Code, effect.ReasonJa, "platform");

            case EffectKind.HideJob:
                return "done: applied by the deciding job";

            case EffectKind.HoldForReview or EffectKind.NotifySupport:
            {
                var itemId = effect.TargetId == sourceId ? null : effect.TargetId;
                // Filed under the decisive finding: a block outranks the hold that asked for the review (a reviewer
                // filtering by category finds a blocked change under what blocked it).
                var own = findings.FirstOrDefault(f => f.Code == effect.Code);
                var decisive = findings.FirstOrDefault(f => f.Decision == "block") ?? (own is { Decision: "hold" } ? own : null)
                    ?? findings.FirstOrDefault(f => f.Decision == "hold") ?? own;
                var category = decisive?.Category;
                var key = ItemKey(sourceKind, sourceId, effect.TargetId, ownKey);
                await ReviewHooks.Queue(grains).EnqueueAsync(new NewReviewItem(
                    "detection", "auto", sourceKind, sourceId, itemId, sourceKind == "user" ? sourceId : actorUserId, category, decisive?.Code ?? effect.Code,
                    $"自動検知：{decisive?.ReasonJa ?? effect.ReasonJa}", effect.Kind == EffectKind.NotifySupport ? 3 : Math.Max(2, ReviewHooks.Severity(category)), BusinessCalendar.DueAfter(clock.GetUtcNow(), 1),
                    key) { Findings = findings, LatestFindingsWin = true, WhenUpheld = whenUpheld, Applied = key == review ? [.. applied] : [] });
                return "done: queued for review";
            }

            default:
                logger.LogInformation("Compliance effect {Kind} {Code} on {Target} from {SourceKind} {SourceId}: {Reason}",
                    effect.Kind, effect.Code, effect.TargetId, sourceKind, sourceId, effect.ReasonJa);
                return "recorded";
        }
    }
}
