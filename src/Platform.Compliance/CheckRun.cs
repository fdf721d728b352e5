using Platform.Compliance.Abstractions;

namespace Platform.Compliance;

/// <summary>What one check did with one state change.</summary>
/// <param name="Name">The check's name.</param>
/// <param name="Version">The check's version.</param>
/// <param name="Mode">The mode the check ran in; shadow runs never affect the decision.</param>
/// <param name="Status">How the run ended.</param>
/// <param name="Findings">
/// What the check found; a run that did not end <see cref="CheckRunStatus.Ok"/> has none, unless its check is
/// fail-closed: then the engine's <see cref="CheckUnavailable"/> hold.
/// </param>
/// <param name="ElapsedMs">Wall time of the run in milliseconds (up to the time limit for abandoned runs).</param>
/// <param name="Error">Why the run failed, timed out or was skipped; null when it ended normally.</param>
public sealed record CheckRun(
    string Name,
    string Version,
    CheckMode Mode,
    CheckRunStatus Status,
    IReadOnlyList<Finding> Findings,
    double ElapsedMs,
    string? Error);
