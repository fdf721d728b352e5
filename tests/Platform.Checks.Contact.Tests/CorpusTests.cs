using System.Text.Json;
using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

public sealed class CorpusTests
{
    private const double MinPrecision = 0.95;
    private const double MinRecall = 0.95;

    [Fact]
    public void Evaluate_OwnCorpus_MeetsPrecisionRecallAndDecisions()
    {
        var (tp, fp, fn, wrong, total) = Score("contact.jsonl");

        Assert.True(total >= 150, $"corpus has {total} items");
        var precision = (double)tp / Math.Max(1, tp + fp);
        var recall = (double)tp / Math.Max(1, tp + fn);
        Assert.True(precision >= MinPrecision, $"precision {precision:F3} (tp {tp}, fp {fp})");
        Assert.True(recall >= MinRecall, $"recall {recall:F3} (tp {tp}, fn {fn})");
        Assert.True(wrong.Count <= total / 20, $"{wrong.Count} wrong decisions of {total}");
    }

    /// <summary>
    /// Requests for a contact detail or a chat app's account with every kind of asking verb (お知らせください, 送っていただけますか,
    /// 共有して…) and their benign look-alikes (questions about the work), written by the lead: every decision right.
    /// </summary>
    [Fact]
    public void Evaluate_RequestsCorpus_EveryDecisionRight()
    {
        var (_, _, _, wrong, total) = Score("requests.jsonl");

        Assert.True(total >= 600, $"corpus has {total} items");
        Assert.True(wrong.Count == 0, $"wrong decisions: {string.Join(", ", wrong)}");
    }

    // Off-platform contact found or not against the labels, and the ids whose decision differs from the expected one.
    private static (int Tp, int Fp, int Fn, List<string> Wrong, int Total) Score(string name)
    {
        var check = new ContactDetailsCheck();
        int tp = 0, fp = 0, fn = 0, total = 0;
        var wrong = new List<string>();
        foreach (var line in File.ReadLines(CorpusPath(name)).Where(l => l.Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var context = root.GetProperty("context");
            var change = new StateChange
            {
                EntityKind = "contract",
                EntityId = root.GetProperty("id").GetString()!,
                Change = ChangeKind.MessageSent,
                Title = root.GetProperty("title").ValueKind == JsonValueKind.String ? root.GetProperty("title").GetString() : null,
                Text = root.GetProperty("text").GetString(),
                Stage = Enum.Parse<DealStage>(context.GetProperty("stage").GetString()!.Replace("_", string.Empty), true),
                Disclosure = Enum.Parse<DisclosureStatus>(context.GetProperty("disclosure").GetString()!, true),
            };
            var expected = root.GetProperty("labels").EnumerateArray().Any(l => l.GetString() == Categories.OffPlatformContact);
            var findings = check.Evaluate(change, CancellationToken.None);
            var predicted = findings.Any(f => f.Decision > Decision.Allow);
            var decision = findings.Count == 0 ? Decision.Allow : findings.Max(f => f.Decision);
            tp += expected && predicted ? 1 : 0;
            fp += !expected && predicted ? 1 : 0;
            fn += expected && !predicted ? 1 : 0;
            if (decision != Enum.Parse<Decision>(root.GetProperty("decision").GetString()!, true))
            {
                wrong.Add(change.EntityId);
            }

            total++;
        }

        return (tp, fp, fn, wrong, total);
    }

    /// <summary>The path of tests/corpus/<paramref name="name"/> in the repository.</summary>
    internal static string CorpusPath(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "tests", "corpus", name)))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new FileNotFoundException($"tests/corpus/{name}"), "tests", "corpus", name);
    }
}
