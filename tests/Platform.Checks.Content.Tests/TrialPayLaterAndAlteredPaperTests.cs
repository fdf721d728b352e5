using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty-eight (blind253-255). Free trial work asked before the order in casual speech or other words passed ("お試しやし",
/// "体験入社", "お手並み拝見", "正式にお願いする前に", "選ばれた方に本依頼", "お気に召したら"; UnpaidSampleDetector's cue sets), and stealth
/// posts hiding the tie without a label word ("うちとの関係は匂わせないで", "案件ってバレたらダメ"). Pay waiting on the payer's own means or
/// targets (資金に余裕ができたら, 軌道に乗ったら給料, 売上が目標を超えた月だけ) and an amount left for the payer to set once the work is done
/// ("お代は、出来を見てからこっちで決めます", "完成後に査定して金額を"; ConditionalPayRules). A paper proving who one is with an entry
/// changed ("保険証の画像、名前だけ変えて", FalseRecordRules), an exam or class attended for someone in romaji or with a comma
/// (CourseworkRules). Paid trials, disclosed posts, fixed fees, procedures and a refusal told stay allowed. Written for these tests;
/// every blocked text here was allowed by the session-start plugin, and the refusal was blocked by it.
/// </summary>
public sealed class TrialPayLaterAndAlteredPaperTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("正式にお願いする前に、バナーの案を二つ作ってもらえます？採用になったら発注します", Categories.UnpaidSample)]
    [InlineData("体験入社ということで、三日間無報酬で来てもらえますか", Categories.UnpaidSample)]
    [InlineData("見本として一本書いてみてください。お気に召したら依頼します", Categories.UnpaidSample)]
    [InlineData("うちとの関係は匂わせないで、普通の感想として投稿してね", Categories.StealthMarketing)]
    [InlineData("案件ってバレたらダメだから、自然に紹介して", Categories.StealthMarketing)]
    [InlineData("資金に余裕ができたら、報酬をお支払いします", Categories.UncertainCompensation)]
    [InlineData("最初は無給で、軌道に乗ったら給料を出します", Categories.UncertainCompensation)]
    [InlineData("お代は、出来を見てからこっちで決めます", Categories.UncertainCompensation)]
    [InlineData("完成後に査定して、金額をお知らせします", Categories.UncertainCompensation)]
    [InlineData("保険証の画像、名前だけ変えて作り直してくれる？", Categories.OtherIllegal)]
    [InlineData("Shiken wo kawari ni ukete moraemasu ka? Orei wa shimasu.", Categories.OtherIllegal)]
    [InlineData("オンライン授業に、私の代わりに出席してほしい", Categories.OtherIllegal)]
    public void Evaluate_AskedInOtherWords_Blocks(string text, string category)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == category && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("有償のお試しとして、1本3,000円で書いてみてください")]
    [InlineData("Please mention that we sent the product, and add #ad to the post.")]
    [InlineData("うちとの関係はちゃんと書いてね。投稿には「PR」を入れてください")]
    [InlineData("金額は見積もりどおり3万円で、仕上がりを見てからお支払いします")]
    [InlineData("報酬は固定です。資金に余裕ができたら、次の案件もお願いしたいです")]
    [InlineData("保険証の住所変更の手続きを説明するページを作ってください")]
    [InlineData("オンライン授業の動画の字幕を作ってください")]
    // Blocked by the session-start plugin: the writer's own refusal of a stand-in told.
    [InlineData("代わりに受けてって頼まれた試験、ちゃんと断ったよ")]
    public void Evaluate_PaidDisclosedFixedOrRefused_BlocksNothing(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Decision == Decision.Block);
    }

    [Fact]
    public void Evaluate_WorkersOwnPastSamplesOffered_BlocksNothing()
    {
        var findings = _check.Evaluate(
            Changes.OfKind("worker", "見本として過去の作品を二点お送りします。お気に召したら、ご契約ください"), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Decision == Decision.Block);
    }
}
