namespace Platform.Compliance.Abstractions;

/// <summary>What a check declares about itself.</summary>
/// <param name="Name">Unique name, e.g. <c>contact-details</c>.</param>
/// <param name="Version">Version string, e.g. <c>1.2.0</c>; shown in the audit trail.</param>
/// <param name="Subscribes">The change kinds the check runs on.</param>
/// <param name="DefaultMode">The mode the check starts in when first loaded.</param>
/// <param name="OnFailure">What a throw or a time-out means.</param>
public sealed record CheckInfo(
    string Name,
    string Version,
    IReadOnlyList<ChangeKind> Subscribes,
    CheckMode DefaultMode = CheckMode.Enforce,
    FailurePolicy OnFailure = FailurePolicy.FailOpen)
{
    /// <summary>Time limit per evaluation; null takes the engine's default.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// True for a check that reads the other checks' findings (<see cref="StateChange.Findings"/>), such as a trained
    /// scorer that takes the rules' findings as features: it runs after every check that does not, once they are done.
    /// </summary>
    public bool ReadsFindings { get; init; }
}
