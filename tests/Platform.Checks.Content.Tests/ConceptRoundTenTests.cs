using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round ten (2026-12-02, evening), from four new tuning corpora (the other services' terms and the law in depth, unfixed
/// pay and free work in depth, recruiting, the fake office and hidden advertising in depth, contact in whole threads):
/// pay that follows a count in other words, is returned when a result fails or waits for the client's own customer;
/// pieces asked for before deciding, unpaid in other words; a per-person limit multiplied under other names; engagement
/// from a seller's pool of accounts; those below in a network in other words; the office's staff introduced by name;
/// documents made out in a real issuer's name; a fake review on a named platform with a star rating (stealth marketing and
/// the platform's terms). And what must not be flagged: declines in other words, a fee said not to be charged, a job ad as
/// the work, detection built against abuse, a shop's replies to low ratings, tutoring, claims checked for the law, a
/// relayed warning. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTenTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // Declined in other words.
    [InlineData("worker", "ありがとうございます。ただ、歩合のみでのお受けは難しく、固定報酬でご検討いただけますか。")]
    [InlineData("worker", "代理店として会員を増やすお仕事は希望していないため、今回は辞退いたします。")]
    [InlineData("worker", "画面共有アプリでの遠隔操作は、安全面からあまりおすすめしません。手順をお送りしますね。")]
    [InlineData("message", "念のためですが、通帳の貸し出しや名義の提供を伴うお仕事ではありません。通常の入力作業です。")]
    [InlineData("worker", "サクラの購入でランキングを上げるのは規約違反になってしまうので、広告出稿の方向でご提案させてください。")]
    // A fee said not to be charged; a job ad, a detector, a shop's replies, tutoring, claims checked for the law.
    [InlineData("job", "外注パートナー募集 | 弊社の案件を継続して受けていただけるデザイナー様を募集します。1点8,000円〜、登録料や初期費用は一切かかりません。")]
    [InlineData("job", "求人チラシ | 「完全歩合制・営業職募集」の求人チラシをA4でデザインしてください。制作費は固定25,000円です。")]
    [InlineData("job", "会員サイトの不正対策 | 同じ人が複数アカウントで抽選に応募するのを検知する仕組みを実装してください。")]
    [InlineData("job", "口コミ返信の代筆 | 当店に寄せられた低評価のレビューへの、店長としての返信文を30件作成してください。")]
    [InlineData("job", "中学生の英語家庭教師 | 宿題を代わりにやるのではなく、解き方を一緒に考えてくださる方を探しています。")]
    [InlineData("job", "美容液LPのリーガルチェック | 「シワが消える」などの表現が薬機法に違反しないか確認し、使える表現に言い換えてください。")]
    [InlineData("message", "運営からのお知らせで、外部フォームに誘導する偽の事務局メッセージが増えているとありました。お互い気をつけましょう。")]
    [InlineData("worker", "別の依頼者から「事務局公認のスキル診断」という外部フォームの案内が届きました。運営に確認したところ実施していないとのことで、回答はしていません。")]
    // Pay talk that is fixed: a price in a contract, a range of budgets, a trial that is paid.
    [InlineData("message", "金額は税込22,000円で契約内容に反映しました。納期は来週金曜です。")]
    [InlineData("message", "まずは有償トライアルとして、1本4,000円で契約させていただけますか？")]
    public void Evaluate_NotAViolation_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    [Theory]
    // Pay that follows a count, is handed back on failure, waits for the client's customer, or is a stay.
    [InlineData("uncertain_compensation", "job", "ショート動画編集 | 報酬は再生数によって変わります。5万再生ごとに1,000円です。")]
    [InlineData("uncertain_compensation", "message", "お支払いは視聴回数×0.2円で計算させてください。")]
    [InlineData("uncertain_compensation", "job", "スタンプのイラスト | 報酬はスタンプ売上の半分をお支払いします。")]
    [InlineData("uncertain_compensation", "message", "申込が1件もなかった場合は、仮払いした分を返金していただく約束でお願いします。")]
    [InlineData("uncertain_compensation", "message", "営業代行の件、アポが取れなかった月はお支払いがありませんのでご了承ください。")]
    [InlineData("uncertain_compensation", "message", "発注金額はいったん0円で登録して、売れた分を後から精算させてください。")]
    [InlineData("uncertain_compensation", "message", "お支払いは当社のお客様から入金があった後になります。お客様が支払わなかった場合、報酬はお出しできません。")]
    [InlineData("uncertain_compensation", "job", "旅館の紹介記事 | 報酬は金銭ではなく、ご宿泊招待（1泊2食・2名様）とさせていただきます。")]
    // Pieces asked for before deciding, unpaid in other words.
    [InlineData("unpaid_sample", "message", "他社さんとも比較中なので、記事の導入部分だけ先に書いてもらえると助かります。それで決めたいと思います。")]
    [InlineData("unpaid_sample", "message", "ネーミング案、アイデアだけでも先にいただけませんか？費用がかかるようならやめておきます。")]
    [InlineData("unpaid_sample", "message", "テスト作業として、商品画像20枚の背景処理をお願いします。報酬は本採用になった後にまとめてお支払いします。")]
    [InlineData("unpaid_sample", "message", "お試しとして、チラシの表面だけ作ってみてもらえますか？その分の費用は無しでお願いしたいです。")]
    // A per-person limit multiplied, engagement from an account pool, accounts handed over by the count.
    [InlineData("external_tos", "message", "このグッズはお一人様2点までなので、あなたの名前と住所で何回か注文してもらえませんか。")]
    [InlineData("external_tos", "profile", "再生数・高評価を伸ばします。当方で保有するアカウント群から安全にお届けします。")]
    [InlineData("external_tos", "worker", "認証済みのフリマアカウントを5つお譲りできます。1つ6,000円です。")]
    // Those below in a network, in other words.
    [InlineData("mlm", "message", "うちのチームは紹介制なので、自分の下の人の売上からもマージンが入りますよ。")]
    [InlineData("mlm", "message", "最初の目標はダウンを作ることです。3人できれば、あとは勝手に収入が増えていきます。")]
    // The office's staff introduced by name, its desk's word relayed.
    [InlineData("fake_official", "message", "運営事務局の佐藤と申します。ご登録情報に不備があるため、下記URLから本日中に再登録をお願いします。")]
    [InlineData("fake_official", "message", "事務局のサポート担当から、この案件は外部の専用ページで手続きするよう案内されています。")]
    // Documents in a real issuer's name, licences waived, answers supplied from the reader's PC.
    [InlineData("other_illegal", "job", "在籍証明書の作成 | 実在する会社名で在籍証明書を作ってください。賃貸の審査に通るようにしたいです。")]
    [InlineData("other_illegal", "job", "出張の点滴施術 | 自宅で点滴の施術をしてくださる方を募集。看護師の免許は不問です。")]
    [InlineData("other_illegal", "worker", "そちらのPCに入らせてもらえれば、資格のオンライン試験を時間内に解いておきますよ。")]
    [InlineData("other_illegal", "profile", "探偵業の届出はしていませんが、所在調査・素行調査をお引き受けします。")]
    [InlineData("other_illegal", "message", "このキャラ、人気ゲームのキャラクターにもっと似せてください。アクスタにして販売するので。")]
    public void Evaluate_Violation_ReportsCategory(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);

    [Theory]
    [InlineData("Googleマップの口コミをお願いします。来店していなくても大丈夫なので、★5で書いてください。1件500円。")]
    [InlineData("楽天の商品ページに★5のレビューを書いてくれる方、商品はこちらから送ります。")]
    public void Evaluate_StarredFakeReviewOnANamedPlatform_ReportsBothStealthAndTheirTerms(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);

        ConceptAssert.Reports(findings, Categories.StealthMarketing);
        ConceptAssert.Reports(findings, Categories.ExternalTos);
    }

    [Fact]
    public void Evaluate_ReviewInAUsersVoiceWithoutRating_IsStealthMarketingOnly()
    {
        // No star rating and no account pool: the corpora read a review in an ordinary user's voice as stealth marketing only.
        var findings = _check.Evaluate(
            Changes.OfKind("message", "当社アプリのストアレビューを、普通のユーザーとして書いていただけますか。1件300円です。"), CancellationToken.None);

        ConceptAssert.Reports(findings, Categories.StealthMarketing);
        Assert.DoesNotContain(findings, f => f.Category == Categories.ExternalTos);
    }
}
