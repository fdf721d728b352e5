using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round twenty-one: a commission moved to a creators' commission or download site (Skeb, pixivリクエスト, BOOTH) or to another
/// skill market named in the next line, the escrow for every order called a bother, the writer's account under its formal name, a
/// game's friend code, an app's content "sent" there, a detail or a QR code put on the avatar image or in a video's description, an
/// account given by its display name or by a hint, a webmail spelled in kana after the @, a commission page's link, a call moved off
/// the platform's video call, an address given before and still used after the approval was withdrawn. And what must not be found:
/// a one-letter app name inside a model number, an app used with the writer's own friends or family, a quoted request to be
/// answered or someone else's message warned about, details not asked for, a worker wanted who does not ask for them, numbers shown
/// before and after a format change, a shipping label's QR code, the claimed office as the one who writes, venues paid directly by
/// the client, a direct deal as the subject of a guide, a question answered no, a portfolio link, an app's public test page, contact
/// kept on the platform, a link promised after the disclosure's approval, a deal said to stay on the site, a how-to video about an
/// app, an account the work is run on. All texts are written for these tests.
/// </summary>
public sealed class IndirectContactRoundTwentyOneTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("message", "次回からはSkebのほうからリクエストを送ってもらえれば、手数料が安いのでお得です。")]
    [InlineData("worker", "ここは手数料が高いので、pixivリクエストの方から同じ内容で送ってもらえたら安く描きます。")]
    [InlineData("profile", "手作りアクセサリーを作っています。同じ名前で別のスキルマーケットにも出品中です。\nそっちから買ってもらったほうが安いです。")]
    [InlineData("worker", "追加の修正のたびに仮払いしていただくのも手間なので、月末にまとめてお振込みでどうでしょう？")]
    [InlineData("job", "紹介料として報酬の2割を、月末に当方の口座へお振込みください。")]
    public void Evaluate_PaidOrOrderedOutside_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("worker", "ゲームしながら教えたいので、スイッチのフレンドコードを教えてもらえますか？")]
    [InlineData("worker", "参考資料が多いので、LINEで送らせていただけると助かります。")]
    [InlineData("profile", "似顔絵を描いています。アイコン画像のすみにQRコードを入れてあるので、読み取ってください。")]
    [InlineData("job", "書類を先にお送りしたいので、私のアイコン画像に書いてあるアドレス宛てにメールください。")]
    [InlineData("profile", "料理動画を作っています。YouTubeの概要欄に連絡先を載せているので、そちらからどうぞ。")]
    [InlineData("profile", "ハンドメイド作家です。インスタもやってます。アカウント名は「そらいろ工房　仙台」で出てきます！")]
    [InlineData("worker", "私のインスタのアカウント名をヒントで言うと「好きな果物＋誕生日」です。")]
    [InlineData("job", "翻訳の募集です。チームの連絡はテレグラムで取っています。応募時にユーザー名をお知らせください。")]
    [InlineData("worker", "ポートフォリオを送りたいので、こちらにどうぞ hana.k ＠ジーメール．com")]
    [InlineData("profile", "ご依頼はこちらから↓\nskeb.jp/@hoshizora_d")]
    [InlineData("worker", "私のレッスンはサイトのビデオ通話ではなくZoomで行っています。Zoomで一度お話ししましょう。")]
    public void Evaluate_ContactOffered_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Fact]
    public void Evaluate_AddressKeptAfterApprovalWithdrawn_Blocks()
    {
        var change = Changes.Message(
            "公開承認は取り消しになったそうですが、メールはさっき送ったアドレスのままで大丈夫です。", DealStage.EscrowFunded, DisclosureStatus.Revoked);
        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("message", "型番 AB-55X9000K のテレビを撮影リストに追加します。")]
    [InlineData("worker", "届いた写真、LINEで友達にも見せちゃいました！")]
    [InlineData("message", "共有アルバムのリンクはLINEでご家族に送ってあげてください。私には送らなくて大丈夫です。")]
    [InlineData("job", "オークションの定型文を作ってください。「直接振込で」と言われた時に、やんわり断る文も入れてください。")]
    [InlineData("job", "以前、当社を名乗って「LINEに移ってください」と連絡してくる人がいたそうです。ご注意ください。")]
    [InlineData("job", "アンケートは本サイト内で完結します。お名前やご連絡先は伺いません。")]
    [InlineData("job", "小学生向けのプログラミング講師を募集します。生徒に連絡先を聞いたりしない方でお願いします。")]
    [InlineData("job", "会員名簿の電話番号の表記を統一するスクリプトをお願いします。\n例）\n０６（１２３４）５６７８ → 06-1234-5678")]
    [InlineData("job", "在庫をお送りするので梱包と発送をお願いします。発送は匿名配送のQRコードをお送りします。")]
    [InlineData("job", "事務局と提携した案件です。合格者には事務局から直接ご連絡します。")]
    [InlineData("message", "会場費と衣装代は、式場とお店にそれぞれ直接お支払いください。私がお預かりすることはありません。")]
    [InlineData("job", "トレカのサークル向けに、個人間取引の注意点をまとめた文章を書いてください。")]
    [InlineData("profile", "よくある質問\nQ. 直接連絡を取ることはできますか？\nA. 申し訳ありませんが、規約上できません。")]
    [InlineData("job", "イラストレーター募集。pixivやXのURLでも構いませんので、提案文に作品のリンクを貼ってください。")]
    [InlineData("worker", "マイクのテストは zoom.us/test で一人でできます。")]
    [InlineData("proposal", "作例はインスタにも載せていますが、ご連絡はこちらのメッセージでお願いいたします。")]
    [InlineData("message", "研修は弊社のTeamsで行います。会議のURLは連絡先公開の承認が済んでから、サイトのメッセージでお送りします。")]
    [InlineData("message", "他のクラウドソーシングにも同じ募集を出しています。\nただ、契約とお支払いはすべてこのサイトで行います。")]
    [InlineData("job", "80代の両親向けに、Zoomの参加手順動画を作ってください。")]
    [InlineData("job", "Instagramの運用代行をお願いします。運用中のアカウント名を教えてください。")]
    public void Evaluate_NotContactOrPaymentOutside_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }
}
