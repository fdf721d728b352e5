namespace Platform.Compliance.Abstractions;

/// <summary>
/// A compliance check shipped in a plugin DLL. The host creates one instance per load with a public
/// parameterless constructor. Implementations must be thread-safe and stateless across calls
/// (no static mutable state): the same instance evaluates many changes at once.
/// </summary>
public interface IComplianceCheck
{
    /// <summary>Name, version, subscriptions, default mode and failure policy.</summary>
    CheckInfo Info { get; }

    /// <summary>
    /// Evaluates one state change and returns what was found; an empty list means nothing to say.
    /// Long-running checks should observe <paramref name="cancellationToken"/>; the engine cuts off
    /// a check that runs past its time limit whether or not it does. The token belongs to this call
    /// only: once the call has returned, the engine reuses its source for later runs, so a check must
    /// not keep the token (or a registration on it) past its return.
    /// </summary>
    IReadOnlyList<Finding> Evaluate(StateChange change, CancellationToken cancellationToken);
}
