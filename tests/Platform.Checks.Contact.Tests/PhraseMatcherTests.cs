using System.Text.Json;
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

    [Theory]
    [InlineData("連絡先を交換しましょう", true)]
    [InlineData("連絡先を交換しません", false)]
    [InlineData("連絡先を交換しまし", false)]
    [InlineData("連絡先を交換", false)]
    public void FindAll_PhraseOfFiveToEightChars_ComparesItsTailToo(string text, bool found)
    {
        // The first four chars match in every text; only the chars after them (read as a second word) decide.
        var matcher = new PhraseMatcher([("連絡先を交換しましょう", 0), ("連絡先を交換しまし", 1)], wholeAsciiWords: false);

        var hits = Find(matcher, text);

        Assert.Equal(found, hits.Any(h => h.SetId == 0));
        Assert.Equal(text.StartsWith("連絡先を交換しまし", StringComparison.Ordinal), hits.Any(h => h.SetId == 1));
    }

    [Fact]
    public void FindAll_PhrasesOfEveryLengthAtOnePosition_ComeLongestFirst()
    {
        var matcher = new PhraseMatcher([("副", 0), ("副業", 1), ("副業で", 2), ("副業で月", 3), ("副業で月収", 4), ("副業で月収100万円", 5)], wholeAsciiWords: false);

        var hits = Find(matcher, "副業で月収100万円!");

        Assert.Equal([5, 4, 3, 2, 1, 0], hits.Select(h => h.SetId));
        Assert.All(hits, h => Assert.Equal(0, h.Start));
    }

    [Fact]
    public void Constructor_PhraseWithANullChar_IsRefused()
    {
        // U+0000 stands for "past the end of the text" inside the search, so such a phrase could match there.
        Assert.Throws<ArgumentException>(() => new PhraseMatcher([("ab\0", 0)], wholeAsciiWords: false));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FindAll_RandomPhrasesAndTexts_FindsExactlyWhatAPlainSearchFinds(bool wholeAsciiWords)
    {
        // A small alphabet (kana, kanji, ASCII letters, digits, a space) makes shared prefixes, nested phrases and
        // overlaps common.
        const string alphabet = "アイウシテ報酬副業abAB01 ";
        var random = new Random(20261201);
        string Word(int min, int max) => new([.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        var phrases = Enumerable.Range(0, 400).Select(i => (Phrase: Word(1, 11).Trim(), SetId: i % 37)).Where(p => p.Phrase.Length > 0).ToArray();
        var matcher = new PhraseMatcher(phrases, wholeAsciiWords);
        var plain = PlainSearch(phrases, wholeAsciiWords);

        for (var round = 0; round < 300; round++)
        {
            // Texts of whole phrases, cut-off phrases and random chars, so that phrases occur, overlap and nearly occur.
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 8)).Select(_ => random.Next(3) switch
            {
                0 => phrases[random.Next(phrases.Length)].Phrase,
                1 => phrases[random.Next(phrases.Length)].Phrase[..^1],
                _ => Word(0, 5),
            }));
            var maxHits = random.Next(2) == 0 ? int.MaxValue : random.Next(1, 12);

            Assert.Equal(plain(text, maxHits), Find(matcher, text, maxHits));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FindAllAndFindPlaces_PhrasesCutFromCorpusTexts_FindExactlyWhatAPlainSearchFinds(bool wholeAsciiWords)
    {
        // Real folded texts (kanji, kana, Latin words, digits: a wide alphabet) and phrases cut out of them, so that they
        // share first chars, nest and overlap as cue phrases do; a third of them in two or three sets.
        var random = new Random(20261207);
        var texts = new[] { "contact.jsonl", "requests.jsonl" }
            .SelectMany(name => File.ReadLines(CorpusTests.CorpusPath(name)).Where(l => l.Length > 0))
            .Select(line => TextFolder.Fold(TextOf(line), decodeDigits: false).Folded)
            .ToArray();
        var phrases = Enumerable.Range(0, 4000).SelectMany(_ =>
        {
            var text = texts[random.Next(texts.Length)];
            var start = random.Next(text.Length);
            var phrase = text.Substring(start, Math.Min(text.Length - start, random.Next(1, random.Next(2) == 0 ? 5 : 13)));
            return Enumerable.Range(0, random.Next(3) == 0 ? random.Next(2, 4) : 1).Select(_ => (Phrase: phrase, SetId: random.Next(300)));
        }).ToArray();
        var matcher = new PhraseMatcher(phrases, wholeAsciiWords);
        var plain = PlainSearch(phrases, wholeAsciiWords);

        foreach (var text in texts)
        {
            var maxHits = random.Next(2) == 0 ? int.MaxValue : random.Next(1, 40);
            var expected = plain(text, maxHits);
            var places = new PhraseHit[1];
            var n = matcher.FindPlaces(text, ref places, maxHits);

            Assert.Equal(expected, Find(matcher, text, maxHits));
            Assert.Equal(expected, places.AsSpan(0, n).ToArray().SelectMany(p => SetsOfPlace(matcher, p).Select(set => new PhraseHit(set, p.Start, p.Length))));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FindPlaces_RandomPhrasesAndTexts_ExpandToExactlyWhatFindAllWrites(bool wholeAsciiWords)
    {
        // Phrases in up to three sets each, so that places expand into several hits; the expansion must be FindAll's
        // hits in FindAll's order (the content check's scan relies on it).
        const string alphabet = "アイウシテ報酬副業abAB01 ";
        var random = new Random(20261206);
        string Word(int min, int max) => new([.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        var words = Enumerable.Range(0, 300).Select(_ => Word(1, 11).Trim()).Where(w => w.Length > 0).ToArray();
        var phrases = words.SelectMany(w => Enumerable.Range(0, random.Next(1, 4)).Select(_ => (Phrase: w, SetId: random.Next(40)))).ToArray();
        var matcher = new PhraseMatcher(phrases, wholeAsciiWords);

        for (var round = 0; round < 300; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 8)).Select(_ => random.Next(3) switch
            {
                0 => words[random.Next(words.Length)],
                1 => words[random.Next(words.Length)][..^1],
                _ => Word(0, 5),
            }));
            var maxHits = random.Next(2) == 0 ? int.MaxValue : random.Next(1, 12);

            var places = new PhraseHit[1];
            var n = matcher.FindPlaces(text, ref places, maxHits);
            var expanded = places.AsSpan(0, n).ToArray().SelectMany(p => SetsOfPlace(matcher, p).Select(set => new PhraseHit(set, p.Start, p.Length)));

            Assert.Equal(Find(matcher, text, maxHits), expanded);
            Assert.All(places.AsSpan(0, n).ToArray(), p => Assert.True(p.SetId >= 0 ? p.SetId < matcher.SetCount : ~p.SetId < matcher.EntryCount && matcher.SetsOf(~p.SetId).Length > 1));
        }
    }

    [Fact]
    public void FindPlaces_PhraseInOneSet_KeyIsTheSetAndInSeveral_KeyIsTheComplementOfItsEntry()
    {
        var matcher = new PhraseMatcher([("報酬", 7), ("副業", 3), ("副業", 5), ("円", 0)], wholeAsciiWords: false);
        var places = new PhraseHit[1];

        var n = matcher.FindPlaces("副業の報酬は円", ref places);

        Assert.Equal(3, n);
        Assert.True(places[0].SetId < 0);
        Assert.Equal([3, 5], matcher.SetsOf(~places[0].SetId).ToArray());
        Assert.Equal(new PhraseHit(7, 3, 2), places[1]);
        Assert.Equal(new PhraseHit(0, 6, 1), places[2]);
    }

    [Fact]
    public void FindPlaces_MaxHits_CountsEveryPhrasesSetsAndStopsWhereFindAllStops()
    {
        var matcher = new PhraseMatcher([("円", 0), ("円", 1), ("円", 2)], wholeAsciiWords: false);
        var places = new PhraseHit[1];

        var n = matcher.FindPlaces(new string('円', 100_000), ref places, maxHits: 1024);

        // Three hits per place: FindAll passes the limit at the 342nd place (1,026 hits) and stops there.
        Assert.Equal(342, n);
        Assert.Equal(Find(matcher, new string('円', 100_000), maxHits: 1024).Count, n * 3);
    }

    // What FindAll writes (for a text and maxHits), found the plain way: at each position every length from the longest
    // phrase's down, looked up among the phrases, each found one's sets in the order first given; no more positions once
    // maxHits hits are written.
    private static Func<string, int, List<PhraseHit>> PlainSearch(IEnumerable<(string Phrase, int SetId)> phrases, bool wholeAsciiWords)
    {
        var sets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (phrase, setId) in phrases.Where(p => p.Phrase.Length > 0))
        {
            var ids = sets.TryGetValue(phrase, out var known) ? known : sets[phrase] = [];
            if (!ids.Contains(setId))
            {
                ids.Add(setId);
            }
        }

        var longest = sets.Keys.Max(p => p.Length);
        return (text, maxHits) =>
        {
            var hits = new List<PhraseHit>();
            for (var pos = 0; pos < text.Length && hits.Count < maxHits; pos++)
            {
                for (var length = Math.Min(longest, text.Length - pos); length > 0; length--)
                {
                    var end = pos + length;
                    var whole = !wholeAsciiWords
                        || ((!char.IsAsciiLetter(text[pos]) || pos == 0 || !char.IsAsciiLetter(text[pos - 1]))
                            && (!char.IsAsciiLetter(text[end - 1]) || end == text.Length || !char.IsAsciiLetter(text[end])));
                    if (whole && sets.TryGetValue(text.Substring(pos, length), out var ids))
                    {
                        hits.AddRange(ids.Select(set => new PhraseHit(set, pos, length)));
                    }
                }
            }

            return hits;
        };
    }

    // The "text" of a corpus line.
    private static string TextOf(string line)
    {
        using var doc = JsonDocument.Parse(line);
        return doc.RootElement.GetProperty("text").GetString()!;
    }

    // The sets a FindPlaces place stands for: its key when it is a set, else its entry's sets.
    private static int[] SetsOfPlace(PhraseMatcher matcher, PhraseHit place) =>
        place.SetId >= 0 ? [place.SetId] : matcher.SetsOf(~place.SetId).ToArray();
}
