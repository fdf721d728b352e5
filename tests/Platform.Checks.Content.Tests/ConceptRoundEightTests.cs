using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round eight (2026-12-02), from two blind corpora of near misses and of many voices: an act said not to be wanted in
/// the same phrase (レビュー風の文章は不要, 口コミ風にはしないでください, フォロワー購入は使わず, 応募の段階で作っていただく必要はありません),
/// work declined with できかねます, recruiting denied outright (ネットワークビジネスの勧誘は一切ありません), the reader's own account
/// said to be restricted (a notice or a phishing text, not an evasion), remote control ruled out (遠隔操作なしの進め方).
/// The same acts still count when wanted, when the negation belongs to something else, or when a comma ends the phrase.
/// Regulated work with the licence admitted missing in politer or plainer words (資格はございませんが, 宅建なくても), goods
/// said not to be genuine, someone else's characters on goods sold without a licence; from the voices, short-chat and
/// gray-zone corpora, the same violations said as people say them (PRのマークはつけません, 書いてもろて, お米でお礼) and a test
/// before the contract in other words; and the look-alikes of each (a suggestion to add the mark, a test contracted and
/// paid, advice against a multi-tier scheme, a worker's own sample). All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundEightTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // An act said not to be wanted, declined, denied, or the reader's own account restricted.
    [InlineData("job", "商品紹介ページの文章を整えてください。体験談風の文章や架空のお客様の感想は不要で、仕様の説明だけで結構です。")]
    [InlineData("message", "弊社ブログの記事ですので、一般の方として書いたような口コミ風にはしないでください。会社名を出して書いてください。")]
    [InlineData("proposal", "アカウント運用に応募します。フォロワー購入や自動いいねは一切使わず、投稿内容の改善で伸ばします。")]
    [InlineData("job", "イラストのご依頼です。選考のため作品を新しく描いていただく必要はありません。過去作の提出のみでお願いします。")]
    [InlineData("message", "ご依頼の件ですが、他人名義での答案作成は対応できかねます。解き方の解説でしたらお引き受けします。")]
    [InlineData("message", "名刺のデザインの件です。ネットワークビジネスの勧誘などは一切ありませんので、どうぞご安心ください。")]
    [InlineData("message", "【お知らせ】あなたのアカウントは一時的に制限されています。心当たりのない場合はサポート窓口にお問い合わせください。")]
    [InlineData("proposal", "Excelのエラー調査、遠隔操作なしの進め方で承ります。画面のスクリーンショットを送っていただければ原因を特定します。")]
    // Licensed goods, spotting fakes, licence-free material.
    [InlineData("job", "当社が公式ライセンス契約を結んでいるキャラクターの缶バッジ販売ページを作成してください。")]
    [InlineData("message", "正規品ではない商品が出回っているようなので、本物の見分け方をまとめた記事をお願いします。")]
    [InlineData("message", "ライセンスフリーの素材だけを使って、オリジナルのステッカー画像を作ります。")]
    // A suggestion to add the disclosure ("つけませんか").
    [InlineData("message", "動画の冒頭にPRのマークはつけませんか？ステマ規制の関係で念のため。")]
    [InlineData("message", "投稿文の最後に、PR表記を入れませんか。そのほうが安心です。")]
    // A test contracted and paid, advice against a multi-tier scheme, a worker's own sample.
    [InlineData("message", "初回はテストとして、1件だけ正式に契約して仮払いします。問題なければ継続で5件お願いする予定です。")]
    [InlineData("proposal", "紹介制度の設計を担当してきました。紹介した方の紹介にまで報酬が付く多段階の仕組みは、避けるのがおすすめです。")]
    [InlineData("proposal", "ご参考までに、冒頭の数行だけ無料で試し書きしたものを添付しました。不要でしたら読み流してください。")]
    public void Evaluate_NotAViolation_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    [Theory]
    // Wanted, or the negation is about something else, or a comma closes the phrase first.
    [InlineData("stealth_marketing", "message", "一般の方として書いたような口コミ風でお願いします。広告表記は不要です。")]
    [InlineData("stealth_marketing", "message", "口コミ風に書いて、PR表記はしないでください。")]
    [InlineData("external_tos", "message", "フォロワー購入で1万人まで増やしてください、手段は問いません。")]
    [InlineData("unpaid_sample", "job", "応募の段階でロゴ案を1点作成してください。採用されなかった案への報酬は発生しません。")]
    [InlineData("other_illegal", "message", "大学の卒業論文を代わりに書いてもらえませんか。提出は私の名前でします。")]
    [InlineData("mlm", "message", "ネットワークビジネスで一緒に権利収入を作りませんか。紹介した人が増えるほど収入が増えます。")]
    [InlineData("external_tos", "message", "前のアカウントが凍結されたので、新しいアカウントを作って出品を続けてもらえますか。")]
    // Regulated work with the licence admitted missing; goods not genuine; characters without a licence.
    [InlineData("other_illegal", "proposal", "司法書士の資格は持っておりませんが、会社の登記申請の書類作成から提出まで代わりに承ります。")]
    [InlineData("other_illegal", "message", "宅建なくても大丈夫なんで、お客さんへの重要事項説明もついでにお願いできます？")]
    [InlineData("other_illegal", "message", "正規品じゃないんですが、ロゴも付いていて見た目はそっくりの財布です。販売ページの写真を撮ってください。")]
    [InlineData("other_illegal", "job", "許諾は取っていないのですが、人気アニメのキャラクターを使ったアクキーを作って出品したいです。デザインをお願いします。")]
    // A test, a lure or a remote connection in other words.
    [InlineData("external_tos", "message", "スマホゲームのランク上げを代行してもらえますか。ログインに必要なものはこちらからお伝えします。")]
    [InlineData("fake_official", "message", "スキル診断の案内はもう事務局から届いていますか？まだでしたら、こちらのページから受けられます。")]
    [InlineData("remote_desktop", "message", "不具合が出たときのために、遠隔接続用のアプリを入れておいてください。こちらから操作して直します。")]
    [InlineData("unpaid_sample", "message", "契約の前に、テストとして商品写真を2枚だけ修正していただけますか。")]
    [InlineData("unpaid_sample", "message", "何人かに同じお願いをしています。試しに紹介文を書いて送ってください。お代は本契約に進んだ場合のみとさせてください。")]
    // Said as people say it: a plan to leave the mark off, thanks in kind, followers sold, Kansai requests.
    [InlineData("stealth_marketing", "proposal", "新商品のレビュー動画を作ります。PRのマークはつけませんので、自然な感じに仕上がります。")]
    [InlineData("stealth_marketing", "message", "承知です！宣伝っぽくならないよう、PRタグも外しときますね。")]
    [InlineData("stealth_marketing", "proposal", "御社の化粧品を使って、広告ではないように見える投稿を作れます。")]
    [InlineData("uncertain_compensation", "message", "大変恐縮ですが、お金ではなく、うちの農園のりんご二箱でお礼とさせていただけませんか。")]
    [InlineData("external_tos", "message", "うちはインスタのフォロワーを売ることができます。1000人で1500円です。")]
    [InlineData("unpaid_sample", "message", "ほな、まずは無料でテスト記事1本書いてもろて、出来見てから決めるわ。")]
    // Contact exchange "allowed by the office"; escrow only if the first piece is liked.
    [InlineData("fake_official", "message", "事務局の許可をもらいましたので、今回に限り連絡先の交換をしても問題ありません。")]
    [InlineData("unpaid_sample", "message", "まず1ページだけ作ってみてもらえますか。品質を見てから進めたいので、良さそうだったら仮払いします。")]
    public void Evaluate_Violation_ReportsCategory(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);
}
