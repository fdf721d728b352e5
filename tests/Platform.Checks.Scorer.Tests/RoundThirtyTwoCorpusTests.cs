using Platform.Compliance.Abstractions;
using Platform.Eval;

namespace Platform.Checks.Scorer.Tests;

/// <summary>
/// The four tuning corpora of round thirty-two (tests/corpus/blind222-225: bilingual, romaji and voice-typed writers; dialects, youth
/// slang and elderly writers; long posts with one violating sentence buried; stated lures and their look-alikes in trades not covered
/// before), read by every deployed plugin as the host runs them: no benign item is blocked but those listed as still open, and the
/// labelled items are not let through. A benign item newly blocked fails here before it reaches the measure.
/// </summary>
public sealed class RoundThirtyTwoCorpusTests(DeployedEngine deployed) : IClassFixture<DeployedEngine>
{
    // Benign items still blocked, left for a later round: none since round thirty-three (blind223-0050, a brief keeping account
    // trading out of the piece, and blind225-0059, a post that passed the office's review, are no longer blocked).
    private static readonly HashSet<string> StillBlocked = [];

    public static TheoryData<string, double> Corpora => new()
    {
        { "blind222.jsonl", 0.8 },
        { "blind223.jsonl", 0.95 },
        { "blind224.jsonl", 0.8 },
        { "blind225.jsonl", 0.9 },
    };

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task Engine_RoundThirtyTwoCorpus_BlocksNoBenignItemButTheKnownOnes(string corpus, double _)
    {
        var blocked = new List<string>();
        foreach (var (id, change, labels) in Load(corpus))
        {
            var verdict = await deployed.Engine.EvaluateAsync(change);
            if (labels.Count == 0 && verdict.Decision == Decision.Block && !StillBlocked.Contains(id))
            {
                blocked.Add(id);
            }
        }

        Assert.True(blocked.Count == 0, "benign items blocked: " + string.Join(", ", blocked));
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task Engine_RoundThirtyTwoCorpus_LetsFewLabelledItemsThrough(string corpus, double share)
    {
        var (caught, labelled) = (0, 0);
        foreach (var (_, change, labels) in Load(corpus))
        {
            if (labels.Count == 0)
            {
                continue;
            }

            labelled++;
            caught += (await deployed.Engine.EvaluateAsync(change)).Decision > Decision.Allow ? 1 : 0;
        }

        Assert.True(labelled >= 45, $"{corpus}: {labelled} labelled items");
        Assert.True(caught >= share * labelled, $"{corpus}: {caught} of {labelled} not allowed");
    }

    // The items of tests/corpus/NAME as the host's changes (Platform.Eval's reading: kind, stage, disclosure and sender), with their
    // ids and labels.
    private static IEnumerable<(string Id, StateChange Change, HashSet<string> Labels)> Load(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "tests", "corpus", name)))
        {
            dir = dir.Parent;
        }

        var path = Path.Combine(dir?.FullName ?? throw new FileNotFoundException($"tests/corpus/{name}"), "tests", "corpus", name);
        return Corpus.Read(path).Select(item => (item.Id, Corpus.ToChange(item), item.Labels.ToHashSet()));
    }
}
