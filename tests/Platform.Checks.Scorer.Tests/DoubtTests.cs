using Platform.Compliance.Abstractions;

namespace Platform.Checks.Scorer.Tests;

/// <summary>The scorer as a second opinion on the rules' blocks (ScorerSettings.DoubtBelow).</summary>
public sealed class DoubtTests
{
    private static readonly Lazy<ScorerCheck> Check = new(() => new ScorerCheck(PluginFolders.Scorer()));

    // A dislike of the phone, written to say the platform's messages suit the writer: a chat-app rule once blocked it.
    private const string PhoneShy = "電話はどうも苦手で、文字でやりとりできるのはありがたいです。引き続きこちらでお願いします。";

    [Fact]
    public void Evaluate_RuleBlockTheTextDoesNotBear_Doubted()
    {
        var change = Blocked(PhoneShy, Categories.OffPlatformContact, "contact.chat_app");

        var doubt = Assert.Single(Check.Value.Evaluate(change, CancellationToken.None), f => f.Doubts);

        Assert.Equal((Categories.OffPlatformContact, Decision.Hold, "scorer.doubt"), (doubt.Category, doubt.Decision, doubt.Code));
        Assert.Contains("担当者が確認するまで保留", doubt.ReasonJa);
        Assert.True(doubt.Score < 0.02, $"score {doubt.Score}");
    }

    [Theory]
    [InlineData("ここだと返信が遅れるので、LINEで直接やり取りしましょう。IDはmiki_works22です。", Categories.OffPlatformContact, "contact.chat_app")]
    [InlineData("紹介した人がさらに紹介すると、その分も私たちの収入になります。権利収入で自由な生活を手に入れましょう。", Categories.Mlm, "mlm.recruiting")]
    [InlineData("大学の卒業論文を代わりに書いてください。私の名前で提出します。", Categories.OtherIllegal, "illegal.ghostwriting")]
    public void Evaluate_RuleBlockTheTextBears_NotDoubted(string text, string category, string code)
    {
        var findings = Check.Value.Evaluate(Blocked(text, category, code), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Doubts);
    }

    [Fact]
    public void Evaluate_DetailTheRulesValidated_NeverDoubted()
    {
        // The rules read a phone number the n-grams cannot weigh (every digit folds to 0): never doubted.
        var change = Blocked(PhoneShy, Categories.OffPlatformContact, "contact.phone");

        Assert.DoesNotContain(Check.Value.Evaluate(change, CancellationToken.None), f => f.Doubts);
    }

    [Fact]
    public void Evaluate_ABlockBesideAValidatedDetail_NotDoubted()
    {
        var change = Changes.Message(PhoneShy, sender: PartyRole.Worker) with
        {
            Findings =
            [
                new Finding(Categories.OffPlatformContact, Decision.Block, 0.9, "contact.chat_app", "連絡先"),
                new Finding(Categories.OffPlatformContact, Decision.Block, 1, "contact.email", "メール"),
            ],
        };

        Assert.DoesNotContain(Check.Value.Evaluate(change, CancellationToken.None), f => f.Doubts);
    }

    [Fact]
    public void Evaluate_HoldOrAdvice_NotDoubted()
    {
        var held = Changes.Message(PhoneShy, sender: PartyRole.Worker) with
        {
            Findings = [new Finding(Categories.OffPlatformContact, Decision.Hold, 0.9, "contact.chat_app", "連絡先")],
        };

        Assert.DoesNotContain(Check.Value.Evaluate(held, CancellationToken.None), f => f.Doubts);
    }

    [Fact]
    public void Evaluate_DoubtingTurnedOff_NoDoubt()
    {
        var off = new ScorerCheck(
            ModelFiles.Load(Path.Combine(PluginFolders.Scorer(), ModelFiles.FolderName)),
            ScorerSettings.Load(PluginFolders.Scorer()) with { DoubtBelow = 0 });

        Assert.DoesNotContain(off.Evaluate(Blocked(PhoneShy, Categories.OffPlatformContact, "contact.chat_app"), CancellationToken.None), f => f.Doubts);
    }

    [Fact]
    public void Settings_ShippedFile_DoubtsBelowTwoPercentAndKeepsValidatedDetails()
    {
        var settings = ScorerSettings.Load(PluginFolders.Scorer());

        Assert.Equal(0.02f, settings.DoubtBelow);
        Assert.Equal(["contact.phone", "contact.email", "contact.url", "contact.split"], settings.NotDoubted);
    }

    private static StateChange Blocked(string text, string category, string code) =>
        Changes.Message(text, sender: PartyRole.Worker) with
        {
            Findings = [new Finding(category, Decision.Block, 0.9, code, "ルールの理由")],
        };
}
