using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty-six (blind246, blind247). Asked in English, reviews written as a customer or with the advertiser hidden, counts
/// grown by posing as many users, and pay in points or goods passed, the categories' cues being kana and kanji (LatinRequestRules:
/// a subject with an act near it, unless refused, the work's subject or the client's own test set-up). MLM pitched in speech or
/// dialect by the money flowing in from the recruits' recruits ("誘った子の下にも人ついたら…入ってくるんよ", MlmChainRules) passed,
/// and warnings, reports and refusals said in speech ("要注意", "通報しといた", "断ったわ") were blocked as pitches (MlmDetector's meta
/// words). Written for these tests.
/// </summary>
public sealed class EnglishRequestsAndDialectMlmTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("Rate our bakery five stars on the map app and say you are a regular there.", Categories.StealthMarketing)]
    [InlineData("Write comments on our product video like a real fan, and do not say you work for us.", Categories.StealthMarketing)]
    [InlineData("Install our game on different devices with new accounts each time so it climbs the ranking.", Categories.ExternalTos)]
    [InlineData("Claim the welcome bonus with different emails and transfer the points to our account.", Categories.ExternalTos)]
    [InlineData("Payment for the logo: 3,000 points on our web shop, no cash.", Categories.UncertainCompensation)]
    public void Evaluate_RequestInEnglish_Blocks(string text, string category)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == category && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("I can't write reviews pretending to be a customer; a labelled sponsored post is fine.")]
    [InlineData("Build a dashboard that flags reviews posted from multiple accounts, for our moderation team.")]
    [InlineData("Create 50 test accounts on our staging server and repeat the sign-up flow for a load test.")]
    [InlineData("Your fee is 40,000 yen in cash via the platform; the points in the design are for our customers.")]
    public void Evaluate_TheSameWordsRefusedOrAsTheWork_FindsNone(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("うちのチームに入らん？あんたが誘うた人の下にも人ついたら、そっからもお金入ってくるけん")]
    [InlineData("友達の友達の分まで毎月入ってくるんよ、一緒にやろうや")]
    [InlineData("下ば五人つくれば、あとは寝ちょっても金が入っど")]
    public void Evaluate_MlmPitchedInDialect_Blocks(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.Mlm && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("ネットワークビジネスの勧誘されたけど断ったわ。気をつけてな")]
    [InlineData("権利収入ばっかり言う人がおったけん、運営に通報しといた")]
    [InlineData("「不労所得」って言葉が出たら要注意、っていうポスターを作りたいんよ")]
    public void Evaluate_MlmWarnedOfOrReportedInSpeech_FindsNoMlm(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.Mlm);
    }
}
