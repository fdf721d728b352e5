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
    /// </summary>
    public async Task<IReadOnlyList<EffectView>> DispatchAsync(
        IReadOnlyList<Effect> effects, IReadOnlyList<FindingView> findings, string sourceKind, string sourceId, string? actorUserId)
    {
        if (effects.Count == 0)
        {
            return [];
        }

        using var reentrancy = RequestContext.AllowCallChainReentrancy();
        var outcomes = new List<EffectView>(effects.Count);
        // What waits for a reviewer to uphold the detection travels with the review item this dispatch queues.
        EffectView[] whenUpheld = [.. effects.Where(e => e.WhenUpheld).Select(e => new EffectView(Verdicts.ToCode(e.Kind), e.TargetId, e.Code, e.ReasonJa, "deferred"))];
        foreach (var effect in effects)
        {
            string outcome;
            try
            {
                outcome = effect.WhenUpheld
                    ? "deferred: applied if a reviewer upholds the detection"
                    : await ApplyAsync(effect, findings, sourceKind, sourceId, actorUserId, whenUpheld);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Effect {Kind} on {Target} from {SourceKind} {SourceId} failed", effect.Kind, effect.TargetId, sourceKind, sourceId);
                outcome = $"failed: {ex.Message}";
            }

            outcomes.Add(new EffectView(Verdicts.ToCode(effect.Kind), effect.TargetId, effect.Code, effect.ReasonJa, outcome));
        }

        return outcomes;
    }

    /// <summary>
    /// What a flag, a warning or a hide does to the user or job it targets, done by <paramref name="by"/> (the platform at
    /// once, or a reviewer who upholds a detection whose effects waited for review). Returns the outcome.
    /// </summary>
    internal static async Task<string> ActAsync(IGrainFactory grains, EffectKind kind, string targetId, string code, string reasonJa, string by)
    {
        switch (kind)
        {
            case EffectKind.FlagUser or EffectKind.RevokeApprovals:
                var revoked = await grains.Grain<IUserGrain>(targetId).FlagAsync(code, reasonJa, by);
                return $"done: {revoked} approvals revoked";
            case EffectKind.WarnUser:
                var user = await grains.Grain<IUserGrain>(targetId).TakeStepAsync("warning", code, reasonJa, by);
                return $"done: standing {user.Standing}";
            case EffectKind.HideJob:
                await grains.Grain<IJobGrain>(targetId).HideAsync(code, reasonJa);
                return "done";
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an effect on a user or a job");
        }
    }

    private async Task<string> ApplyAsync(
        Effect effect, IReadOnlyList<FindingView> findings, string sourceKind, string sourceId, string? actorUserId, IReadOnlyList<EffectView> whenUpheld)
    {
        switch (effect.Kind)
        {
            case EffectKind.FlagUser or EffectKind.RevokeApprovals or EffectKind.WarnUser:
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
                await ReviewHooks.Queue(grains).EnqueueAsync(new NewReviewItem(
                    "detection", "auto", sourceKind, sourceId, itemId, sourceKind == "user" ? sourceId : actorUserId, category, decisive?.Code ?? effect.Code,
                    $"自動検知：{decisive?.ReasonJa ?? effect.ReasonJa}", effect.Kind == EffectKind.NotifySupport ? 3 : Math.Max(2, ReviewHooks.Severity(category)), BusinessCalendar.DueAfter(clock.GetUtcNow(), 1),
                    $"held-{sourceKind}-{sourceId}-{itemId ?? "self"}") { Findings = findings, LatestFindingsWin = true, WhenUpheld = whenUpheld });
                return "done: queued for review";
            }

            default:
                logger.LogInformation("Compliance effect {Kind} {Code} on {Target} from {SourceKind} {SourceId}: {Reason}",
                    effect.Kind, effect.Code, effect.TargetId, sourceKind, sourceId, effect.ReasonJa);
                return "recorded";
        }
    }
}
