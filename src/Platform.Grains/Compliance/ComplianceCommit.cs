using Platform.Abstractions.Compliance;
using Platform.Compliance.Abstractions;
using Platform.Grains.Common;

namespace Platform.Grains.Compliance;

/// <summary>The one save path every entity grain uses after a compliance decision.</summary>
internal static class ComplianceCommit
{
    /// <summary>
    /// Records the audit entry, writes the state, then dispatches the requested effects (only after the change is
    /// committed, so no effect points at an unsaved item) and records how each went. Every automatic block reaches the
    /// support team with its evidence, even when the deciding check asked for nothing more. <paramref name="save"/> is
    /// the grain's own write path (<see cref="StateWrites.SaveAsync{T}"/>, or a grain's <see cref="SharedWrites{T}"/>
    /// where its calls interleave). <paramref name="queueHold"/>: a hold that no grain path queues for review (a profile, a
    /// text withheld with a contract's step) goes to the support team here. <paramref name="reviewKey"/>: the key its grain
    /// queues the held entity itself under, for a detection of it to be that item (<see cref="EffectDispatcher.DispatchAsync"/>).
    /// </summary>
    public static async Task CommitAsync<T>(
        this IPersistentState<T> state, Func<Task> save, GateResult? result, EffectDispatcher effects, string kind, string id, bool queueHold = false,
        string? reviewKey = null)
        where T : IAuditedState
    {
        List<AuditEntry>? audit = null;
        if (result?.Audit is { } entry)
        {
            audit = state.State.Audit ??= [];
            audit.Add(entry);
        }

        await save();
        if (result is null)
        {
            return;
        }

        var requested = WithSupportNotice(result, id, queueHold);
        if (requested.Count > 0)
        {
            var outcomes = await effects.DispatchAsync(requested, result.Verdict.Findings, kind, id, result.ActorUserId, reviewKey);
            if (audit is not null)
            {
                audit[^1] = audit[^1] with { Effects = outcomes };
                await save();
            }
        }
    }

    // A block with no review or notice requested still notifies the support team, as does a hold that no other path
    // queues; held messages, proposals and posts are queued by their grain.
    private static IReadOnlyList<Effect> WithSupportNotice(GateResult result, string id, bool queueHold)
    {
        var notified = result.Effects.Any(e => e.Kind is EffectKind.NotifySupport or EffectKind.HoldForReview);
        var needed = result.Decision == Decision.Block || (result.Decision == Decision.Hold && queueHold);
        if (notified || !needed || result.Verdict.Findings.FirstOrDefault(f => f.Decision is "block" or "hold") is not { } top)
        {
            return result.Effects;
        }

        var effect = new Effect(result.Decision == Decision.Block ? EffectKind.NotifySupport : EffectKind.HoldForReview,
            result.ItemId ?? id, top.Code, top.ReasonJa);
        return [.. result.Effects, effect];
    }
}
