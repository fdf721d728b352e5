using Platform.Checks.Text;

namespace Platform.Checks.Contact.Tests;

/// <summary>The per-field index of phrase-set occurrences the contact detectors and their gates read.</summary>
public sealed class PhraseIndexTests
{
    [Fact]
    public void AnyAndAnyOf_RandomSetsAndTexts_AgreeWithAPlainSearchAcrossReusedLoads()
    {
        // 150 sets (three 64-bit words of presence bits), one index reused for every text, so a set found in one text and
        // not in the next must read absent again.
        const string alphabet = "アイウシテ報酬副業ab01 ";
        var random = new Random(20261206);
        string Word(int min, int max) => new([.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        const int sets = 150;
        var phrases = Enumerable.Range(0, 400).Select(_ => (Phrase: Word(2, 6).Trim(), SetId: random.Next(sets))).Where(p => p.Phrase.Length > 0).ToArray();
        var table = new PhraseTable.Table(new PhraseMatcher(phrases, wholeAsciiWords: false), sets);
        var index = new PhraseIndex();
        var seen = 0;

        for (var round = 0; round < 300; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => random.Next(2) == 0 ? phrases[random.Next(phrases.Length)].Phrase : Word(0, 4)));
            index.Load(text, table);
            var present = Enumerable.Range(0, sets).Select(id => phrases.Any(p => p.SetId == id && text.Contains(p.Phrase, StringComparison.Ordinal))).ToArray();

            for (var id = 0; id < sets; id++)
            {
                Assert.Equal(present[id], index.Any(id));
                Assert.Equal(present[id], index.Range(id).First < index.Range(id).End);
            }

            for (var m = 0; m < 20; m++)
            {
                var chosen = Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.Next(sets)).ToArray();
                var mask = new ulong[(chosen.Max() >> 6) + 1];
                foreach (var id in chosen)
                {
                    mask[id >> 6] |= 1UL << id;
                }

                Assert.Equal(chosen.Any(id => present[id]), index.AnyOf(mask));
            }

            seen += present.Count(p => p);
        }

        Assert.InRange(seen, 300, 300 * sets / 2);
    }
}
