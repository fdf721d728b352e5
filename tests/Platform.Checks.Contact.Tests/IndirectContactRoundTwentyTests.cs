using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round twenty: the worker's pay offered in cash (paid, handed over on the day, posted), and what must not be found: an app or a
/// call waiting for the disclosure's approval (in the hit's sentence or the next, or anywhere in a job post), an app left or not
/// used, a quote that is an example or a string ("…」のような", "…」というのは", "…」――こうした"), a detail printed on the piece, a QR
/// placed in a layout, an app ID as a form field being built, an app's name as a word to translate, a client's own inbox, the
/// writer's own offices' app, a call's recording as the material, apps in brackets after a work noun, an app's format (Instagram用),
/// the items listed for a printed piece, another topic announced, a link elided to its host, a payment app's look copied for a
/// screen, a payment method integrated, account data shown as a format, a statistic of direct deals, a fee counted into a price, a
/// fee of another trade, an app store's purchase bypassed, and cash that cannot be paid. All texts are written for these tests.
/// </summary>
public sealed class IndirectContactRoundTwentyTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("message", "追加の作業分は、来週現金書留で郵送しますね。")]
    [InlineData("proposal", "当日に現金でお支払いいただけるなら、機材費はサービスします。")]
    [InlineData("message", "残りの半分は、現金で当日手渡しにしてもいいですか？")]
    [InlineData("message", "お礼の気持ちとして、現金を封筒に入れてご自宅に送りますね。")]
    public void Evaluate_CashOffered_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Theory]
    // The deferral does not excuse a detail given now, nor an approval refused.
    [InlineData("worker", "質問用にチャットのIDも書いておきます → LINE ID: haru_design77（承認が下りてからで大丈夫です）")]
    [InlineData("message", "承認されたらお電話したいので、先に電話番号を教えてもらえますか？")]
    // Not used, but asked as a question.
    [InlineData("message", "Chatworkって使っていないですか？そっちで話したいです。")]
    // A detail offered, with the piece named elsewhere.
    [InlineData("worker", "チラシの件、急ぎなら私の電話番号にかけてください。")]
    public void Evaluate_LookAlikeGuarded_StillBlocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("message", "通話での打ち合わせは、承認が下りてからにしましょう。それまではこのメッセージでお願いします。")]
    [InlineData("message", "資料の説明はZoomのほうが早そうなので、連絡先公開の申請を出してもいいですか？承認されるまではここで続けます。")]
    [InlineData("job", "翻訳者を募集します。\n・打ち合わせは弊社のTeamsを使います。招待リンクは仮払い後、公開申請が通ってから送ります\n・報酬：1回1万円")]
    [InlineData("message", "公開申請がまだ審査中とのことなので、WhatsAppの交換はそれまで待ちましょう。")]
    [InlineData("message", "公開が取り消されたので、Slackのワークスペースからもアカウントを外しておきました。以後はここだけでやりとりします。")]
    [InlineData("proposal", "Chatworkは普段使っていないのですが、こちらのメッセージで十分やりとりできると思います。")]
    [InlineData("message", "確認ですが、「Telegramで送ります」というのはアプリの画面の文言ですよね？")]
    [InlineData("job", "「副業は登録だけでOK」「続きはLINEで」――\nこうした勧誘の手口をまとめる記事のライターを募集します。")]
    [InlineData("job", "教室の案内チラシのデザインです。チラシには教室の電話番号とメールアドレスを載せますが、やりとりはここでお願いします。")]
    [InlineData("message", "修正をお願いします。フッターの電話番号の文字を少し大きくしてください。")]
    [InlineData("worker", "ラフを2案送ります。どちらもLINEのQRを右下に入れるスペースを空けてあります。")]
    [InlineData("worker", "作成するフォームでは「氏名（必須）」「LINE ID（任意）」の2項目を取る予定です。")]
    [InlineData("job", "アプリの英語文言の翻訳です。アプリ名（LINE、WhatsApp）はカタカナにせず、そのままの表記でお願いします。")]
    [InlineData("job", "美容室のInstagramに届く予約の問い合わせに、自動で返信できる仕組みを作ってください。")]
    [InlineData("job", "台湾の拠点とのやり取りにTelegramを使っています。監視アラートを通知するボットを作ってください。")]
    [InlineData("job", "講演の音声の文字起こしです。もともとSkypeの通話を録音したもので、雑音が少しあります。")]
    [InlineData("job", "ゲームの公式コミュニティ運営（X、Discord）をお願いできる方を募集しています。週5時間程度です。")]
    [InlineData("message", "バナーの横長サイズに加えて、正方形（Instagram用）も追加でお願いできますか？")]
    [InlineData("job", "パン屋のショップカードのデザインです。\n入れる要素：\n・店名と営業時間\n・LINE ID「@panya_hinata」")]
    [InlineData("message", "案件とは別の話なんですが、来月の展示会には行かれますか？")]
    [InlineData("job", "荒らし対策のBotです。外部サーバーの招待リンク（discord.gg/〜）を含む投稿を削除してください。")]
    [InlineData("worker", "PayPay風のお支払い完了画面のワイヤーができたのでお送りします。")]
    [InlineData("proposal", "ECサイトにQR決済を追加する件、決済代行会社のAPI連携の経験があるので対応可能です。")]
    [InlineData("worker", "口座の列ですが、「〇〇銀行 中央支店 普通 7654321」のように一列で入力してよいですか？")]
    [InlineData("message", "サイトのお知らせを見たら、今月は直接取引の誘導が一番多かったそうです。")]
    [InlineData("worker", "次のお見積もりでは、サイトの手数料分も考慮してお出ししますね。")]
    [InlineData("job", "空き家の片付けを手伝ってくれる方を探しています。業者に頼むと手数料が高いので、個人の方歓迎です。")]
    [InlineData("job", "iOSアプリの改修です。外部の決済ページ（App内課金を通さない）への導線を作ってください。")]
    [InlineData("message", "今月の分はギフトでお支払いしてもいいですか？現金での支払いがちょっと厳しくて。")]
    public void Evaluate_NotProposed_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }
}
