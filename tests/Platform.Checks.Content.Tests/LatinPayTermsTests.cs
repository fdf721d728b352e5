using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty-four (blind238): pay only on results or in kind, network recruiting and free work asked before the order, written in
/// English or romaji, passed ("per sale only", "seikabarai nomi", "in store credit", "starter kit … grow your team … residual
/// income", "kenri shunyu", "a test article for free", "mushou de sample"): UncertainCompensationDetector's Latin terms, MlmDetector's
/// Latin cues, LatinAsideRules.UnpaidPiece. A bonus on top of a fixed fee, a paid test and store credit as the client's subject stay
/// allowed. Written for these tests.
/// </summary>
public sealed class LatinPayTermsTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("We pay per sale only; if a customer doesn't buy, there's nothing for you.", Categories.UncertainCompensation)]
    [InlineData("kono shigoto wa seikabarai nomi desu, kotei houshuu wa arimasen.", Categories.UncertainCompensation)]
    [InlineData("Your fee will be paid in store credit for our online shop.", Categories.UncertainCompensation)]
    [InlineData("Get the starter kit for 20,000 yen, then grow your team and earn residual income.", Categories.Mlm)]
    [InlineData("kenri shunyu de raku ni kasegemasu, tomodachi wo shoukai shite kudasai.", Categories.Mlm)]
    [InlineData("mushou de sample wo 2tsu tsukutte moraemasu ka? sono ato hacchuu shimasu.", Categories.UnpaidSample)]
    public void Evaluate_LatinPayTerms_Blocks(string text, string category)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == category && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("We pay a fixed 5,000 yen per article, plus a bonus per sale on top.")]
    [InlineData("Please write a test article; it's a paid test at 2,000 yen.")]
    [InlineData("Our shop offers store credit to customers; please write the announcement. Fee: 6,000 yen.")]
    public void Evaluate_FixedOrPaidOrTheSubject_ReportsNone(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category is Categories.UncertainCompensation or Categories.UnpaidSample or Categories.Mlm);
    }
}
