using Platform.Compliance.Abstractions;

namespace Platform.Compliance;

/// <summary>One loaded check, as shown to staff.</summary>
/// <param name="Name">The check's name.</param>
/// <param name="Version">The check's version.</param>
/// <param name="PluginName">The plugin (folder) the check came from.</param>
/// <param name="AssemblyPath">The plugin's main assembly.</param>
/// <param name="Mode">Enforce or shadow.</param>
/// <param name="LoadedAt">When this version was loaded.</param>
/// <param name="Subscribes">The change kinds it runs on.</param>
/// <param name="OnFailure">What a failure means.</param>
/// <param name="Quarantined">True when skipped after repeated time-outs or failures, until reloaded.</param>
/// <param name="QuarantineReason">Why it is quarantined; null when it is not.</param>
/// <param name="LastError">The latest failure or time-out of this version (exception type and message, or the limit); null when none.</param>
/// <param name="Evaluations">Runs that ended (ok, failed or timed out).</param>
/// <param name="FindingsByDecision">Findings returned, by decision.</param>
/// <param name="Failures">Runs that threw.</param>
/// <param name="Timeouts">Runs that went past the time limit.</param>
/// <param name="Skipped">Runs skipped (quarantine, too many in flight).</param>
/// <param name="TotalMs">Total run time in milliseconds.</param>
public sealed record PluginStatus(
    string Name,
    string Version,
    string PluginName,
    string AssemblyPath,
    CheckMode Mode,
    DateTimeOffset LoadedAt,
    IReadOnlyList<ChangeKind> Subscribes,
    FailurePolicy OnFailure,
    bool Quarantined,
    string? QuarantineReason,
    string? LastError,
    long Evaluations,
    IReadOnlyDictionary<Decision, long> FindingsByDecision,
    long Failures,
    long Timeouts,
    long Skipped,
    double TotalMs);
