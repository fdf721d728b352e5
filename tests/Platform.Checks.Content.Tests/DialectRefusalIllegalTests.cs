using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty-four (blind239): illegal work refused in dialect or named a crime ("…代わりに書くのは無理じゃけど", "口座を貸すのは
/// 犯罪です") was blocked as asked for (Lexicon.Refusal += のは無理, がは無理, のは犯罪…). The same work asked for in dialect stays
/// blocked. Written for these tests.
/// </summary>
public sealed class DialectRefusalIllegalTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("卒論を代わりに書くのは無理じゃけど、構成の相談なら乗るよ")]
    [InlineData("口座を貸すのは犯罪です。ほかのお仕事なら相談に乗ります。")]
    public void Evaluate_RefusedInDialectOrNamedACrime_ReportsNoIllegal(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("worker", text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.OtherIllegal);
    }

    [Theory]
    [InlineData("口座を貸してくれたら月3万払うけぇ、通帳とカードを送ってや")]
    [InlineData("試験を代わりに受けてくれんかね、バレんけぇ")]
    public void Evaluate_AskedInDialect_Blocks(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.OtherIllegal && f.Decision == Decision.Block);
    }
}
