using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round twenty-two (contact): an account both sides know named by its ID alone (いつものID), an app disguised by its colour or an
/// emoji with a handle or a name search, a handle with the disguised app in brackets, a number the reader already has asked to be
/// called, and a form word no longer read inside a longer katakana word (リフォーム, プラットフォーム). And what must not be found: a
/// service's login handed over, a product of an app's maker, steps quoted as what a lesson explains, how to join a meeting app taught
/// as the work, someone else's ask the writer was troubled by or a rule told casually, a search on the platform itself, calls to
/// customers as the work, a number not to be called, a call told as done. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyTwoContactTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("worker", "見積もりの件、いつものIDで追加しておいてもらえますか？")]
    [InlineData("message", "詳しい話は前と同じIDの方でやり取りしましょう。")]
    [InlineData("worker", "次の案件は例のIDに直接声かけてください。")]
    [InlineData("message", "前回と同じく、いつものIDで大丈夫です。")]
    [InlineData("profile", "撮影のご相談は緑のアイコンのアプリで kumo_photo22 を検索してください。")]
    [InlineData("worker", "急ぎのときは🟢のアプリでお願いします。")]
    [InlineData("worker", "緑のアプリで「さくら写真室」を検索してくださいね。")]
    [InlineData("worker", "連絡はこちらへ→ hinata_movie（紫のアプリ）")]
    [InlineData("worker", "名刺に書いた番号にかけてもらえれば、すぐ出ます。")]
    [InlineData("message", "ブログに載せている番号に直接お電話ください。")]
    [InlineData("profile", "リフォームのご相談はLINEで気軽にどうぞ。")]
    [InlineData("worker", "リフォームの見積もりを出すので、電話番号を教えてください。")]
    [InlineData("worker", "プラットフォームの手数料が高いので、LINEでやり取りしませんか。")]
    public void Evaluate_ContactOffered_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Fact]
    public void Evaluate_KnownIdAfterEscrowWithoutApproval_Holds()
    {
        var change = Changes.Message("修正の細かい指示は、いつものIDのほうに送っておきますね。", DealStage.EscrowFunded, DisclosureStatus.Requested);
        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Hold);
    }

    [Fact]
    public void Evaluate_KnownIdAfterApproval_FindsNone()
    {
        var change = Changes.Message("修正の細かい指示は、いつものIDのほうに送っておきますね。", DealStage.EscrowFunded, DisclosureStatus.Approved);
        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }

    [Fact]
    public void Evaluate_BusinessCardNumberAfterDenial_Blocks()
    {
        var change = Changes.Message("申請は通りませんでしたが、名刺の番号にかけてください。", DealStage.Completed, DisclosureStatus.Denied);
        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("message", "いつものIDとパスワードで管理画面に入って、商品を登録してください。")]
    [InlineData("message", "前のIDでログインできない場合は、再発行をお願いします。")]
    [InlineData("message", "商品名は「LINEギフト限定 りんごジュースセット」でお願いします。")]
    [InlineData("message", "LINEポイントがもらえるキャンペーンの告知画像を作ってください。")]
    [InlineData("job", "スマホ教室のテキスト作成です。「LINEの友だち追加」「スタンプの送り方」を説明するA4のテキストを作ってください。")]
    [InlineData("job", "祖母にZoomの参加方法を自宅で教えてください。2時間5,000円です。")]
    [InlineData("worker", "前の依頼者さんにLINE交換を求められて困ったので、こちらでのやり取りだけでお願いします。")]
    [InlineData("worker", "塾の先生に「LINEで連絡網」って言われたんですが、私は入らなくていいですよね？")]
    [InlineData("worker", "このサイトで「さくら写真室」を検索していただくと、過去の作品が見られます。")]
    [InlineData("job", "顧客リストの番号に電話していただき、アポを取るお仕事です。")]
    [InlineData("message", "お客様の番号にかけて、予約の確認をお願いします。")]
    [InlineData("message", "間違えて載せた番号なので、この番号にはかけないでください。")]
    [InlineData("job", "母が詐欺の画面に出た番号に電話してしまいました。PCの点検を対面でお願いします。")]
    [InlineData("job", "赤いアイコンのアプリのデザインをお願いします。")]
    [InlineData("job", "お問い合わせフォームの入力欄に電話番号の項目を追加してください。")]
    public void Evaluate_NotContact_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }
}
