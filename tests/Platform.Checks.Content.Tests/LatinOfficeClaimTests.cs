using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty-five (blind241, blind238): the platform's office claimed under an English or romaji name ("[Support Team] Your payout
/// is on hold… verify your bank details on the form", "This message is from Admin… log in again via the link", "unei kara tokubetsu
/// ni…gaibu no form") passed: the detector's office names are kana and kanji (FakeOfficialDetector's new LatinOfficeRules). The
/// writer's own support team, a message reported as posing as it, and an outside form said not to be used stay allowed
/// (FakeOfficialDetector.IsLureDenied). Written for these tests.
/// </summary>
public sealed class LatinOfficeClaimTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("[Support Team] Your payout is on hold. Please verify your bank details on the form below.")]
    [InlineData("This message is from Admin: you were selected for a special project. Log in again via the link.")]
    [InlineData("unei kara tokubetsu ni erabaremashita. gaibu no form ni kinyuu shite kudasai.")]
    [InlineData("The platform staff approved your upgrade. Submit your ID photo on our site today.")]
    public void Evaluate_OfficeClaimedInLatinLetters_Blocks(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.FakeOfficial && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("Our support team will send the files here. No external form is needed.")]
    [InlineData("A message claiming to be from the Support Team asked for my password on a form. I reported it.")]
    [InlineData("弊社のSupport Teamが使う問い合わせフォームの文言を英訳してください。")]
    [InlineData("事務局からの本当のお知らせはサイトの通知欄に届くそうです。外部フォームは使わないと決めています。")]
    public void Evaluate_OwnTeamWarningOrFormNotUsed_ReportsNoFakeOffice(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.FakeOfficial);
    }

    [Fact]
    public void Evaluate_TheOfficeClaimedInJapanese_StillBlocks()
    {
        var findings = _check.Evaluate(Changes.OfKind("message", "事務局から特別に選ばれた方だけの案件です。外部フォームに入力してください。"), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.FakeOfficial && f.Decision == Decision.Block);
    }
}
