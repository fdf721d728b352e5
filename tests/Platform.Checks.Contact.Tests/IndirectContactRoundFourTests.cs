using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Fourth round: asking whether the other uses an app, keeping an app after a refused disclosure, a number with emoji
/// between its groups, "call me" in katakana, searching a quoted handle, a bank transfer blamed on maintenance; and the
/// refusals and mentions that must stay allowed: refusals in dialect or as "not offered", wording quoted to be
/// corrected, the disclosure request named as the proper way, LINE Creators Market as the job's subject.
/// </summary>
public sealed class IndirectContactRoundFourTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    // Asking whether the other uses the app is the first step of moving there.
    [InlineData("ちなみにディスコードやってますか？", "contact.chat_app")]
    [InlineData("テレグラムお持ちですか？そっちの方が早いので", "contact.chat_app")]
    // The app kept after the platform said no.
    [InlineData("公開は却下されちゃいましたけど、スラックはこのまま使わせてもらいますね", "contact.chat_app")]
    // A number with emoji or symbols between its groups.
    [InlineData("通知が来ないので ０８０💐５５１２💐３３９０ にSMSください", "contact.phone")]
    [InlineData("急ぎの時は090♡7766♡1024へお願いします", "contact.phone")]
    // Called in katakana or half-width kana.
    [InlineData("ｼｮｳｻｲﾊ ｵﾃﾞﾝﾜﾃﾞ ｵﾈｶﾞｲｼﾏｽ", "contact.invitation")]
    [InlineData("確認したいことがあるので、一度お電話いただけますか", "contact.invitation")]
    // A handle to search for, quoted.
    [InlineData("Xで「kyoto_photo_works」って検索したら出てきますよ", "contact.invitation")]
    // Paying by transfer because the payment system is said to be down.
    [InlineData("決済システムのメンテナンス中のため、今回は銀行振込でのお支払いをお願いします", "contact.payment_outside")]
    public void Evaluate_Route_FindsCode(string text, string code)
    {
        var findings = _check.Evaluate(Changes.Message(text), CancellationToken.None);
        Assert.Contains(findings, f => f.Code == code && f.Category == Categories.OffPlatformContact);
    }

    [Theory]
    // Refusals in dialect, and payment methods said not to be offered.
    [InlineData("ごめんやけど、サイト外での直接振込はあかんねん。仮払いでお願いしますわ")]
    [InlineData("申し訳ありませんが、PayPayでのお支払いには対応しておりません。サイトの決済をご利用ください")]
    [InlineData("LINE交換はできへんのです、ここのメッセージでお願いします")]
    // Wording quoted to be corrected in a manuscript.
    [InlineData("チラシ原稿の「LINEで友だち追加してね」という文言を、「公式アカウントをフォロー」に変えてください")]
    // The disclosure request named as the proper way to a phone call later.
    // A sales job's calls are to customers, not to the writer.
    [InlineData("テレアポ業務です。リストの企業にお電話いただき、担当者とのアポイントを取っていただきます")]
    [InlineData("仮払いの後でどうしても電話が必要になったら、連絡先公開申請という正式な手続きで申請させてください")]
    public void Evaluate_RefusalOrMention_NoFinding(string text)
    {
        var findings = _check.Evaluate(Changes.Message(text), CancellationToken.None);
        ContactAssert.FindsNone(findings);
    }

    [Fact]
    public void Evaluate_JobAboutLineCreatorsMarket_NoFinding()
    {
        var change = Changes.Job("柴犬のLINEスタンプを24個描いてください。LINE Creators Marketへの登録と申請はこちらで行います。", title: "LINEスタンプ制作");

        Assert.DoesNotContain(_check.Evaluate(change, CancellationToken.None), f => f.Category == Categories.OffPlatformContact);
    }
}
