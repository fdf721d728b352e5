using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty-four (blind238): a pay, free-work or scheme term written in Latin letters was blocked when its English sentence refuses
/// it, is about it or names the client's own offer ("I don't accept commission-only projects", "an article on the risks of
/// commission-only jobs", "a banner for our free trial offer", "how to spot MLM recruiting", "…a downline business. I declined")
/// (LatinAsideRules; MlmDetector's meta words). The same terms offered stay blocked. Written for these tests.
/// </summary>
public sealed class LatinTermSetAsideTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("job", "We need an article on the risks of commission-only jobs for new freelancers. 8,000 yen fixed.", Categories.UncertainCompensation)]
    [InlineData("worker", "Sorry, I don't accept commission-only projects; I work at a fixed price.", Categories.UncertainCompensation)]
    [InlineData("job", "Please design a banner for our free trial offer, 30 days, for new subscribers.", Categories.UnpaidSample)]
    [InlineData("message", "Could you write a guide on how to spot MLM recruiting messages on social media?", Categories.Mlm)]
    [InlineData("message", "A stranger pitched me a downline business. I declined and blocked them.", Categories.Mlm)]
    public void Evaluate_LatinTermRefusedOrTalkedAbout_ReportsNone(string kind, string text, string category)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == category);
    }

    [Theory]
    [InlineData("Commission-only: you earn 20% of each sale you close, no fixed fee.", Categories.UncertainCompensation)]
    [InlineData("Join my team and build your downline for passive income!", Categories.Mlm)]
    public void Evaluate_TheSameTermsOffered_Blocks(string text, string category)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == category && f.Decision == Decision.Block);
    }
}
