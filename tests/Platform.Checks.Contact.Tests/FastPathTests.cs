using Platform.Checks.Text;
using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>The fast paths give the same answers as the slow ones they replace.</summary>
public sealed class FastPathTests
{
    private readonly ContactDetailsCheck _check = new();

    [Fact]
    public void IsValid_RandomNationalNumbers_SameAsLibraryParser()
    {
        var random = new Random(20261124);
        Span<char> digits = stackalloc char[11];
        for (var i = 0; i < 100_000; i++)
        {
            var length = random.Next(2) == 0 ? 10 : 11;
            digits[0] = '0';
            for (var k = 1; k < length; k++)
            {
                digits[k] = (char)('0' + random.Next(10));
            }

            var number = digits[..length];
            Assert.True(
                PhoneDetector.IsValid(number) == PhoneDetector.IsValidParsed(number),
                $"{number.ToString()}: fast {PhoneDetector.IsValid(number)}, parser {PhoneDetector.IsValidParsed(number)}");
        }
    }

    [Theory]
    [InlineData("急ぎは 090-1234-5678 まで", "contact.phone")]
    [InlineData("sato アットマーク gmail ドット com", "contact.email")]
    [InlineData("LINE ID: sato_88", "contact.chat_app")]
    [InlineData("連絡先を交換しませんか？", "contact.invitation")]
    [InlineData("手数料がかからない方法で払います", "contact.payment_outside")]
    public void Evaluate_BeyondIndexedLength_SameFinding(string text, string code)
    {
        // Texts longer than ScanText.MaxIndexedLength are searched directly instead of through the phrase index.
        var padding = string.Concat(Enumerable.Repeat("本日は晴天なり。", ScanText.MaxIndexedLength / 8 + 1));
        var shortFindings = _check.Evaluate(Changes.Message(text), CancellationToken.None);
        var longFindings = _check.Evaluate(Changes.Message(padding + text), CancellationToken.None);

        var expected = Assert.Single(shortFindings, f => f.Code == code);
        var actual = Assert.Single(longFindings, f => f.Code == code);
        Assert.Equal(expected.Score, actual.Score);
        Assert.Equal(
            expected.Evidence.Select(e => (e.Start + padding.Length, e.Length, e.Excerpt)),
            actual.Evidence.Select(e => (e.Start, e.Length, e.Excerpt)));
    }

    [Fact]
    public void Evaluate_ManyThreads_SameAsOneThread()
    {
        // Scratch buffers are per thread: concurrent evaluations must not see each other's texts.
        string[] texts =
        [
            "急ぎは 090-1234-5678 まで", "sato アットマーク gmail ドット com", "LINE ID: sato_88", "お気軽にご相談ください。",
            "手数料がかからない方法で払います", "〇九〇ー八八七六ー五四三二", "https://line.me/ti/p/abcdef", "納期は 2024/07/15 です。",
        ];
        var changes = Enumerable.Range(0, 4_000).Select(i => Changes.Message(texts[i % texts.Length] + new string('。', i % 7))).ToArray();
        var expected = changes.Select(c => Describe(_check.Evaluate(c, CancellationToken.None))).ToArray();

        var actual = new string[changes.Length];
        Parallel.For(0, changes.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            actual[i] = Describe(_check.Evaluate(changes[i], CancellationToken.None)));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Fold_LoneSurrogateBeforeCombiningMark_DoesNotThrow()
    {
        // The mark composes with nothing and is dropped, as over any other char.
        var folded = TextFolder.Fold("a\uD800\u0301b");
        Assert.Equal("a\uD800b", folded.Folded);
        Assert.Equal(3, folded.ToOriginal(2));
    }

    private static string Describe(IReadOnlyList<Finding> findings) =>
        string.Join("|", findings.Select(f => $"{f.Code}:{f.Decision}:{f.Score}:" + string.Join(",", f.Evidence.Select(e => $"{e.Field}@{e.Start}+{e.Length}"))));
}
