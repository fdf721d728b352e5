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
    /// where its calls interleave).
    /// </summary>
    public static async Task CommitAsync<T>(
        this IPersistentState<T> state, Func<Task> save, GateResult? result, EffectDispatcher effects, string kind, string id)
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

        var requested = WithSupportNotice(result, kind, id);
        if (requested.Count > 0)
        {
            var outcomes = await effects.DispatchAsync(requested, result.Verdict.Findings, kind, id);
            if (audit is not null)
            {
                audit[^1] = audit[^1] with { Effects = outcomes };
                await save();
            }
        }
    }

    // A block with no review or notice requested still notifies the support team, as does a held profile (no other
    // path queues it); held messages, proposals and posts are queued by their grain.
    private static IReadOnlyList<Effect> WithSupportNotice(GateResult result, string kind, string id)
    {
        var notified = result.Effects.Any(e => e.Kind is EffectKind.NotifySupport or EffectKind.HoldForReview);
        var needed = result.Decision == Decision.Block || (result.Decision == Decision.Hold && kind == "user");
        if (notified || !needed || result.Verdict.Findings.FirstOrDefault(f => f.Decision is "block" or "hold") is not { } top)
        {
            return result.Effects;
        }

        var effect = new Effect(result.Decision == Decision.Block ? EffectKind.NotifySupport : EffectKind.HoldForReview,
            result.ItemId ?? id, top.Code, top.ReasonJa);
        return [.. result.Effects, effect];
    }
}
