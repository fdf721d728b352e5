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
        var empty = new List<string>();
        foreach (var category in Categories.Violations)
        {
            var tp = results.Count(r => r.Labels.Contains(category) && r.Item.Labels.Contains(category));
            var fp = results.Count(r => r.Labels.Contains(category) && !r.Item.Labels.Contains(category));
            var fn = results.Count(r => !r.Labels.Contains(category) && r.Item.Labels.Contains(category));
            var (p, rc, f1) = Scores(tp, fp, fn);
            f1s.Add(f1);
            if (tp + fp + fn == 0)
            {
                empty.Add(category);
            }

            o.WriteLine($"{category,-24} {tp,4} {fp,4} {fn,4} {p,7:F3} {rc,7:F3} {f1,7:F3}");
        }

        var correct = results.Count(r => r.Decision == Corpus.ParseDecision(r.Item.Decision));
        var benignBlocked = results.Count(r => r.Item.Labels.Count == 0 && r.Decision == Decision.Block);
        o.WriteLine($"macro-F1: {f1s.Average():F3}");
        if (empty.Count > 0)
        {
            // The definition every recorded figure uses; said, so that a high figure on a narrow corpus is read as such.
            o.WriteLine($"categories with no item labelled or predicted (each counted as 1.000 in macro-F1): {string.Join(", ", empty)}");
        }

        o.WriteLine($"decision accuracy: {correct}/{results.Count} = {(double)correct / Math.Max(1, results.Count):F3}");
        o.WriteLine($"benign items blocked: {benignBlocked}");
        o.WriteLine($"check errors: {results.Sum(r => r.Errors.Count(e => !e.TimedOut))}");
        o.WriteLine($"runs past the time limit: {results.Sum(r => r.Errors.Count(e => e.TimedOut))}");
        PrintCheckErrors(results, o);

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
                o.WriteLine($"    {(e.TimedOut ? "TIMED OUT" : "ERROR")} {e.Check}: {e.Error}");
            }
        }
    }

    /// <summary>
    /// Every check that failed or ran past its limit, with the items (the first 20 ids per check and kind): the scores
    /// above do not show that check as it would run, and the host would quarantine it after repeated failures.
    /// </summary>
    private static void PrintCheckErrors(IReadOnlyList<Prediction> results, TextWriter o)
    {
        var groups = results
            .SelectMany(r => r.Errors.Select(e => (r.Item.Id, Error: e)))
            .GroupBy(x => (x.Error.Check, x.Error.TimedOut))
            .ToList();
        if (groups.Count == 0)
        {
            return;
        }

        o.WriteLine();
        o.WriteLine("NOT A CLEAN RUN: checks gave no answer on some items; their scores above are not what the host would see:");
        foreach (var g in groups)
        {
            var ids = g.Select(x => x.Id).ToList();
            var more = ids.Count > 20 ? $" … and {ids.Count - 20} more" : "";
            o.WriteLine($"- {g.Key.Check} {(g.Key.TimedOut ? "ran past its time limit" : "failed")} on {ids.Count} of {results.Count} items: {string.Join(", ", ids.Take(20))}{more}");
            o.WriteLine($"    first: {g.First().Error.Error}");
        }
    }

    public static void WritePredictions(IReadOnlyList<Prediction> results, string path)
    {
        using var w = new StreamWriter(path);
        foreach (var r in results)
        {
            var line = new Dictionary<string, object>
            {
                ["id"] = r.Item.Id,
                ["labels"] = r.Labels,
                ["decision"] = r.Decision.ToString().ToLowerInvariant(),
            };
            if (r.Errors.Count > 0)
            {
                line["errors"] = r.Errors.Select(e => new { check = e.Check, error = e.Error, timedOut = e.TimedOut });
            }

            w.WriteLine(JsonSerializer.Serialize(line));
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
