using Platform.Checks.Scorer;
using Platform.Compliance.Abstractions;
using Platform.Eval;

namespace Platform.Training;

/// <summary>Precision, recall and F1 per category of the scorer alone on labelled items (in process, at the plugin's thresholds).</summary>
public static class ScoreReport
{
    public static void Print(LinearScorer scorer, ScorerSettings settings, IReadOnlyList<CorpusItem> items, RuleFindings rules, TextWriter o, bool listMisses)
    {
        var check = new ScorerCheck(scorer, settings);
        var predicted = items.Select(i => check.Evaluate(rules.Change(i), CancellationToken.None).Where(f => !f.Doubts).Select(f => f.Category).ToHashSet()).ToList();
        o.WriteLine($"  {"category",-24} {"pos",4} {"tp",4} {"fp",4} {"fn",4} {"prec",6} {"recall",6} {"f1",6}");
        foreach (var category in LinearScorer.Categories)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var n = 0; n < items.Count; n++)
            {
                var want = items[n].Labels.Contains(category);
                var got = predicted[n].Contains(category);
                tp += want && got ? 1 : 0;
                fp += !want && got ? 1 : 0;
                fn += want && !got ? 1 : 0;
            }

            var p = tp + fp == 0 ? 1.0 : (double)tp / (tp + fp);
            var r = tp + fn == 0 ? 1.0 : (double)tp / (tp + fn);
            var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            o.WriteLine($"  {category,-24} {tp + fn,4} {tp,4} {fp,4} {fn,4} {p,6:F3} {r,6:F3} {f1,6:F3}");
        }

        var benignHeld = items.Where((item, n) => item.Labels.Count == 0 && predicted[n].Count > 0).Count();
        o.WriteLine($"  benign items with a scorer finding: {benignHeld} of {items.Count(i => i.Labels.Count == 0)}");
        if (!listMisses)
        {
            return;
        }

        for (var n = 0; n < items.Count; n++)
        {
            var missed = items[n].Labels.Except(predicted[n]).ToList();
            var extra = predicted[n].Except(items[n].Labels).ToList();
            if (missed.Count + extra.Count > 0)
            {
                var text = items[n].Text.Length > 70 ? items[n].Text[..70] + "…" : items[n].Text;
                o.WriteLine($"  - {items[n].Id} missed [{string.Join(",", missed)}] extra [{string.Join(",", extra)}]: {text}");
            }
        }
    }
}
