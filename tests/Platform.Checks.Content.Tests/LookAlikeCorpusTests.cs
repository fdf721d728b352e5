using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// The three look-alike tuning corpora of round thirty-three (tests/corpus/blind219-221: honest texts by writers and trades whose
/// work is about the words the rules read, at least 80% benign): no benign item is blocked but those listed as still open, and the
/// labelled items are found. A benign item newly blocked fails here before it reaches the measure.
/// </summary>
public sealed class LookAlikeCorpusTests
{
    // Benign items the rules still block, left for a later round: a network business recounted in one sentence and refused in the
    // next (blind219-0001), prizes and payment in points both denied (blind219-0014), and the client's own app's support staff in a
    // specification of its remote-support feature read as the office (blind221-0026), and a training deck on turning down ghost-written
    // reviews (blind221-0004: a refusal of that shape cancelled the cues other rules read as the text's topic).
    private static readonly HashSet<string> StillBlocked = ["blind219-0001", "blind219-0014", "blind221-0004", "blind221-0026"];

    public static TheoryData<string> Corpora => new("blind219.jsonl", "blind220.jsonl", "blind221.jsonl");

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Evaluate_LookAlikeCorpus_BlocksNoBenignItemButTheKnownOnes(string corpus)
    {
        var check = new ContentCheck();
        var blocked = new List<string>();
        foreach (var (change, labels, _) in CorpusTests.Load(corpus))
        {
            var got = check.Evaluate(change, CancellationToken.None).Select(f => f.Decision).DefaultIfEmpty(Decision.Allow).Max();
            if (labels.Count == 0 && got == Decision.Block && !StillBlocked.Contains(change.ItemId!))
            {
                blocked.Add(change.ItemId!);
            }
        }

        Assert.True(blocked.Count == 0, "benign items blocked: " + string.Join(", ", blocked));
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Evaluate_LookAlikeCorpus_FindsTheLabelledItems(string corpus)
    {
        var check = new ContentCheck();
        var (found, labelled) = (0, 0);
        foreach (var (change, labels, _) in CorpusTests.Load(corpus))
        {
            if (labels.Count == 0)
            {
                continue;
            }

            labelled++;
            found += check.Evaluate(change, CancellationToken.None).Any(f => labels.Contains(f.Category) && f.Decision > Decision.Allow) ? 1 : 0;
        }

        Assert.True(labelled >= 19, $"{corpus}: {labelled} labelled items");
        Assert.True(found >= 0.9 * labelled, $"{corpus}: found {found} of {labelled}");
    }
}
