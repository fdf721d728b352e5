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
    public IReadOnlyList<Finding> EnforcedFindings => EnforcedIn(Runs, 0, Runs.Count);

    /// <summary>
    /// Findings of the enforce-mode runs among <paramref name="count"/> runs from <paramref name="start"/> (a run that did
    /// not end Ok has none, but for the <see cref="CheckUnavailable"/> hold of a fail-closed check), in run order. One
    /// array, or none at all when there is no finding: it is read several times for every change.
    /// </summary>
    public static Finding[] EnforcedIn(IReadOnlyList<CheckRun> runs, int start, int count)
    {
        var total = 0;
        for (var i = start; i < start + count; i++)
        {
            total += runs[i].Mode == CheckMode.Enforce ? runs[i].Findings.Count : 0;
        }

        if (total == 0)
        {
            return [];
        }

        var findings = new Finding[total];
        var n = 0;
        for (var i = start; i < start + count; i++)
        {
            if (runs[i].Mode == CheckMode.Enforce)
            {
                foreach (var finding in runs[i].Findings)
                {
                    findings[n++] = finding;
                }
            }
        }

        return findings;
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
