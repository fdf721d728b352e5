using Platform.Compliance.Abstractions;

namespace Platform.Compliance;

/// <summary>The engine's answer for one state change.</summary>
/// <param name="Decision">
/// The strictest decision over the findings of enforce-mode runs (among them the <see cref="CheckUnavailable"/> hold of
/// each check with <see cref="FailurePolicy.FailClosed"/> that failed, timed out or was skipped);
/// <see cref="Abstractions.Decision.Allow"/> when there is none.
/// </param>
/// <param name="Runs">Every run, enforce and shadow, in registry order.</param>
public sealed record EngineVerdict(Decision Decision, IReadOnlyList<CheckRun> Runs)
{
    /// <summary>A verdict with no runs.</summary>
    public static EngineVerdict Empty { get; } = new(Decision.Allow, []);

    /// <summary>Findings of enforce-mode runs.</summary>
    public IEnumerable<Finding> EnforcedFindings => EnforcedIn(Runs);

    /// <summary>
    /// Findings of the enforce-mode runs among <paramref name="runs"/> (a run that did not end Ok has none, but for the
    /// <see cref="CheckUnavailable"/> hold of a fail-closed check).
    /// </summary>
    public static IEnumerable<Finding> EnforcedIn(IEnumerable<CheckRun> runs)
    {
        foreach (var run in runs)
        {
            if (run.Mode != CheckMode.Enforce)
            {
                continue;
            }

            foreach (var finding in run.Findings)
            {
                yield return finding;
            }
        }
    }

    /// <summary>Effects requested by the findings of enforce-mode runs.</summary>
    public IEnumerable<Effect> Effects
    {
        get
        {
            foreach (var finding in EnforcedFindings)
            {
                foreach (var effect in finding.Effects)
                {
                    yield return effect;
                }
            }
        }
    }
}
