using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty-four (blind236) and round thirty-three's known miss blind230-0080: an ad asked to keep to a law on what ads may claim
/// ("…薬事法に引っかからない言い回しで") was read as the ad label evaded (StealthEvasionRules._claimsLaw), and a piece said right after
/// the label to be the medium's own ("PR表記は不要な自主企画の記事です") as a label withheld (StealthMarketingDetector.OwnPieceAfter).
/// The label rules evaded, and a paid piece without its label, stay blocked. Written for these tests.
/// </summary>
public sealed class AdLawAndOwnPieceTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("message", "サプリの広告コピー、薬事法に引っかからない言い回しでお願いします。")]
    [InlineData("job", "化粧品の宣伝文を、薬機法上引っかからない書き方で10本お願いします。")]
    [InlineData("job", "家電の選び方ガイドを書いてください。PR表記は不要な自主企画の記事です。")]
    [InlineData("job", "地元カフェの紹介記事をお願いします。PR表記は不要な独自企画です。")]
    public void Evaluate_AdLawKeptOrOwnPiece_ReportsNoStealth(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.StealthMarketing);
    }

    [Theory]
    [InlineData("message", "宣伝だとステマ規制に引っかからないように、普通の感想っぽく書いてください。")]
    [InlineData("job", "PR表記は不要です。報酬をお支払いするので、商品を自然に褒める記事にしてください。")]
    public void Evaluate_LabelEvadedOrWithheld_Blocks(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.StealthMarketing && f.Decision == Decision.Block);
    }
}
