namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twelve (2026-12-02, late night), from three more tuning corpora (unfixed pay and free work across trades; the
/// law and other services' terms in everyday requests; violations buried in long texts): a share of what was saved or
/// won back, pay only once a deal closes or a grant is awarded, pay rising or falling with a grade, a fixed fee switched to
/// commission, pay after the client's sales; one pick of several paid, parts built first "to see if it works", unpaid in
/// dialect; others' articles and photos copied or reworded at the ends, an identity document's date changed, exam answers
/// sent during an online test, coursework without the student number, the other side's lawyer faced for the client,
/// medicine chosen from symptoms, goods carried without the registration; views and likes "increased" as a service. And
/// what must not be flagged: tools and cheats said not to be used or written about, a brand's logo said to be off limits,
/// money with goods on top, a fake review said not to be the request, remote control said not to be the method, a test
/// piece said not to be needed. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwelveTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("job", "SNS運用代行（自社アカウント） | 投稿作成と分析をお願いします。フォロワー購入や自動いいねツールは使わない方針です。月3万円。")]
    [InlineData("job", "ゲーム攻略ライター | 育成・編成の記事をお願いします。チートやRMTに関する記事は扱いません。1本3,000円。")]
    [InlineData("worker", "既存ブランドのロゴをそのまま使うのは商標的にアウトなので、雰囲気だけ寄せたオリジナルで作りますね。")]
    [InlineData("job", "PR投稿 | 新作シャンプーのPR投稿をお願いします。「#PR」を必ず明記してください。報酬は1投稿15,000円＋商品提供です。")]
    [InlineData("job", "店舗の口コミ返信 | これまでの口コミへの返信文を作ってください。サクラの口コミを書いてほしいという依頼ではありません。")]
    [InlineData("worker", "お客様のパソコンを遠隔操作する方法は取っておりません。画面の写真付きの手順書でご案内します。")]
    [InlineData("job", "バナー制作 | 1200×628のバナーを2点、12,000円です。応募時のテスト制作は不要です。過去の実績で判断します。")]
    // Ordinary jobs near the new rules: no licence needed for paperwork or warehouse work, a student's own blog.
    [InlineData("job", "事務サポート | データ入力と書類作成をお願いします。資格不要、未経験の方も歓迎です。時給1,200円。")]
    [InlineData("job", "倉庫スタッフ | 荷物の仕分けと配送準備のお仕事です。資格不要、週3日から。日給9,000円。")]
    [InlineData("worker", "大学生です。ブログの本文だけ書いていただけるなら、見出しと画像はこちらで用意します。")]
    [InlineData("job", "LPのお客様の声 | 実在のお客様にいただいたアンケート12件を、読みやすい「お客様の声」に整えてください。掲載の許可は取っています。")]
    public void Evaluate_NotAViolation_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    [Theory]
    // A share of what was saved or won back, pay once a deal closes or a grant is awarded, a grade, a switch to commission.
    [InlineData("uncertain_compensation", "job", "経費削減のコンサル | 報酬は節税できた金額の15%とします。")]
    [InlineData("uncertain_compensation", "message", "報酬は、取引先との契約が成立した場合に限りお支払いする形にさせてください。")]
    [InlineData("uncertain_compensation", "job", "補助金の計画書づくり | 採択された場合のみ、補助金額の8%をお支払いします。")]
    [InlineData("uncertain_compensation", "job", "レシピ記事 | 1本3,000円が目安ですが、記事の評価によって上下します。")]
    [InlineData("uncertain_compensation", "message", "これまで1本6,000円の固定でしたが、来月から申込1件につき2,000円の成果報酬に切り替えさせてください。")]
    [InlineData("uncertain_compensation", "worker", "報酬はお客様の売上があった後でかまいません。先に作業します。")]
    [InlineData("uncertain_compensation", "message", "契約はしましたが、報酬額は納品物を見てから最終決定させてください。")]
    // One pick of several paid, a part built first, unpaid in dialect.
    [InlineData("unpaid_sample", "message", "今回は4名の方に同時にロゴをお願いして、一番良かった方にのみ報酬をお支払いする形にしたいです。")]
    [InlineData("unpaid_sample", "message", "決済の部分だけ先に実装してもらえますか？動いたら契約します。")]
    [InlineData("unpaid_sample", "message", "試しにメニュー表を1枚作ってみてくれん？よかったら本契約するけん。試しの分はお金出せんけど。")]
    // Others' text or photos copied, a document altered, tests answered, coursework handed in, lawyers faced, licences skipped.
    [InlineData("other_illegal", "message", "納期が厳しいので、他の方のブログ記事を語尾だけ変えて納品してもいいですか？")]
    [InlineData("other_illegal", "job", "商品登録 | 競合店の商品写真と説明文を丸ごとコピーして、うちのショップに登録してください。")]
    [InlineData("other_illegal", "job", "画像加工 | マイナンバーカードの画像の生年月日を変えてください。年齢確認に使います。")]
    [InlineData("other_illegal", "job", "期末テストの手伝い | 期末テストがオンラインなので、その時間にこちらが送る問題を解いてもらえる方を探しています。")]
    [InlineData("other_illegal", "job", "レポート4本 | 法学部のレポートを4本。学籍番号は入れなくていいので本文だけお願いします。")]
    [InlineData("other_illegal", "message", "離婚の件で、相手の弁護士との交渉を代わりにやってもらえませんか。")]
    [InlineData("other_illegal", "job", "軽貨物の配送 | 自家用の軽バンで荷物を配送してくれる方。黒ナンバーの届け出は必要ありません。")]
    [InlineData("other_illegal", "job", "健康相談の回答 | LINEで届く相談に、症状を聞いてどの薬を飲めばいいか答えてください。医師の資格は不要です。")]
    // Customers' testimonials made up; sales received in the reader's name and passed on.
    [InlineData("stealth_marketing", "job", "LPの追加 | 「お客様の声」を15名分作ってください。実在のお客様ではなく、想定ペルソナで構いません。")]
    [InlineData("other_illegal", "job", "決済の受け取り代行 | お客様からの代金を、あなた名義の銀行口座で受け取って、当社の指定口座へ送金してください。受取額の3%をお支払いします。")]
    // Views and likes "increased" as a service.
    [InlineData("external_tos", "profile", "Instagram・TikTokのフォロワー増加代行。いいね・再生数も即日反映します。")]
    public void Evaluate_Violation_ReportsCategory(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);
}
