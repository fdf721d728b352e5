using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round eleven: outside tools named only to say they are not used (などの外部ツールは使わず), an invitation quoted in
/// 『…』 and reported, an old address not to be written to, QR codes for ordering at the table, the contact fields of a
/// form or list being built (必須, 全角, 入力欄). And what must still be found: a Gmail address asked for politely (Gメールの
/// アドレスをお願いできますか), paying on a "partner's" page in the office's name. All texts are written for these tests.
/// </summary>
public sealed class IndirectContactRoundElevenTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("worker", "ChatworkやGoogle Meetなどの外部ツールは使わず、すべてサイト内のメッセージでご連絡いたします。")]
    [InlineData("message", "先週、別の応募者から『Telegramで話しませんか？IDはこちら』というメッセージが来たので、運営に通報しました。")]
    [InlineData("message", "連絡先の公開が取り消されたので、前にお伝えしたメールアドレスには今後送らないでください。")]
    [InlineData("job", "居酒屋のテーブルオーダー導入 | 各テーブルのQRコードから注文と会計ができるサービスを選んで、初期設定をお願いします。")]
    [InlineData("job", "予約フォームの改修 | 予約フォームの電話番号とメールアドレスに必須チェックを付けてください。")]
    [InlineData("message", "名簿のメールアドレスの全角を半角に統一していただけますか。")]
    [InlineData("message", "共有フォルダのアドレスをお願いします。そこに写真を入れておきます。")]
    public void Evaluate_NotProposedHere_FindsNoContact(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ContactAssert.FindsNone(findings);
    }

    [Fact]
    public void Evaluate_GmailAddressAskedPolitely_HeldBeforeDisclosure()
    {
        var findings = _check.Evaluate(
            Changes.Message("納品データをドライブで共有したいので、Gメールのアドレスをお願いできますか。", DealStage.EscrowFunded),
            CancellationToken.None);

        ContactAssert.Finds(findings, Decision.Hold);
    }

    [Theory]
    [InlineData("事務局と提携しておりますので、手数料のかからない弊社の決済ページからお支払いください。")]
    [InlineData("運営から許可を得ているので、お支払いは手数料のかからない外部決済でお願いします。")]
    public void Evaluate_PaymentPageClaimedInTheOfficesName_StillFindsPaymentOutside(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        ContactAssert.Finds(findings, Decision.Block);
    }
}
