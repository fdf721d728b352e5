using Platform.Checks.Text;

namespace Platform.Checks.Contact.Tests;

/// <summary>The digit decoder's pre-pass: its two-level table of char classes and its branch-free test.</summary>
public sealed class DigitRunFilterTests
{
    [Fact]
    public void ClassOf_EveryChar_IsTheFlatTablesClass()
    {
        var flat = DigitRunFilter.BuildFlatCharClass();

        var wrong = Enumerable.Range(0, 0x10000).Where(c => DigitRunFilter.ClassOf((char)c) != flat[c]).ToList();

        Assert.Empty(wrong);
        Assert.Contains(Enumerable.Range(0, 0x10000), c => flat[c] != 0 && c >= 0x4E00);
    }

    [Fact]
    public void HasCandidateStretch_RandomTexts_AgreesWithTheStretchWalk()
    {
        // Digits, numerals and their spellings, separators, and chars that break a run, in random mixes.
        const string alphabet = "0123456789０１２３零一二三四五六七八九〇十ゼロイチニサンヨンゴロクナナハチキュウレイマルトオ-ー－ 　、.・()報酬副業ですアカ";
        var random = new Random(20261206);
        var found = 0;
        for (var round = 0; round < 20_000; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var buf = text.ToCharArray();

            var any = DigitRunFilter.HasCandidateStretch(buf, buf.Length);

            Assert.Equal(DigitRunFilter.NextStretch(buf, 0, buf.Length, out _) < buf.Length, any);
            found += any ? 1 : 0;
        }

        Assert.InRange(found, 100, 19_900);
    }
}
