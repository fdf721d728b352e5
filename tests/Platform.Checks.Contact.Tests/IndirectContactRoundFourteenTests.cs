using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round fourteen: an exchange asked as "…しません？", the platform's cut resented and the contract cancelled to deal
/// privately, escrow skipped for a prepaid gift code, bank details without the word 銀行, a number given earlier used again,
/// the writer's own site pointed to for contact, cash handed over on site, another channel said to be quicker. And what
/// must not be found: apps taught, migrated or used as the lesson's tool, an app named as a likeness, the disclosure
/// request followed, calls that are the work, a word about scope ("報酬対象外"), the quicker channel granted and set
/// aside; a second part from the older tuning corpora: bank accounts lent or used to pass money on, the escrow cancelled
/// to change the pay scheme, accounts on an app made to order, an exchange said not to be needed, a login built with an
/// app. All texts are written for these tests.
/// </summary>
public sealed class IndirectContactRoundFourteenTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("message", "ライン交換しません？こっちより早いんで")]
    [InlineData("message", "こっち経由だと2割取られるんで、キャンセルして個人でやりましょうか")]
    [InlineData("message", "電子ギフトで先払いするので、サイトの仮払いは飛ばしてもいいですか？")]
    [InlineData("message", "振込先です→みずほ 新宿支店 普通 1234567 こちらにお願いします")]
    [InlineData("message", "以前教えてもらった電話番号に、またこちらから連絡しますね。")]
    [InlineData("message", "ホームページを見てもらえれば連絡先が載っているので、そこからご連絡ください。")]
    [InlineData("worker", "ポートフォリオサイトにお問い合わせフォームがあるので、詳しいご相談はそちらからお願いします。")]
    [InlineData("message", "追加の作業分は、当日現地で現金でお渡ししますね。")]
    [InlineData("message", "資料はメールで送ったほうが早くないですか？")]
    public void Evaluate_ContactGivenAnotherWay_Blocks(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ContactAssert.Finds(findings, Decision.Block);
    }

    [Theory]
    [InlineData("job", "スマホ教室の講師 | 電話のかけ方や、LINEでの家族とのやり取りのやり方をシニアの方に教えてください。")]
    [InlineData("job", "ツール移行の手順書 | ChatworkからSlackへの移行手順書を、画面の画像付きで作ってください。")]
    [InlineData("job", "オンライン講師 | レッスンは当社契約のZoomで実施します。講師の方との連絡は本サイトのメッセージで行います。")]
    [InlineData("job", "食事指導のお試し | LINE風のチャット指導を、このサイトのメッセージで1週間お願いします。報酬3,000円は仮払いします。")]
    [InlineData("message", "連絡先の交換は、仮払いのあとに開示申請をしてからにしましょう。")]
    [InlineData("message", "仮払い後に連絡先を交換したいので、公開申請をお願いできますか？")]
    [InlineData("job", "健康食品の電話営業 | 既存顧客への電話営業です。アポが取れなかった分は報酬対象外です。")]
    [InlineData("message", "電話で話したほうが早いかもですが、ここにまとめて書きますね。")]
    [InlineData("worker", "LINEよりここの方が早いので、このままこちらでお願いします。")]
    [InlineData("message", "メールより、このサイトのメッセージのほうが早いです。")]
    // Second part: an account lent or used to pass money on (the other category's business), the escrow cancelled to change
    // the pay scheme, accounts on an app made to order, an exchange said not to be needed, a login built with the app.
    [InlineData("job", "口座をお貸しください | 使っていない銀行口座をお貸しいただける方を探しています。通帳とキャッシュカードを郵送していただきます。")]
    [InlineData("message", "仮払いした分はいったんキャンセルして、成果報酬に切り替えさせてもらえませんか")]
    [InlineData("message", "追加で、Xのアカウントをあと10個作ってもらえますか？")]
    [InlineData("message", "仮払いは済んでいますが、連絡先の交換はしなくて大丈夫です。")]
    [InlineData("job", "LINEログインの追加 | 会員サイトにLINEログイン（ソーシャルログイン）を追加してください。")]
    public void Evaluate_NotProposedHere_FindsNoContact(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ContactAssert.FindsNone(findings);
    }
}
