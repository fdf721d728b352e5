using System.Text.Json;
using Platform.Eval;

namespace Platform.Training;

/// <summary>
/// Compares two Platform.Eval prediction files on the same corpus, the rules' and one with the scorer (the scorer
/// alone, or rules + scorer): what the scorer adds over the rules, right and wrong.
/// </summary>
public static class Comparison
{
    public static void Print(IReadOnlyList<CorpusItem> items, string rulesFile, string scorerFile, TextWriter o)
    {
        var rules = Read(rulesFile);
        var scorer = Read(scorerFile);
        var caught = 0;
        o.WriteLine("labels caught by the scorer and missed by every rule:");
        foreach (var item in items)
        {
            var byRules = rules.GetValueOrDefault(item.Id) ?? [];
            var byScorer = scorer.GetValueOrDefault(item.Id) ?? [];
            foreach (var label in item.Labels.Where(l => byScorer.Contains(l) && !byRules.Contains(l)))
            {
                caught++;
                o.WriteLine($"- {item.Id} {label}: {OneLine(item.Text)}");
            }
        }

        o.WriteLine($"total: {caught}");
        o.WriteLine("scorer labels not in the corpus and not given by any rule (false alarms it adds):");
        foreach (var item in items)
        {
            var byRules = rules.GetValueOrDefault(item.Id) ?? [];
            foreach (var label in (scorer.GetValueOrDefault(item.Id) ?? []).Where(l => !item.Labels.Contains(l) && !byRules.Contains(l)))
            {
                o.WriteLine($"- {item.Id} {label} (rules: {string.Join(",", byRules)}): {OneLine(item.Text)}");
            }
        }
    }

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" / ");
        return line.Length > 90 ? line[..90] + "…" : line;
    }

    private static Dictionary<string, HashSet<string>> Read(string path) =>
        File.ReadLines(path)
            .Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(
                e => e.GetProperty("id").GetString()!,
                e => e.GetProperty("labels").EnumerateArray().Select(x => x.GetString()!).ToHashSet());
}
