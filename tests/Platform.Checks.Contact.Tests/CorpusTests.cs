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
        var check = new ContactDetailsCheck();
        int tp = 0, fp = 0, fn = 0, wrongDecisions = 0, total = 0;
        foreach (var line in File.ReadLines(CorpusPath()).Where(l => l.Length > 0))
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
            wrongDecisions += decision == Enum.Parse<Decision>(root.GetProperty("decision").GetString()!, true) ? 0 : 1;
            total++;
        }

        Assert.True(total >= 150, $"corpus has {total} items");
        var precision = (double)tp / Math.Max(1, tp + fp);
        var recall = (double)tp / Math.Max(1, tp + fn);
        Assert.True(precision >= MinPrecision, $"precision {precision:F3} (tp {tp}, fp {fp})");
        Assert.True(recall >= MinRecall, $"recall {recall:F3} (tp {tp}, fn {fn})");
        Assert.True(wrongDecisions <= total / 20, $"{wrongDecisions} wrong decisions of {total}");
    }

    private static string CorpusPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "tests", "corpus", "contact.jsonl")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new FileNotFoundException("tests/corpus/contact.jsonl"), "tests", "corpus", "contact.jsonl");
    }
}
