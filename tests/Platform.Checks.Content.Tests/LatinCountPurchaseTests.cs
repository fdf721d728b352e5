using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty-three (blind231): followers or subscribers bought, written in English, romaji or Latin words mixed into Japanese,
/// passed, as the Japanese cues name the purchase in kana and kanji (LatinCountPurchaseRules). A refusal or a rule in the sentence and a
/// purchase in another sentence stay allowed. Latin cues match whole words only, so each inflection read ("followers", "buying",
/// "purchased") is listed. Written for these tests.
/// </summary>
public sealed class LatinCountPurchaseTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("Can you buy likes for our shop's posts? About 3,000 likes on each would be great.")]
    [InlineData("TikTokのfollowerを3000人purchaseしてください。")]
    [InlineData("subscribers wo 1000nin kaitai desu, YouTube no channel de.")]
    [InlineData("Can you buy 5k followers for my shop's Instagram before the sale?")]
    [InlineData("We are buying followers for the launch, 10,000 would be ideal.")]
    public void Evaluate_CountBoughtInLatinScript_Blocks(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.ExternalTos && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("We grow followers with real posts only and never buy followers.")]
    [InlineData("Please write an article on why brands should not buy followers.")]
    [InlineData("Can you buy props for the photo shoot? Our followers love flowers.")]
    public void Evaluate_RefusedOrNotBought_ReportsNoTos(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.ExternalTos);
    }
}
