using System.Text.Json;
using Platform.Compliance.Abstractions;

namespace Platform.Eval;

/// <summary>Prints the scores and writes the predictions file.</summary>
public static class Report
{
    public static void Print(IReadOnlyList<CorpusItem> items, IReadOnlyList<Prediction> results, TextWriter o)
    {
        o.WriteLine($"items: {items.Count}");
        o.WriteLine($"{"category",-24} {"tp",4} {"fp",4} {"fn",4} {"prec",7} {"recall",7} {"f1",7}");
        var f1s = new List<double>();
        foreach (var category in Categories.Violations)
        {
            var tp = results.Count(r => r.Labels.Contains(category) && r.Item.Labels.Contains(category));
            var fp = results.Count(r => r.Labels.Contains(category) && !r.Item.Labels.Contains(category));
            var fn = results.Count(r => !r.Labels.Contains(category) && r.Item.Labels.Contains(category));
            var (p, rc, f1) = Scores(tp, fp, fn);
            f1s.Add(f1);
            o.WriteLine($"{category,-24} {tp,4} {fp,4} {fn,4} {p,7:F3} {rc,7:F3} {f1,7:F3}");
        }

        var correct = results.Count(r => r.Decision == Corpus.ParseDecision(r.Item.Decision));
        var benignBlocked = results.Count(r => r.Item.Labels.Count == 0 && r.Decision == Decision.Block);
        o.WriteLine($"macro-F1: {f1s.Average():F3}");
        o.WriteLine($"decision accuracy: {correct}/{results.Count} = {(double)correct / Math.Max(1, results.Count):F3}");
        o.WriteLine($"benign items blocked: {benignBlocked}");
        o.WriteLine($"check errors: {results.Sum(r => r.Errors.Count)}");

        o.WriteLine();
        o.WriteLine("misses and false alarms:");
        foreach (var r in results)
        {
            var missed = r.Item.Labels.Except(r.Labels).ToList();
            var extra = r.Labels.Except(r.Item.Labels).ToList();
            var wrongDecision = r.Decision != Corpus.ParseDecision(r.Item.Decision);
            if (missed.Count == 0 && extra.Count == 0 && !wrongDecision)
            {
                continue;
            }

            o.WriteLine($"- {r.Item.Id} [{r.Item.Kind}/{r.Item.Context.Stage}/{r.Item.Context.Disclosure}] expected {string.Join(",", r.Item.Labels)}:{r.Item.Decision} got {string.Join(",", r.Labels)}:{r.Decision.ToString().ToLowerInvariant()}");
            if (missed.Count > 0)
            {
                o.WriteLine($"    MISS {string.Join(",", missed)}: {Shorten(r.Item.Text)}");
            }

            foreach (var f in r.Findings.Where(f => extra.Contains(f.Category) || wrongDecision))
            {
                var ev = string.Join(" | ", f.Evidence.Select(e => $"{e.Field}[{e.Start}+{e.Length}]「{e.Excerpt}」"));
                o.WriteLine($"    {(extra.Contains(f.Category) ? "FALSE ALARM" : "finding")} {f.Category} {f.Code} {f.Decision}: {ev}");
            }

            foreach (var e in r.Errors)
            {
                o.WriteLine($"    ERROR {e}");
            }
        }
    }

    public static void WritePredictions(IReadOnlyList<Prediction> results, string path)
    {
        using var w = new StreamWriter(path);
        foreach (var r in results)
        {
            w.WriteLine(JsonSerializer.Serialize(new
            {
                id = r.Item.Id,
                labels = r.Labels,
                decision = r.Decision.ToString().ToLowerInvariant(),
            }));
        }
    }

    private static (double Precision, double Recall, double F1) Scores(int tp, int fp, int fn)
    {
        var p = tp + fp == 0 ? 1.0 : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? 1.0 : (double)tp / (tp + fn);
        var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return (p, r, f1);
    }

    private static string Shorten(string s)
    {
        var one = s.Replace('\n', ' ');
        return one.Length <= 160 ? one : one[..160] + "…";
    }
}
