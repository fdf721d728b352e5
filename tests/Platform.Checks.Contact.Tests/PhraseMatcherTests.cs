using Platform.Checks.Text;

namespace Platform.Checks.Contact.Tests;

/// <summary>The one-pass phrase search both check plugins build on.</summary>
public sealed class PhraseMatcherTests
{
    private static List<PhraseHit> Find(PhraseMatcher matcher, string text, int maxHits = int.MaxValue)
    {
        var hits = new PhraseHit[1];
        var n = matcher.FindAll(text, ref hits, maxHits);
        return [.. hits.AsSpan(0, n)];
    }

    [Fact]
    public void FindAll_OverlappingPhrases_AllFoundInStartOrderLongestFirst()
    {
        var matcher = new PhraseMatcher([("ライン", 0), ("ラ", 1), ("インスタ", 2), ("イン", 3)], wholeAsciiWords: false);

        var hits = Find(matcher, "ラインスタンプ");

        Assert.Equal(
            [new PhraseHit(0, 0, 3), new PhraseHit(1, 0, 1), new PhraseHit(2, 1, 4), new PhraseHit(3, 1, 2)],
            hits);
    }

    [Fact]
    public void FindAll_PhraseInSeveralSets_OneHitPerSet()
    {
        var matcher = new PhraseMatcher([("報酬", 0), ("報酬", 2), ("報酬", 2)], wholeAsciiWords: false);

        var hits = Find(matcher, "成功報酬のみ");

        Assert.Equal([new PhraseHit(0, 2, 2), new PhraseHit(2, 2, 2)], hits);
        Assert.Equal(3, matcher.SetCount);
    }

    [Theory]
    [InlineData("電話番号", 1)]
    [InlineData("番号", 1)]
    [InlineData("号", 0)]
    [InlineData("", 0)]
    public void FindAll_PhraseAtTheVeryEnd_IsFoundWithoutReadingPastTheText(string text, int expected)
    {
        var matcher = new PhraseMatcher([("番号", 0), ("電話番号です", 1)], wholeAsciiWords: false);

        Assert.Equal(expected, Find(matcher, text).Count);
    }

    [Fact]
    public void FindAll_PhraseLongerThanFourChars_ComparesEveryChar()
    {
        var matcher = new PhraseMatcher([("個人的に連絡", 0)], wholeAsciiWords: false);

        Assert.Single(Find(matcher, "ぜひ個人的に連絡します"));
        Assert.Empty(Find(matcher, "ぜひ個人的に連携します"));
    }

    [Theory]
    [InlineData("pr表記あり", true)]
    [InlineData("#pr です", true)]
    [InlineData("print する", false)]
    [InlineData("apr 5", false)]
    public void FindAll_WholeAsciiWords_MatchesOnlyAtWordBoundaries(string text, bool found)
    {
        var whole = new PhraseMatcher([("pr", 0)], wholeAsciiWords: true);
        var anywhere = new PhraseMatcher([("pr", 0)], wholeAsciiWords: false);

        Assert.Equal(found, Find(whole, text).Count == 1);
        Assert.Single(Find(anywhere, text));
    }

    [Fact]
    public void FindAll_MaxHits_StopsAfterTheLimitSoAHugeTextStaysBounded()
    {
        var matcher = new PhraseMatcher([("円", 0)], wholeAsciiWords: false);

        var hits = Find(matcher, new string('円', 100_000), maxHits: 1024);

        Assert.Equal(1024, hits.Count);
        Assert.Equal(1023, hits[^1].Start);
    }

    [Fact]
    public void FindAll_ManyPhrasesSharingTheirFirstTwoChars_EachFoundOnlyWhereItOccurs()
    {
        var phrases = Enumerable.Range(0, 500).Select(i => ($"サイト{i:D3}", i)).ToArray();
        var matcher = new PhraseMatcher(phrases, wholeAsciiWords: false);

        var hits = Find(matcher, "ください、サイト042とサイト499、サイト");

        Assert.Equal([new PhraseHit(42, 5, 6), new PhraseHit(499, 12, 6)], hits);
    }
}
