using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round sixteen: a number abroad given with its country code beside a chat app, "the green one" searched for. And what must
/// not be found: a shop's number given to be printed on the piece being made (チラシ, 署名, フッター, a button's tel: link)
/// unless the same lines offer it to the reader, a brand's account shown to look at in a job post, details said to be
/// placeholders, apps compared in a manual, calls said not to happen, contact details not to be exchanged, the client's
/// ad spend paid to the ad network. All texts are written for these tests.
/// </summary>
public sealed class IndirectContactRoundSixteenTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("message", "こちらはWhatsAppの方が早いです。+44 7911 123456 までお願いします。")]
    // A "+" before a Japanese number written with its leading 0 is no country code: still the national number.
    [InlineData("message", "急ぎの時は +090-3141-5926 までお願いします。")]
    [InlineData("message", "プロフィールの最後の英数字がIDです。緑のほうで検索してみてください。")]
    // The same shop number, but offered to the reader in the lines around it.
    [InlineData("message", "チラシのデザインの件、急ぎでしたらこちらにお電話ください。\n店舗TEL 06-6345-0000")]
    [InlineData("proposal", "撮影のご相談はお電話でも承ります。\nチラシ・名刺の撮影も可能です。\nTEL：080-3921-5570")]
    public void Evaluate_ContactGiven_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("message", "チラシに入れる情報をお送りします。\n店名：焼肉 まるや\n予約TEL：0120-29-8929（チラシ掲載用）")]
    [InlineData("message", "自動返信メールの署名に入れる店舗情報です。\nhair salon Lumiere\n〒150-0042 東京都渋谷区宇田川町12-3\nTEL 03-6455-0000")]
    [InlineData("message", "リッチメニューの「電話する」ボタンには、院の代表番号 048-222-1234 を設定してください（tel:リンクで）。")]
    [InlineData("job", "フッター修正 | 本社移転に伴いフッターを差し替えます。\n旧：TEL 06-6345-0000\n新：TEL 06-6376-1120\nHTMLのページが約40あります。")]
    [InlineData("job", "ロゴのリデザイン | 今の雰囲気はInstagram（@lune_et_soie_acc）をご覧いただくと分かりやすいと思います。予算3万円。")]
    [InlineData("message", "図中のChatwork IDやアドレスはすべてダミー（cw_sample_0001 など）にしてあります。")]
    [InlineData("message", "Chatworkの「マイチャット」に相当する機能は、Slackでは自分宛てのDMです。マニュアルではそのように書く予定です。")]
    [InlineData("message", "このお仕事はメッセージだけで完結します。電話やビデオ通話はありませんのでご安心ください。")]
    [InlineData("message", "承知しました、連絡先は交換せずにこちらで進めます。何かあればこのメッセージに書き込みます。")]
    [InlineData("job", "Google広告の運用改善 | アカウントへのアクセスは管理画面から付与、広告費は当社カードから直接Googleへ支払います。運用手数料は月額固定5万円。")]
    [InlineData("proposal", "ウェビナー運営は年間40回ほど、Zoom・Teamsどちらも経験があります。当日の接続テストも問題ありません。")]
    public void Evaluate_NotAContactExchange_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }

    [Fact]
    public void Evaluate_DirectlyInTouchAfterEscrow_HeldAsContactNotBlockedAsPayment()
    {
        // "今後は直接" is a payment outside when money or orders follow it, a contact detail when being in touch does.
        var contact = Changes.Message("今後は直接ご連絡ください。メール：works.aoki アットマーク outlook.jp", DealStage.EscrowFunded, sender: PartyRole.Worker);
        var payment = Changes.Message(
            "次回からは直接お電話でご依頼いただければ、サイトの手数料が要らないぶん2割引きで承ります。", DealStage.EscrowFunded, sender: PartyRole.Worker);

        var held = _check.Evaluate(contact, CancellationToken.None);
        ContactAssert.Finds(held, Decision.Hold);
        Assert.DoesNotContain(held, f => f.Decision == Decision.Block);
        ContactAssert.Finds(_check.Evaluate(payment, CancellationToken.None), Decision.Block);
    }

    [Fact]
    public void Evaluate_BrandAccountWithDirectMessageAsked_StillBlocks()
    {
        // Shown to look at, but written to as well: the account is a way to talk.
        var change = Changes.Job("今の雰囲気はInstagram（@lune_et_soie_acc）をご覧ください。ご質問はそちらのDMへどうぞ。", "ロゴのリデザイン");

        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Block);
    }
}
