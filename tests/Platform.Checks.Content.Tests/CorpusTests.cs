using System.Text.Json;
using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

public sealed class CorpusTests
{
    private static readonly string[] Mine =
    [
        Categories.Mlm, Categories.StealthMarketing, Categories.UncertainCompensation, Categories.UnpaidSample,
        Categories.ExternalTos, Categories.FakeOfficial, Categories.RemoteDesktop, Categories.OtherIllegal,
    ];

    public static TheoryData<string> CategoryIds => new(Mine);

    [Theory]
    [MemberData(nameof(CategoryIds))]
    public void Evaluate_OwnCorpus_MeetsPrecisionAndRecall(string category)
    {
        var (tp, fp, fn) = (0, 0, 0);
        foreach (var (change, labels, _) in Load())
        {
            var predicted = new ContentCheck().Evaluate(change, CancellationToken.None).Any(f => f.Category == category && f.Decision > Decision.Allow);
            var expected = labels.Contains(category);
            tp += predicted && expected ? 1 : 0;
            fp += predicted && !expected ? 1 : 0;
            fn += !predicted && expected ? 1 : 0;
        }

        Assert.True(tp + fn >= 8, $"{category}: too few labelled items ({tp + fn})");
        Assert.True(tp >= 0.9 * (tp + fp), $"{category}: precision {tp}/{tp + fp}");
        Assert.True(tp >= 0.9 * (tp + fn), $"{category}: recall {tp}/{tp + fn}");
    }

    [Fact]
    public void Evaluate_OwnCorpus_BlocksNoBenignItemAndMatchesDecisions()
    {
        var check = new ContentCheck();
        var items = Load();
        var wrong = new List<string>();
        foreach (var (change, labels, decision) in items)
        {
            var got = check.Evaluate(change, CancellationToken.None).Select(f => f.Decision).DefaultIfEmpty(Decision.Allow).Max();
            Assert.False(labels.Count == 0 && got == Decision.Block, $"benign item blocked: {change.ItemId}");
            if (!got.ToString().Equals(decision, StringComparison.OrdinalIgnoreCase))
            {
                wrong.Add(change.ItemId!);
            }
        }

        Assert.True(items.Count >= 200, $"corpus has {items.Count} items");
        Assert.True(wrong.Count <= items.Count / 20, "decisions differ: " + string.Join(", ", wrong));
    }

    /// <summary>The items of a corpus copied next to the tests (corpus/NAME), as state changes with their labels and decision.</summary>
    internal static List<(StateChange Change, HashSet<string> Labels, string Decision)> Load(string name = "content.jsonl")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "corpus", name);
        var items = new List<(StateChange, HashSet<string>, string)>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            var item = JsonDocument.Parse(line).RootElement;
            var kind = item.GetProperty("kind").GetString();
            var context = item.GetProperty("context");
            var change = new StateChange
            {
                EntityKind = kind == "job" || kind == "proposal" ? "job" : kind == "profile" ? "user" : "contract",
                EntityId = "e-1",
                ItemId = item.GetProperty("id").GetString(),
                Change = kind switch
                {
                    "job" => ChangeKind.JobPublished,
                    "proposal" => ChangeKind.ProposalSubmitted,
                    "profile" => ChangeKind.ProfileUpdated,
                    _ => ChangeKind.MessageSent,
                },
                TextKind = kind switch
                {
                    "job" => TextKind.Job,
                    "proposal" => TextKind.Proposal,
                    "profile" => TextKind.Profile,
                    _ => TextKind.Message,
                },
                Title = item.GetProperty("title").ValueKind == JsonValueKind.String ? item.GetProperty("title").GetString() : null,
                Text = item.GetProperty("text").GetString(),
                ActorUserId = "u-1",
                ActorRole = context.GetProperty("sender").GetString() == "worker" ? PartyRole.Worker : PartyRole.Client,
            };
            var labels = item.GetProperty("labels").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
            items.Add((change, labels, item.GetProperty("decision").GetString()!));
        }

        return items;
    }
}
