using Platform.Abstractions.Compliance;
using Platform.Grains.Common;

namespace Platform.Grains.Compliance;

/// <summary>The one save path every entity grain uses after a compliance decision.</summary>
internal static class ComplianceCommit
{
    /// <summary>
    /// Records the audit entry, writes the state, then dispatches the requested effects (only after the change is
    /// committed, so no effect points at an unsaved item) and records how each went.
    /// </summary>
    public static async Task CommitAsync<T>(
        this IPersistentState<T> state, IGrainContext grain, List<AuditEntry> audit, GateResult? result, EffectDispatcher effects, string kind, string id)
    {
        if (result?.Audit is { } entry)
        {
            audit.Add(entry);
        }

        await state.SaveAsync(grain);
        if (result is { Effects.Count: > 0 })
        {
            var outcomes = await effects.DispatchAsync(result.Effects, kind, id);
            if (result.Audit is not null)
            {
                audit[^1] = result.Audit with { Effects = outcomes };
                await state.SaveAsync(grain);
            }
        }
    }
}
