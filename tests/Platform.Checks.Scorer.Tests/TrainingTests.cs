using Platform.Compliance.Abstractions;
using Platform.Eval;
using Platform.Training;

namespace Platform.Checks.Scorer.Tests;

public sealed class TrainingTests
{
    // The built rule plugins, loaded as the training tool loads them (--rules).
    private static readonly Lazy<RuleFindings> Rules = new(() => RuleFindings.Load(
        new[] { "Platform.Checks.Contact", "Platform.Checks.Content", "Platform.Checks.JobAdvice" }.Select(PluginFolders.BuiltIn)));

    private static readonly CorpusContext Context = new("pre_contract", "none", "worker");

    [Fact]
    public void RuleFindings_BuiltRulePlugins_ChangeCarriesWhatTheRulesFound()
    {
        var phone = new CorpusItem("t-1", "message", null, "電話で話しましょう。090-3141-5926までお願いします。", Context, ["off_platform_contact"], "block", null);
        var clean = new CorpusItem("t-2", "message", null, "仮払いありがとうございます。本日から作業を始めます。", Context, [], "allow", null);

        Assert.Contains("contact-details", Rules.Value.Checks.Keys);
        Assert.DoesNotContain("ml-scorer", Rules.Value.Checks.Keys);
        Assert.Contains(Rules.Value.Change(phone).Findings, f => f.Category == Categories.OffPlatformContact && f.Decision == Decision.Block);
        Assert.Empty(Rules.Value.Change(clean).Findings);
        Assert.Empty(RuleFindings.None.Change(phone).Findings);
    }

    [Theory]
    [InlineData(1.0, 0.9f)]
    [InlineData(0.75, 0.6f)]
    [InlineData(0.5, 0.3f)]
    public void LowestKeeping_HeldOutPrecision_LowestCutThatKeepsIt(double precision, float expected)
    {
        float[] negatives = [0.9f, 0.6f, 0.3f];
        float[] positives = [0.95f, 0.8f, 0.7f, 0.65f];

        Assert.Equal(expected, Thresholds.LowestKeeping(precision, negatives, positives));
    }

    [Fact]
    public void LowestKeeping_NoPositiveAboveAnyNegative_StaysAboveEveryNegative()
    {
        Assert.Equal(0.8f, Thresholds.LowestKeeping(0.5, [0.8f, 0.4f], [0.2f]));
    }

    [Fact]
    public void Train_SameCorpusAndSeedTwice_IdenticalWeights()
    {
        var items = Corpus.Read(Path.Combine(AppContext.BaseDirectory, "corpus", "training.jsonl")).Where((_, i) => i % 6 == 0).ToList();

        var first = Trainer.Train(items, Rules.Value, seed: 1, Trainer.DefaultL1, Trainer.DefaultL2, out _, out _);
        var second = Trainer.Train(items, Rules.Value, seed: 1, Trainer.DefaultL1, Trainer.DefaultL2, out _, out _);

        for (var k = 0; k < first.Count; k++)
        {
            var (w1, b1) = ModelFiles.Linear(first[k]);
            var (w2, b2) = ModelFiles.Linear(second[k]);
            Assert.Equal(b1, b2);
            Assert.True(w1.SequenceEqual(w2), $"model {k}: weights differ");
            Assert.Contains(w1, w => w != 0);
        }
    }

    [Fact]
    public void CorpusWriter_SameSeed_SameItemsWithUniqueIds()
    {
        var a = CorpusWriter.Write(8);
        var b = CorpusWriter.Write(8);

        Assert.Equal(a, b, (x, y) => x.Id == y.Id && x.Text == y.Text && x.Decision == y.Decision);
        Assert.Equal(a.Count, a.Select(i => i.Id).Distinct().Count());
        Assert.All(Categories.Violations, c => Assert.True(a.Count(i => i.Labels.Contains(c)) >= 80, c));
    }

    [Fact]
    public void CorpusWriter_Seed8_IsTheShippedTrainingCorpus()
    {
        var shipped = Corpus.Read(Path.Combine(AppContext.BaseDirectory, "corpus", "training.jsonl"));

        Assert.Equal(shipped, CorpusWriter.Write(8), (x, y) => x.Id == y.Id && x.Title == y.Title && x.Text == y.Text && x.Decision == y.Decision);
    }

    [Fact]
    public void CorpusWriter_LongTexts_AppendsLongItemsOfEveryCategoryAfterTheSameCorpus()
    {
        var plain = CorpusWriter.Write(8);
        var withLong = CorpusWriter.Write(8, longTexts: true);

        Assert.Equal(plain, withLong.Take(plain.Count), (x, y) => x.Id == y.Id && x.Text == y.Text && x.Decision == y.Decision);
        var added = withLong.Skip(plain.Count).ToList();
        var longItems = added.Where(i => (i.Title?.Length ?? 0) + i.Text.Length >= 250).ToList();
        Assert.All(longItems, i => Assert.InRange((i.Title?.Length ?? 0) + i.Text.Length, 250, 720));
        Assert.True(longItems.Count(i => i.Labels.Count == 0) >= 400, "long ordinary texts");
        Assert.All(longItems, i => Assert.True(i.Labels.Count <= 1, i.Id));
        Assert.All(Categories.Violations, c => Assert.True(longItems.Count(i => i.Labels.Contains(c)) >= 25, c));
        Assert.Contains(added, i => i.Labels.Contains(Categories.OffPlatformContact) && i.Text.Contains("登録者", StringComparison.Ordinal));
    }

    [Fact]
    public void Scorer_TrainingCorpus_NeverBlocks()
    {
        var check = new ScorerCheck(PluginFolders.Scorer());
        foreach (var item in Corpus.Read(Path.Combine(AppContext.BaseDirectory, "corpus", "training.jsonl")))
        {
            Assert.DoesNotContain(check.Evaluate(Corpus.ToChange(item), CancellationToken.None), f => f.Decision == Decision.Block);
        }
    }
}
