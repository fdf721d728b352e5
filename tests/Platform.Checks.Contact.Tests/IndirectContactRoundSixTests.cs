using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Sixth round: newer apps with an ID (KakaoTalk, Bluesky handles), a host with its dot spaced out, a call on the app
/// named as such (LINE通話); and what must stay allowed: a scheduling tool named
/// as the work's subject (not a link), an app's own product named after it (LINE Creators Market) even beside
/// "申請", growing an account as the work, and contact moved elsewhere only once the disclosure request is through.
/// All texts are written for these tests.
/// </summary>
public sealed class IndirectContactRoundSixTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("中国語の翻訳やってます。KakaoTalk：hana_trans でも受け付けています")]
    [InlineData("ご相談はBlueskyでも大丈夫です→ hana-design.bsky.social")]
    [InlineData("日程はこちらから選んでください timerex.net/s/hana_1234/abcd")]
    [InlineData("打ち合わせの予約はこちら→ calendly . com / hana-works （スペースを詰めてください）")]
    [InlineData("細かいところはLINE通話で説明させてください")]
    [InlineData("画面共有の前にLINE通話しながら手順をお伝えしたいです")]
    public void Evaluate_Route_FindsContact(string text)
    {
        var findings = _check.Evaluate(Changes.Message(text), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.OffPlatformContact);
    }

    [Theory]
    [InlineData("採用面接の日程調整ツール（TimeRex）の初期設定と、社内向けの使い方マニュアル作成をお願いします")]
    [InlineData("スタンプの申請は、LINE Creators Marketで御社のアカウントから行っていただきます")]
    [InlineData("Instagram相互フォローといいねの分析レポートを毎月作成します")]
    [InlineData("LINE通話の録音データを文字起こししてください。話者は2名です")]
    [InlineData("対応バージョンは 2 . 5 以降です。詳しくは仕様書の 3 . 2 節をご覧ください")]
    [InlineData("連絡先の交換は、仮払い後に公開申請が通ってからにしましょう。それまではこちらのメッセージでお願いします")]
    public void Evaluate_TopicOrDeferral_NoFinding(string text)
    {
        var findings = _check.Evaluate(Changes.Message(text), CancellationToken.None);
        ContactAssert.FindsNone(findings);
    }
}
