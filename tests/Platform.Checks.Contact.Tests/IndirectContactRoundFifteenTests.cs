using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round fifteen: a direct message asked for "on the app's side" (インスタの方にDM), a webmail handle said before the
/// service's name (….tanaka の後ろに じーめーる), a payment outside asked for "because the disclosure is approved", an address
/// and a number asked of the reader at once. And what must not be found: the disclosure request followed in other words
/// (公開申請を通してから), meetings held without the apps (SkypeやZoomを使わず), a shop's checkout set up, a delivery link on a
/// file-transfer host, the escrow named beside 外部 in a rule quoted, form fields to be filled in. All texts are written for
/// these tests.
/// </summary>
public sealed class IndirectContactRoundFifteenTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("worker", "インスタの方にDMいただけますか？")]
    // The handle said before the webmail service: "….tanaka の後ろに じーめーる", "ｍｉｋｉ．ｏｆｆｉｃｅ ／ ジーメール".
    [InlineData("message", "資料はメールでお願いします。アドレスは　kenji.tanaka　の後ろに　じーめーる　です")]
    [InlineData("message", "連絡先はこちら→ ｍｉｋｉ．ｏｆｆｉｃｅ ／ ジーメール")]
    public void Evaluate_ContactGivenAnotherWay_Blocks(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ContactAssert.Finds(findings, Decision.Block);
    }

    [Fact]
    public void Evaluate_PaymentOutsideAfterApprovalSaidAsTheReason_Blocks()
    {
        // The approval covers contact details, never payment: "公開承認済みなので" is no deferral for a payment.
        var change = Changes.Message(
            "公開承認済みなので、追加分の3,000円はPayPayで直接いただけますか？", DealStage.EscrowFunded, DisclosureStatus.Approved, PartyRole.Worker);

        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Block);
    }

    [Fact]
    public void Evaluate_AddressAndPhoneAskedOfTheReaderWhileTheRequestIsPending_Holds()
    {
        // Fields named together ("住所と電話番号") are a form's business only when nobody is asked for them at once.
        var change = Changes.Message(
            "資料を郵送したいので、ご住所とお電話番号を教えていただけますか。", DealStage.EscrowFunded, DisclosureStatus.Requested, PartyRole.Worker);

        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Hold);
    }

    [Fact]
    public void Evaluate_ContactExchangeRuleQuotedWithTheEscrow_FindsNoContact()
    {
        // "仮払い" is the escrow, not a payment outside: the rule quoted is followed.
        var change = Changes.Message("サイトから『外部の連絡先の交換は仮払い後、公開申請の承認を得てから』と出ました。このままここで進めましょう。");

        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }

    [Theory]
    [InlineData("worker", "仮払いお願いします。なお、連絡先の交換は仮払い後に公開申請を通してからとさせてください。")]
    [InlineData("worker", "打ち合わせはSkypeやZoomを使わず、テキストで進めさせていただけますと助かります。")]
    [InlineData("job", "ネットショップの決済設定 | Shopifyで銀行振込とコンビニ払いを使えるようにしてください。")]
    [InlineData("worker", "ギガファイル便のURL貼ります（納品データです）→ https://xgf.nu/aBc12")]
    [InlineData("worker", "素材のダウンロードリンクを貼りますね。https://drive.google.com/drive/folders/1aBcD_example")]
    [InlineData("job", "メール配信の設定 | v2.3 のリリースノートを Gmail で送れるようにしてください。")]
    [InlineData("job", "申込フォームの改修 | 氏名・ご住所・お電話番号を教えていただく入力欄の並びを見直してください。")]
    public void Evaluate_NotProposedHere_FindsNoContact(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ContactAssert.FindsNone(findings);
    }
}
