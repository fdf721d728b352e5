using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round nine: contact promised only once the disclosure is approved (承認されましたら), an address or app said not to be
/// used (使わずに, 使わなくて大丈夫, DMではなく), a line width (ラインを1.5ptから), the shop's own account or number printed on the
/// piece being made, someone else's offer reported (「…」と持ちかけられた), the escrow skipped with no other money route, the
/// fee avoided only as a motive, a direct deal declined (お受けできない). And what must still be found: contact after an
/// approval withdrawn, a spelled mobile number a digit short, a Discord tag left for the other, a phone number asked for
/// by name, cash on the day, a direct transfer offered to dodge the fee, a payment app's ID, the escrow skipped with pay
/// arranged elsewhere, the contract moved to another service. All texts are written for these tests.
/// </summary>
public sealed class IndirectContactRoundNineTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("message", "規約で連絡先の交換は公開申請の承認後と決まっていますので、承認されましたら改めてメールアドレスをお伝えします。")]
    [InlineData("message", "以前お伝えしたメールアドレスは使わずに、今後はこちらのメッセージでお願いします。")]
    [InlineData("message", "打ち合わせにZoomは使わなくて大丈夫です。このチャットで進めましょう。")]
    [InlineData("message", "当選のご連絡はDMではなく、アカウントの投稿でお知らせする形にしてください。")]
    [InlineData("message", "見出しの下のラインを1.5ptから0.75ptに細くしました。")]
    [InlineData("message", "ショップカードには、お問い合わせ先としてお店のInstagramのQRコードを載せる予定です。")]
    [InlineData("message", "チラシに載せる御社の相談窓口「0120-45-6789」で間違いないでしょうか。")]
    [InlineData("message", "以前、別の方から「手数料がもったいないので直接振り込みで」と持ちかけられたことがあり、それ以来すべてサイト経由にしています。")]
    [InlineData("message", "事務局の担当者から、今回は仮払いなしで進めてよいと言われました。")]
    [InlineData("message", "直接のご依頼はお受けできないのですが、同じ内容で追加契約をいただければ優先して対応します。")]
    // Example addresses: a placeholder name, or a sentence about test data.
    [InlineData("message", "フォームの送信テストは test@example.com 宛てで行いました。")]
    [InlineData("message", "入力チェックでは、sato.k@example.jp のような形式のアドレスだけを通してください。")]
    [InlineData("message", "報酬は自社で発行しているトークンで払います。")]
    [InlineData("message", "仮払いはやめずに、いつも通りサイトの仮払いでお願いします。")]
    public void Evaluate_NotProposedHere_FindsNoContact(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ContactAssert.FindsNone(findings);
    }

    [Theory]
    [InlineData("message", "公開承認が取り消されたそうですが、前にお伝えした番号に電話してもらえれば続きを話せます。")]
    [InlineData("profile", "お電話でのご相談も受け付けています。ゼロキュウゼロ・イチニサン・ヨンゴロク・ナナ")]
    [InlineData("message", "一応Discordも置いときますね。tanaka_works#4821")]
    [InlineData("message", "作業の段取りは了解です。あと、念のため携帯番号もお願いします。")]
    [InlineData("message", "撮影当日に増えた分は、その場で現金精算にしましょう。")]
    [InlineData("proposal", "サイトの手数料を避けたいお客様には、弊社口座への直接振込でも承っております。")]
    [InlineData("message", "チップを送っていただけるなら、PayPayのIDお伝えしますね。")]
    [InlineData("message", "事務局の担当者から仮払いなしで進めてよいと言われたので、報酬は納品後にまとめてお支払いします。")]
    [InlineData("message", "弊社は別のフリーランス向けサービスで取引先を管理しているので、契約はそちらで結び直させてください。")]
    // A real-looking name at a documentation domain, an approval said to have come, a described app, the same address as before.
    [InlineData("message", "ご質問は h.kimura.design@example.com までお送りください。")]
    [InlineData("message", "公開申請が承認されたので、残りは私の口座から直接振り込みますね。")]
    [InlineData("message", "細かい相談は みどりの吹き出しアプリ のほうが早いです。IDは t a k a _ 1 2 3 4 です")]
    [InlineData("message", "承認は取り消しになったみたいですが、メールは前と同じアドレスに送っていただければ大丈夫です。")]
    [InlineData("message", "申請が通ったらディスコードで画面共有しましょう。名前は kuro_5521 です")]
    // The hit's own "やめて" is no refusal of it; a number in pieces for the reader to call.
    [InlineData("message", "仮払いはやめて、納品後にこちらから銀行振込で払います。その方が楽ですよね。")]
    [InlineData("message", "承認が下りたらこちらにかけてください→ 090 と 8765 と 4321 です。")]
    public void Evaluate_OffPlatform_StillFindsContact(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ContactAssert.Finds(findings, Decision.Block);
    }
}
