using Platform.Compliance.Abstractions;

namespace Platform.Checks.Scorer.Tests;

public sealed class ScorerFeaturesTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("a", 0)]
    [InlineData("ab", 1)]
    [InlineData("abcd", 5)]
    [InlineData("連絡はこちらへ", 11)]
    public void VisitGrams_Text_VisitsEveryTwoAndThreeGramInsideTheTable(string folded, int expected)
    {
        var sink = new RecordingSink([]);

        var count = ScorerFeatures.VisitGrams(folded.AsSpan(), ref sink);

        Assert.Equal(expected, count);
        Assert.Equal(expected, sink.Grams.Count);
        Assert.All(sink.Grams, g =>
        {
            Assert.InRange(g.Slot, 0, ScorerFeatures.Buckets - 1);
            Assert.InRange(g.Length, ScorerFeatures.MinN, ScorerFeatures.MaxN);
            Assert.True(g.Start + g.Length <= folded.Length);
        });
    }

    [Fact]
    public void VisitGrams_DigitsDifferOnly_SameSlots()
    {
        var a = new RecordingSink([]);
        var b = new RecordingSink([]);

        ScorerFeatures.VisitGrams("tel 0901".AsSpan(), ref a);
        ScorerFeatures.VisitGrams("tel 1234".AsSpan(), ref b);

        Assert.Equal(a.Grams, b.Grams);
    }

    [Fact]
    public void Meta_RuleFindings_OneSlotPerCategoryFoundAndBlocked()
    {
        var plain = Changes.Message("詳しくはプロフィールをご覧ください。", sender: PartyRole.Worker);
        var found = plain with
        {
            Findings =
            [
                new Finding(Categories.OffPlatformContact, Decision.Block, 1, "contact.phone", "電話番号"),
                new Finding(Categories.OffPlatformContact, Decision.Hold, 1, "contact.app", "アプリ"),
                new Finding(Categories.RemoteDesktop, Decision.Advise, 1, "content.remote", "遠隔操作"),
                new Finding(Categories.Advice, Decision.Advise, 1, "advice.thin", "説明不足"),
                new Finding(Categories.Mlm, Decision.Allow, 0.1, "content.mlm", "許可"),
                new Finding("plugin_defined", Decision.Hold, 1, "x.y", "独自"),
            ],
        };

        var without = Slots(plain);
        var with = Slots(found);

        // Contact found and blocked, remote desktop found, advice: four slots more; the allowed finding and the
        // plugin-defined category add none.
        Assert.Equal(4, with.Length - without.Length);
        Assert.Equal(without, with[..without.Length]);
        Assert.Equal(with.Length, with.Distinct().Count());
        Assert.All(with, s => Assert.InRange(s, 0, ScorerFeatures.MetaSlots - 1));
    }

    private static int[] Slots(StateChange change)
    {
        Span<int> slots = stackalloc int[ScorerFeatures.MaxMeta];
        return slots[..ScorerFeatures.Meta(change, slots)].ToArray();
    }

    private readonly struct RecordingSink(List<(int Slot, int Start, int Length)> grams) : IGramSink
    {
        public List<(int Slot, int Start, int Length)> Grams => grams;

        public void Add(int slot, int start, int length) => grams.Add((slot, start, length));
    }
}
