namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirteen (2026-12-03), from four more tuning corpora (words split by dots and hints for apps; household and local
/// services; creative and tech freelancing; money schemes): work the law keeps to licensed or registered hands done without
/// it (gas and electrical work, animal boarding, waste collection, second-hand dealing), paid streams and films recorded or
/// downloaded and uploaded, a company set up in the reader's name; pay in produce, goods, treatments or in-site coins, money
/// turned down for something sent instead; free trial visits, lessons and rehearsals, a test "of skill" with no thanks, work
/// cancelled if not liked; posing as a parent, a viewer or a pet owner to post, the disclosure left out because it lowers
/// conversion; the second tier of a referral scheme, a distributor's side pitch; an office notice relayed or written on a
/// look-alike host; views pushed with tools, bookings made to be cancelled, a suspended seller's listings moved to the
/// reader's account. And what must not be flagged: the company's own account without a PR mark, a paid trial visit, free
/// work said not to be wanted, complaints about income schemes collected, the office's real notice read, goods on top of a
/// fixed fee. A second part, from two more tuning corpora (a deal's conversation stage by stage; an ordinary week): tax
/// returns made without the licence, accounts padded for a loan, a free audition, bookings made and cancelled, a second seller
/// name, paid "listeners", a recruited agent's sales; and not flagged, a refusal practised in a lesson, the client's own
/// event office, cash pay confirmed, a page of consumer help desks. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundThirteenTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("job", "公式アカウントの投稿文 | 当社の公式アカウントから投稿するので、#PRの表記は不要です。月10本お願いします。")]
    [InlineData("job", "ハウスクリーニング | 体験清掃（60分）も通常料金の5,000円をお支払いします。気に入っていただけたら定期でお願いします。")]
    [InlineData("message", "無料で作品を作っていただきたいわけではありません。これまでのポートフォリオを拝見できれば十分です。")]
    [InlineData("job", "相談事例のまとめ | 消費生活センターの資料をもとに、「権利収入」をうたう勧誘の相談事例を8件まとめてください。")]
    [InlineData("message", "品質向上委員会からのお知らせを読みました。今月もルールどおり、やり取りはここで進めましょう。")]
    [InlineData("job", "化粧水のレビュー | 報酬は商品提供＋8,000円（固定）です。投稿には#PRを明記してください。")]
    [InlineData("job", "コールセンター | ガス会社のお客様窓口で、お問い合わせの電話に対応していただきます。資格不問です。")]
    [InlineData("job", "不用品回収業者のサイト | 一般廃棄物収集運搬の許可を取得済みの業者です。料金表のページを作ってください。")]
    // Second part (blind58, blind60): a refusal practised, the client's own event office, cash pay confirmed, a consumer page.
    [InlineData("message", "英会話レッスンで、マルチ商法の勧誘を英語で断るロールプレイをしてみたいです。")]
    [InlineData("job", "セミナーの事務局スタッフ | 弊社主催セミナーの事務局スタッフとして、受付と参加者対応をお願いします。時給1,200円。")]
    [InlineData("message", "報酬は仮払い経由の現金のみです。商品やポイントでのお支払いはありません。")]
    [InlineData("job", "相談先のページ | マルチ商法の勧誘トラブルなどの相談窓口をまとめたLPを作ってください。")]
    // Commission named to say there is none or declined, a fixed hourly fee written as "相当".
    [InlineData("job", "テレアポ（時給制・成果報酬なし） | 既存のお取引先へのご案内のお電話です。1時間1,500円の固定報酬です。")]
    [InlineData("worker", "成果報酬のみですと対応が難しいので、固定報酬でご検討いただけますか。")]
    [InlineData("job", "通販の電話受付 | ご注文の受付をお願いします。報酬は1時間あたり1,300円相当の固定報酬です。")]
    // Refused in so many words: "…はしませんので", "…であればお受けできないので".
    [InlineData("job", "店舗情報の更新 | 営業時間と写真の更新をお願いします。口コミの代筆やサクラ投稿はしませんので、その前提でお願いします。")]
    [InlineData("worker", "ネットワークビジネスの勧誘記事であればお受けできないので、事前に内容を確認させてください。")]
    // A range of ratings answered, not one asked for.
    [InlineData("job", "レビュー返信の文例 | ストアに寄せられたレビュー（★1〜★5）に返信するための文例集を30パターン作ってください。")]
    public void Evaluate_NotAViolation_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    [Fact]
    public void Evaluate_OfficeNoticeQuotedUnderAnAppInTheTitle_ReportsNoContentCategory()
    {
        // The app in the title is the work's subject; the body quotes the office's maintenance notice.
        var change = Changes.Job("事務局からのお知らせ：メンテナンスのため今夜はサイトを停止します。録画60分の文字起こしをお願いします。", "Zoomセミナーの文字起こし");

        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(change, CancellationToken.None));
    }

    [Fact]
    public void Evaluate_OfficeClaimInTheTitleAndFormInTheBody_ReportsFakeOfficial()
    {
        var change = Changes.Job("応募者は先に下記のGoogleフォームで適性検査を受けてください。", "【事務局承認】データ入力の特別案件");

        ConceptAssert.Reports(_check.Evaluate(change, CancellationToken.None), "fake_official");
    }

    [Theory]
    // Licensed or registered work done without the licence, streams uploaded, a company in the reader's name.
    [InlineData("other_illegal", "job", "エアコン取り付け | 中古エアコンの取り付けをお願いします。電気工事の資格がなくても大丈夫です。")]
    [InlineData("other_illegal", "job", "粗大ごみの回収 | ご家庭の粗大ごみを回収して処分場まで運んでください。収集運搬の許可は不要です。")]
    [InlineData("other_illegal", "job", "中古品の出品 | 買い取った商品をフリマアプリで販売してください。古物商の許可は取っていません。")]
    [InlineData("other_illegal", "job", "海外ドラマの字幕 | 配信サイトから動画をダウンロードして字幕を付け、YouTubeにアップしてください。")]
    [InlineData("other_illegal", "message", "山田さんの名義で会社を一つ設立させてもらえませんか。実際の経営はすべてこちらで行います。")]
    // Pay in produce, coins or something sent instead of money.
    [InlineData("uncertain_compensation", "message", "お礼はお金ではなく、採れたての野菜を毎週お届けする形でどうでしょう。")]
    [InlineData("uncertain_compensation", "job", "庭の草むしり | 謝礼はお米5kgです。半日ほどの作業です。")]
    [InlineData("uncertain_compensation", "job", "ブログ記事 | 報酬はアプリ内で使える「ポイント」でお支払いします。")]
    // Free trial visits, a test of skill with no thanks, work cancelled if not liked.
    [InlineData("unpaid_sample", "message", "相性を見たいので、最初の1回は無料でお世話をしていただけますか。")]
    [InlineData("unpaid_sample", "job", "翻訳者募集 | まず腕試しとして1ページ訳してください。謝礼はありません。")]
    [InlineData("unpaid_sample", "message", "トップ画面だけ先にデザインしてもらえますか。イメージと違ったらキャンセルします。")]
    // Posing as a parent or a viewer, the disclosure left out for conversion.
    [InlineData("stealth_marketing", "message", "地域の口コミサイトに、生徒の保護者として「教え方が丁寧」と書き込んでおいてください。")]
    [InlineData("stealth_marketing", "job", "動画へのコメント | 弊社の動画に、視聴者として好意的なコメントを10件書いてください。1件30円です。")]
    [InlineData("stealth_marketing", "worker", "広告の表記を入れると成約率が下がるので、表記なしで個人の感想として書きますね。")]
    // The second tier of a referral scheme, a distributor's side pitch.
    [InlineData("mlm", "worker", "ご友人をご紹介いただくたびに特典があり、さらにそのご友人がご紹介されても還元されます。")]
    [InlineData("mlm", "message", "実は私、サプリの代理店をやっているんです。あなたもやってみない？友達に紹介するだけで収入になるよ。")]
    // An office notice on a look-alike host, or relayed with a link.
    [InlineData("fake_official", "worker", "【運営からのお知らせ】お客様のアカウントに制限がかかっています。解除手続きはこちら → crowd-support.info")]
    [InlineData("fake_official", "message", "事務局から私の方に連絡があって、本人確認が未完了だそうです。このURLから手続きしてください http://example-check.info")]
    // Views pushed with tools, bookings to be cancelled, a suspended seller's listings moved.
    [InlineData("external_tos", "job", "再生数アップ | 指定の動画の再生数を増やしてください。ツール使用可です。")]
    [InlineData("external_tos", "job", "予約サイト対策 | 人気店に見せたいので、予約サイトに毎日空予約を入れてください。")]
    [InlineData("external_tos", "message", "フリマのアカウントが利用制限になったので、あなたのアカウントで代わりに出品してもらえますか。")]
    // Second part: a tax return made by someone without the licence, accounts padded for a loan, a free audition, bookings
    // made and cancelled, a second seller name, paid "listeners", a recruited agent's sales.
    [InlineData("other_illegal", "message", "知り合いの確定申告の書類を作って、提出までお願いできますか。税理士じゃなくても構いません。")]
    [InlineData("other_illegal", "job", "決算書の調整 | 融資の審査用に、決算書の利益を上乗せして審査が通りそうな数字にしてください。")]
    [InlineData("unpaid_sample", "message", "候補の方にお願いしています。ナレーションを冒頭だけ録ってもらえますか？選考用なのでギャラは出ません。")]
    [InlineData("unpaid_sample", "job", "Webエンジニア募集 | 下記の課題（簡単なTODOアプリ）を完成させ、GitHubにアップしたうえでご応募ください。")]
    [InlineData("unpaid_sample", "job", "イラスト生成 | 応募時に、指定のプロンプトで生成した画像を3枚添付してください。一番良かった方に発注します。")]
    [InlineData("external_tos", "message", "口コミサイトの順位を上げたいので、自分たちで予約を入れてはキャンセルしてもらえますか。")]
    [InlineData("external_tos", "message", "出品規制にかかったので、別の名義でアカウントを作って出品してほしいです。")]
    [InlineData("stealth_marketing", "job", "配信の盛り上げ | 配信にリスナーとして参加して、コメントで盛り上げてください。1時間1,000円です。")]
    [InlineData("mlm", "job", "代理店募集 | 契約1件ごとに3,000円。さらにあなたが紹介した代理店が獲得した契約からも、1件500円の報酬が入ります。")]
    public void Evaluate_Violation_ReportsCategory(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);
}
