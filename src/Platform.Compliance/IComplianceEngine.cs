using Platform.Compliance.Abstractions;

namespace Platform.Compliance;

/// <summary>Runs the loaded compliance checks on a state change.</summary>
public interface IComplianceEngine
{
    /// <summary>
    /// Runs every loaded check subscribed to <see cref="StateChange.Change"/>, concurrently, each with its
    /// time limit and exception isolation, and combines the enforce-mode results into one verdict.
    /// </summary>
    ValueTask<EngineVerdict> EvaluateAsync(StateChange change, CancellationToken cancellationToken = default);
}
