using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round fifteen: a direct message asked for "on the app's side" (インスタの方にDM). And what must not be found: the
/// disclosure request followed in other words (公開申請を通してから), meetings held without the apps (SkypeやZoomを使わず),
/// a shop's checkout set up, a delivery link on a file-transfer host. All texts are written for these tests.
/// </summary>
public sealed class IndirectContactRoundFifteenTests
{
    private readonly ContactDetailsCheck _check = new();

    [Fact]
    public void Evaluate_DirectMessageOnTheAppsSide_Blocks()
    {
        var findings = _check.Evaluate(Changes.OfKind("worker", "インスタの方にDMいただけますか？"), CancellationToken.None);
        ContactAssert.Finds(findings, Decision.Block);
    }

    [Theory]
    [InlineData("worker", "仮払いお願いします。なお、連絡先の交換は仮払い後に公開申請を通してからとさせてください。")]
    [InlineData("worker", "打ち合わせはSkypeやZoomを使わず、テキストで進めさせていただけますと助かります。")]
    [InlineData("job", "ネットショップの決済設定 | Shopifyで銀行振込とコンビニ払いを使えるようにしてください。")]
    [InlineData("worker", "ギガファイル便のURL貼ります（納品データです）→ https://xgf.nu/aBc12")]
    [InlineData("worker", "素材のダウンロードリンクを貼りますね。https://drive.google.com/drive/folders/1aBcD_example")]
    public void Evaluate_NotProposedHere_FindsNoContact(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ContactAssert.FindsNone(findings);
    }
}
