using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round twenty-seven (contact): details the reader is told how to make (an address or an app's name built from the writer's name, a
/// number read down the first chars of a text, a mobile prefix put before another number, a number split over lines with "そのあと"),
/// an ID on the writer's avatar, the writer's direct line put in a file with the talk sent there, a detail asked to be written here, the
/// platform called slow with an app named after it, an official account where sign-ups are taken, and payment around the platform: the
/// escrow said not to be needed of the reader, an advance taken another way, pay or orders through another market, the fee's share
/// offered off for ordering elsewhere, another currency accepted. And what must not be found: file names and staff addresses made by a
/// naming rule, acrostics as the work, other numbers with a prefix, "その後" with no digits, a login ID, an order number asked for, the
/// detail held back, an app's notifications, an account printed on a flyer, the fee counted into a price or taken off here, another
/// market's past work, payment methods added to a shop, cash as a measure, numbers to be replaced on printed pieces, a line of a script,
/// the escrow merely not yet due, and the claimed office paying. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentySevenContactTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("worker", "見積書はジーメールでお送りしますね。アドレスは、こちらのユーザー名をそのまま小文字にしたものです。")]
    [InlineData("worker", "Skypeでも話せます。Skype名は、私のフルネームをローマ字でつなげたものです。")]
    [InlineData("worker", "私のメアドはここの表示名をローマ字にして@outlook.jpです")]
    [InlineData("proposal", "打ち合わせはディスコードでも可能です、名前は私の名字＋worksです。")]
    [InlineData("worker", "連絡先はここに書けないので、自己紹介文の各行の頭を縦に読んでみてください。")]
    [InlineData("proposal", "電話番号は前のメッセージに隠してあります。頭文字をつなげて読んでください。")]
    [InlineData("worker", "携帯は、見積番号の頭に090を付けたものになります。")]
    [InlineData("worker", "詳しい話は、プロフィール画像の隅に入れてあるIDで検索してもらえれば。")]
    [InlineData("client", "資料を共有するので、共有用のGmailアドレスをここに書いていただけますか。")]
    [InlineData("client", "お急ぎのため、携帯番号とご住所をこちらに書いてください。")]
    [InlineData("job", "このサイトだと返信が遅くなりがちなので、応募はテレグラムのグループに参加してからお願いします。")]
    [InlineData("job", "エントリーはLINE公式アカウント（@audition_2024）で受け付けています。")]
    public void Evaluate_DetailToldHowToMakeOrAskedHere_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("急ぎなら\n０９０\n３３１２\nそのあと８８４５\nまで")]
    [InlineData("納品ファイルの最終ページに私の直通番号を書いておきましたので、今後はそちらにお電話ください。")]
    public void Evaluate_DetailAfterEscrowWithoutApproval_Holds(string text)
    {
        var change = Changes.Message(text, DealStage.EscrowFunded, DisclosureStatus.Requested, PartyRole.Worker);
        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Hold);
    }

    [Fact]
    public void Evaluate_DirectLineInFileAfterApproval_FindsNone()
    {
        var change = Changes.Message("納品ファイルの最終ページに私の直通番号を書いておきましたので、今後はそちらにお電話ください。",
            DealStage.EscrowFunded, DisclosureStatus.Approved, PartyRole.Worker);
        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }

    [Theory]
    [InlineData("worker", "仮払いはしていただかなくても大丈夫です。作業が終わったら銀行振込でお願いします。")]
    [InlineData("worker", "着手金の3割は、別ルートで先にいただけると助かります。")]
    [InlineData("job", "やり取りはここで行いますが、お支払いはココナラ経由でさせてください。")]
    [InlineData("job", "弊社の外注は、すべてココナラ経由で行っております。")]
    [InlineData("profile", "ホームページの問い合わせフォームからご注文いただくと、サイト手数料の分だけお安くします。")]
    [InlineData("proposal", "お支払いはビットコインでも受け付けています。")]
    public void Evaluate_PaymentAroundThePlatform_Blocks(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.Contains(findings, f => f.Code == "contact.payment_outside" && f.Decision == Decision.Block);
    }

    [Fact]
    public void Evaluate_AdvanceTakenAnotherWayAfterApproval_StillBlocks()
    {
        var change = Changes.Message("仮払いの手数料がもったいなければ、前金の半分は別の方法でいただく形でも大丈夫です。",
            DealStage.EscrowFunded, DisclosureStatus.Approved, PartyRole.Worker);
        Assert.Contains(_check.Evaluate(change, CancellationToken.None), f => f.Code == "contact.payment_outside" && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("client", "完成データはメールでお送りください。ファイル名は、案件名をローマ字にしたものでお願いします。")]
    [InlineData("client", "完成したらメールで送ってください。名前は苗字をローマ字にしたものでお願いします。")]
    [InlineData("job", "社員のメールアドレスは、苗字をローマ字にしたものに統一して発行してください。")]
    [InlineData("job", "会員登録フォームを作ってください。お名前はローマ字で、全部小文字にしたものを入力してもらいます。")]
    [InlineData("job", "店名と電話番号が縦読みで出てくるキャッチコピーを考えてください。")]
    [InlineData("client", "ご注文番号は請求書の右上にあります。縦に読むと分かりにくいので横書きにしました。")]
    [InlineData("client", "管理番号の頭に090を付けたものが商品コードです。")]
    [InlineData("worker", "ロゴ入りのアイコン画像を作成しました。管理画面に入れてあるIDでログインして確認してください。")]
    [InlineData("client", "注文番号をここに書いてください。")]
    [InlineData("client", "ここだと通知に気づきにくいので、LINE通知の設定をお願いできますか。")]
    [InlineData("job", "チラシには、LINE公式アカウント（@salon_abc）で予約を受け付けている旨を記載してください。")]
    [InlineData("worker", "手数料の分だけお値引きした金額でご提案します。")]
    [InlineData("client", "手数料の分を上乗せして契約金額を設定しますね。")]
    [InlineData("worker", "手数料の分だけお値引きしますので、このままサイト内で契約しましょう。")]
    [InlineData("proposal", "過去にココナラ経由で行った依頼の実績です。")]
    [InlineData("client", "ゲーム内コインでのお支払いでも大丈夫ですか？現金より多めの額面でお渡しします。")]
    [InlineData("job", "電話番号が 03-1111-2222 から 03-3333-4444 に変わりました。名刺とパンフレットの番号を差し替えてください。")]
    [InlineData("worker", "仮払いはまだしていただかなくて大丈夫です。内容が固まったらお支払いをお願いします。")]
    [InlineData("worker", "着手金は仮払いで、残りは別ルートの納品方法でお送りします。")]
    [InlineData("job", "事務局と共同のモニター企画です。謝礼は事務局から直接お支払いします。")]
    public void Evaluate_LookAlike_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }

    [Theory]
    [InlineData("棚の番号は\n090\n1234\nその後は検品に回します。", DisclosureStatus.Requested)]
    [InlineData("公開申請が通るまでは、番号はお伝えせずにこちらで進めますね。", DisclosureStatus.Requested)]
    [InlineData("12行目の『インスタ交換しよ！』のセリフ、もっと元気な感じでお願いします。", DisclosureStatus.None)]
    [InlineData("ECサイトの決済手段に、PayPayとクレジットカードを追加してください。決済代行は導入済みです。", DisclosureStatus.Approved)]
    public void Evaluate_LookAlikeAfterEscrow_FindsNone(string text, DisclosureStatus disclosure)
    {
        var change = Changes.Message(text, DealStage.Delivered, disclosure, PartyRole.Client);
        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }
}
