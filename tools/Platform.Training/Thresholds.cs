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
/// above <see cref="Cap"/>, so the scorer's precision on those items is 1.0 wherever the cap allows it. The held-out
/// items are few (about 50 benign ones), too few to vouch for a threshold below the floor.
/// </summary>
public static class Thresholds
{
    public const float Floor = 0.50f;
    public const float Cap = 0.999f;
    public const float Margin = 0.03f;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ScorerSettings Choose(LinearScorer scorer, IReadOnlyList<CorpusItem> heldOut, TextWriter o)
    {
        var check = new ScorerCheck(scorer, new ScorerSettings());
        var changes = heldOut.Select(Corpus.ToChange).ToList();
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
            var t = MathF.Round(Math.Clamp(MathF.Ceiling((maxNegative + Margin) * 100f) / 100f, Floor, Cap), 3);
            thresholds[category] = t;
            o.WriteLine($"  {category,-24} {negatives.Count,4} {maxNegative,8:F3} {positives.Count,4} {minPositive,8:F3} {t,9:F3}");
        }

        return new ScorerSettings
        {
            Threshold = thresholds.Values.Max(),
            Thresholds = thresholds,
            Note = string.Create(
                CultureInfo.InvariantCulture,
                $"Chosen by tools/Platform.Training (train --thresholds-out) on the {heldOut.Count} held-out items of the --split files, which the models were not trained on: per category, the highest held-out score of an item without that label plus {Margin}, rounded up to 0.01, within [{Floor}, {Cap}] (precision 1.0 on those items below the cap). Not tuned on the dev corpus."),
        };
    }

    public static void Save(ScorerSettings settings, string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(settings, Json) + "\n");

    // Off-platform contact is not scored after escrow once the disclosure is approved (ScorerCheck).
    private static bool Scored(string category, StateChange change) =>
        category != Categories.OffPlatformContact || change.Disclosure != DisclosureStatus.Approved || !ScorerFeatures.AfterEscrow(change.Stage);
}
