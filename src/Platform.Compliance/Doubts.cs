using Platform.Compliance.Abstractions;

namespace Platform.Compliance;

/// <summary>
/// How the engine honours <see cref="Finding.Doubts"/>: a block in a doubted category counts as a hold, asks for the
/// review at once and for its other effects only when a reviewer upholds it. The evaluation tool applies the same rule,
/// so its figures are the engine's.
/// </summary>
public static class Doubts
{
    /// <summary>The categories doubted by <paramref name="findings"/>, or null when none is.</summary>
    public static HashSet<string>? Categories(IEnumerable<Finding> findings)
    {
        HashSet<string>? doubted = null;
        foreach (var finding in findings)
        {
            if (finding.Doubts)
            {
                (doubted ??= new HashSet<string>(StringComparer.Ordinal)).Add(finding.Category);
            }
        }

        return doubted;
    }

    /// <summary>
    /// <paramref name="findings"/> with every block in a <paramref name="doubted"/> category made a hold; the same
    /// list when nothing changes.
    /// </summary>
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, HashSet<string> doubted)
    {
        Finding[]? copy = null;
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            if (f.Decision == Decision.Block && doubted.Contains(f.Category))
            {
                copy ??= [.. findings];
                copy[i] = f with { Decision = Decision.Hold, ReasonJa = ForReview(f.ReasonJa), Effects = ReviewFirst(f.Effects) };
            }
        }

        return copy ?? findings;
    }

    // A doubted block's reason says the text waits for a reviewer, not that it was refused ("…送信・掲載できません"); the
    // sentence added to a reason that does not say it follows the reason's own last sentence, ended if it is not.
    private static string ForReview(string reasonJa) =>
        reasonJa.Contains(Refused, StringComparison.Ordinal)
            ? reasonJa.Replace(Refused, "担当者が確認するまで保留されます", StringComparison.Ordinal)
            : reasonJa.Contains("保留", StringComparison.Ordinal) ? reasonJa : Ended(reasonJa) + "担当者が確認するまで保留されます。";

    private static string Ended(string sentence)
    {
        var trimmed = sentence.TrimEnd();
        return trimmed.Length == 0 || "。！？!?．.".Contains(trimmed[^1], StringComparison.Ordinal) ? trimmed : trimmed + "。";
    }

    private const string Refused = "送信・掲載できません";

    // A doubted block asks for review instead of an immediate notice, and for nothing done to anyone before a reviewer
    // upholds it.
    private static Effect[] ReviewFirst(IReadOnlyList<Effect> effects) =>
    [
        .. effects.Select(e => e.Kind is EffectKind.NotifySupport or EffectKind.HoldForReview
            ? e with { Kind = EffectKind.HoldForReview }
            : e with { WhenUpheld = true }),
    ];
}
