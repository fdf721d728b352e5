using Platform.Compliance.Abstractions;

namespace Platform.Checks.Scorer.Tests;

/// <summary>
/// Round thirty-three (blind231): a rule's block of a text written in English or romaji was doubted and held, as the model, which
/// learnt Japanese character n-grams, scores such a text near zero in every category (ScorerCheck.IsLatin). A Japanese text the rules
/// block and the model does not bear is still doubted. Written for these tests.
/// </summary>
public sealed class LatinTextNotDoubtedTests
{
    private static readonly Lazy<ScorerCheck> Check = new(() => new ScorerCheck(PluginFolders.Scorer()));

    [Theory]
    [InlineData("Could you write my essay for class? I will hand it in under my own name.", Categories.OtherIllegal, "illegal.ghostwriting")]
    [InlineData("repooto no daikou onegai shimasu. watashi no namae de dashimasu.", Categories.OtherIllegal, "illegal.ghostwriting")]
    [InlineData("Please get us 20k followers by buying them, budget is fine.", Categories.ExternalTos, "tos.fake_followers")]
    public void Evaluate_RuleBlockOfALatinText_NotDoubted(string text, string category, string code) =>
        Assert.DoesNotContain(Check.Value.Evaluate(Blocked(text, category, code), CancellationToken.None), f => f.Doubts);

    [Fact]
    public void Evaluate_RuleBlockOfAJapaneseTextWithLatinWords_StillDoubted()
    {
        var change = Blocked("電話はどうも苦手で、文字でやりとりできるのはありがたいです。PCもMacなので、引き続きこちらでお願いします。", Categories.OffPlatformContact, "contact.chat_app");
        Assert.Contains(Check.Value.Evaluate(change, CancellationToken.None), f => f.Doubts);
    }

    [Theory]
    [InlineData("Please buy followers.", true)]
    [InlineData("sotsuron no daikou onegai shimasu", true)]
    [InlineData("インスタのfollowerをbuyしてboostしたいです", false)]
    [InlineData("よろしくお願いします", false)]
    public void IsLatin_ShareOfLatinLetters(string text, bool latin) =>
        Assert.Equal(latin, ScorerCheck.IsLatin(null, ScorerFeatures.Fold(text)));

    private static StateChange Blocked(string text, string category, string code) =>
        Changes.Message(text, sender: PartyRole.Worker) with { Findings = [new Finding(category, Decision.Block, 0.9, code, "理由")] };
}
