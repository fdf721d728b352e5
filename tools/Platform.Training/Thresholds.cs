using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Platform.Checks.Scorer;
using Platform.Compliance.Abstractions;
using Platform.Eval;

namespace Platform.Training;

/// <summary>
/// Chooses each category's threshold on items the models were not trained on: just above the highest score of a
/// held-out item without that label (plus a margin, rounded up to 0.01), never below <see cref="Floor"/> and never
/// above <see cref="Cap"/>, so the scorer's precision on those items is 1.0 wherever the cap allows it. With a
/// precision below 1, the lowest threshold at which the held-out items flagged keep that precision (plus the margin):
/// one hard look-alike among a thousand held-out items then no longer silences a category.
/// </summary>
public static class Thresholds
{
    public const float Floor = 0.50f;
    public const float Cap = 0.999f;
    public const float Margin = 0.03f;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ScorerSettings Choose(LinearScorer scorer, IReadOnlyList<CorpusItem> heldOut, RuleFindings rules, TextWriter o, double precision = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(precision, 1.0);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(precision);
        var check = new ScorerCheck(scorer, new ScorerSettings());
        var changes = heldOut.Select(rules.Change).ToList();
        var scores = changes.Select(check.Probabilities).ToList();
        var thresholds = new SortedDictionary<string, float>(StringComparer.Ordinal);
        o.WriteLine($"  {"category",-24} {"neg",4} {"max neg",8} {"pos",4} {"min pos",8} {"threshold",9}");
        for (var k = 0; k < LinearScorer.Count; k++)
        {
            var category = LinearScorer.Categories[k];
            var negatives = Enumerable.Range(0, heldOut.Count).Where(n => !heldOut[n].Labels.Contains(category) && Scored(category, changes[n])).ToList();
            var positives = Enumerable.Range(0, heldOut.Count).Where(n => heldOut[n].Labels.Contains(category)).ToList();
            var maxNegative = negatives.Count == 0 ? 0f : negatives.Max(n => scores[n][k]);
            var minPositive = positives.Count == 0 ? float.NaN : positives.Min(n => scores[n][k]);
            var cut = LowestKeeping(precision, negatives.Select(n => scores[n][k]), positives.Select(n => scores[n][k]));
            var t = MathF.Round(Math.Clamp(MathF.Ceiling((cut + Margin) * 100f) / 100f, Floor, Cap), 3);
            thresholds[category] = t;
            o.WriteLine($"  {category,-24} {negatives.Count,4} {maxNegative,8:F3} {positives.Count,4} {minPositive,8:F3} {t,9:F3}");
        }

        var rule = precision >= 1.0
            ? $"the highest held-out score of an item without that label plus {Margin}"
            : $"the lowest held-out score above which the items flagged keep a precision of {precision} (plus {Margin})";
        return new ScorerSettings
        {
            Threshold = thresholds.Values.Max(),
            Thresholds = thresholds,
            Note = string.Create(
                CultureInfo.InvariantCulture,
                $"Chosen by tools/Platform.Training (train --thresholds-out) on the {heldOut.Count} held-out items of the --split files, which the models were not trained on: per category, {rule}, rounded up to 0.01, within [{Floor}, {Cap}]. Not tuned on the dev corpus."),
        };
    }

    /// <summary>
    /// The lowest score s such that the held-out items scoring above s keep <paramref name="precision"/> (a negative's
    /// score, so the threshold goes just above it); the highest negative's score when none lower does, which is what a
    /// precision of 1 always gives.
    /// </summary>
    public static float LowestKeeping(double precision, IEnumerable<float> negatives, IEnumerable<float> positives)
    {
        var neg = negatives.OrderByDescending(s => s).ToArray();
        var pos = positives.ToArray();
        var best = neg.Length == 0 ? 0f : neg[0];
        for (var i = 0; i < neg.Length; i++)
        {
            // Above neg[i]: the i negatives scoring higher are flagged too.
            var tp = pos.Count(s => s > neg[i]);
            if (tp > 0 && tp / (double)(tp + i) >= precision)
            {
                best = neg[i];
            }
            else if (tp > 0)
            {
                break;
            }
        }

        return best;
    }

    public static void Save(ScorerSettings settings, string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(settings, Json) + "\n");

    // Off-platform contact is not scored after escrow once the disclosure is approved (ScorerCheck).
    private static bool Scored(string category, StateChange change) =>
        category != Categories.OffPlatformContact || change.Disclosure != DisclosureStatus.Approved || !ScorerFeatures.AfterEscrow(change.Stage);
}
