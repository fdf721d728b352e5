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

    private readonly struct RecordingSink(List<(int Slot, int Start, int Length)> grams) : IGramSink
    {
        public List<(int Slot, int Start, int Length)> Grams => grams;

        public void Add(int slot, int start, int length) => grams.Add((slot, start, length));
    }
}
