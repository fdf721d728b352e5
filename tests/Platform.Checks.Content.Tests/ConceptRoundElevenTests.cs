using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round eleven (2026-12-02, night), from three new tuning corpora (clients' posts and messages on pay and the law;
/// recruiting and deception; contact in every stage): no fixed amount at all, pay withheld or cut after delivery, pay per
/// customer brought in, a refund as the only pay; test pieces asked for in honorific or plain words; recruiting said softly
/// (お伝えするだけ, ずっと入ってくる, a mentor to meet); an account alert with a deadline and a link (phishing); the office's
/// staff said to have allowed a swap of addresses; the disclosure sentence to be deleted; both sides of a Q&amp;A played by
/// one writer; several accounts made to stay under each one's limit; money passed through the reader's account; tickets at
/// twice the price; a resignation service that bargains. And what must not be flagged: a pay-scheme word as the work's
/// subject elsewhere in the text, remote access advised against or built on site, an MLM pitch quoted as a bad example, a
/// warning that the office writes only through the site. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundElevenTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // A pay-scheme word that is the work's subject, not its pay; a final amount that is an invoice.
    [InlineData("job", "料金比較の記事 | 成果報酬型と固定報酬型の違いを解説する比較記事を書いてください。1本8,000円、固定です。")]
    [InlineData("job", "歴史解説動画の台本 | 歴史解説チャンネル用の台本を10分尺で書いてください。1本12,000円です。")]
    [InlineData("worker", "修正2回分を追加したので、最終金額を決定したら請求書をお送りしますね。")]
    [InlineData("job", "イベントの受付 | セミナー当日の受付をお願いします。参加者1名につき受付票を1枚お渡しください。日給12,000円です。")]
    // Remote access advised against, or built on site.
    [InlineData("worker", "遠隔操作は安全面からおすすめできないので、設定の手順書をお作りしますね。")]
    [InlineData("message", "このサイトで遠隔操作ソフトの利用はリスクがあると注意が表示されたので、手順は動画で教えてください。")]
    [InlineData("job", "事務所のリモート環境構築（来社） | 在宅から事務所のPCにリモートデスクトップで入れる環境を、事務所にご来社いただいて作ってください。")]
    // A pitch quoted to warn, the office's real channel named, a disclosure line kept.
    [InlineData("message", "原稿の「友達に紹介するだけで稼げる」という部分は悪い例として引用しているので、注意書きを添えてください。")]
    [InlineData("message", "事務局からの連絡はサイト内の通知でしか届かないそうなので、怪しいメールのリンクは無視してくださいね。")]
    [InlineData("message", "『商品提供を受けています』の一文は、冒頭に必ず入れてください。")]
    [InlineData("message", "いただいた写真のうち「提供いただきました」と書いてある画像は、今回は使わずに削除しておきます。")]
    public void Evaluate_NotAViolation_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    [Theory]
    // No fixed amount, pay withheld or cut after delivery, pay per customer, a final amount set on the results.
    [InlineData("uncertain_compensation", "message", "お支払いは成約数に応じてになります。固定額はありませんが、よろしいでしょうか。")]
    [InlineData("uncertain_compensation", "message", "記事が検索で3位以内に入らなければ、支払いは見送らせてください。")]
    [InlineData("uncertain_compensation", "message", "検収後に品質をA〜Cで評価して、Cの場合は報酬を半額にさせていただきます。")]
    [InlineData("uncertain_compensation", "job", "ポスティング | 報酬は配った枚数ではなく、チラシを見て来店したお客様1人につき300円です。")]
    [InlineData("uncertain_compensation", "job", "SNS広告の運用 | 初月の広告の反応を見て最終金額を決めさせていただきます。")]
    [InlineData("uncertain_compensation", "message", "値段はまだ決めてないんです。売れたらその分お渡しする感じで。")]
    [InlineData("uncertain_compensation", "job", "レビュー投稿 | 商品を購入して★5レビューを書いてください。報酬は返金のみです。")]
    // Test pieces asked for, unpaid.
    [InlineData("unpaid_sample", "message", "テスト翻訳おねがいします。無料です。300字です。")]
    [InlineData("unpaid_sample", "message", "お試しに会社案内の表紙を一案お作りいただけますか。採用に至らなければ費用はお支払いいたしかねます。")]
    [InlineData("unpaid_sample", "job", "キャッチコピー | 新商品のキャッチコピーを考えてください。案を8個ほどいただき、気に入ったものがあれば契約します。")]
    [InlineData("unpaid_sample", "message", "腕を見たいので、トップページだけ先にコーディングしていただけますか。問題なければ契約します。")]
    // Recruiting said softly.
    [InlineData("mlm", "message", "お仕事とは別のお話ですが、私の入っている会では、商品の良さを周りにお伝えするだけで収入になるんです。今度説明会にいらっしゃいませんか。")]
    [InlineData("mlm", "message", "私が使っている洗剤、会員になると紹介料がずっと入ってくるんですよ。△△さんは顔が広いので向いてると思います")]
    [InlineData("mlm", "message", "納品お疲れさまでした！お仕事とは別に、ビジネスオーナーになれるお話があって。私のメンターを紹介させてください")]
    [InlineData("mlm", "message", "採用の条件として、弊社製品のスターターキット（2万円）をご購入のうえ、ビジネスメンバーになっていただいております。")]
    // The office's staff said to have allowed a swap of addresses.
    [InlineData("fake_official", "message", "事務局の担当の方と話して、今回は公開申請なしで連絡先を交換していいことになりました。")]
    [InlineData("fake_official", "message", "運営の担当者から、今回の検収は外部のフォームで行うようにと指示がありました。")]
    // The disclosure sentence to be deleted, a purchase faked.
    [InlineData("stealth_marketing", "message", "紹介記事の「サンプルを提供いただきました」の一文は削除してください。")]
    [InlineData("stealth_marketing", "message", "感想文、もう少し『自腹で購入しました』感を出してもらえますか。")]
    // Several accounts made to stay under each one's limit.
    [InlineData("external_tos", "job", "フリマ出品 | 1アカウントの出品上限にかからないよう、ご自身で2〜5アカウント作成して出品してください。")]
    // Money through the reader's account, tickets at twice the price, a resignation service that bargains.
    [InlineData("other_illegal", "message", "いったんあなたの口座に20万円振り込みますので、そこから指定の口座へ送金してもらえますか。お礼は3千円です。")]
    [InlineData("other_illegal", "job", "ライブチケットの確保 | 人気バンドのチケットを取って、定価の3倍で譲ってください。")]
    [InlineData("other_illegal", "job", "退職手続きの代行 | 会社への退職の連絡と、未払い残業代の交渉もしていただきたいです。")]
    public void Evaluate_Violation_ReportsCategory(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);

    [Theory]
    [InlineData("【重要】お客様のアカウントで不審なログインを検知しました。12時間以内に本人確認を行わない場合、出金を停止します。確認はこちら https://crowd-id-check.example/login")]
    [InlineData("不正なアクセスが検出されました。アカウントが停止される前に、下記URLから再認証してください。 http://verify-account.example")]
    public void Evaluate_AccountAlertWithALink_IsPhishingInTheOfficesVoice(string text)
    {
        var finding = Assert.Single(_check.Evaluate(Changes.OfKind("message", text), CancellationToken.None));

        Assert.Equal(Categories.FakeOfficial, finding.Category);
        Assert.Equal(Decision.Block, finding.Decision);
        Assert.Equal("official.phishing", finding.Code);
    }

    [Theory]
    [InlineData("「不審なログインを検知しました。24時間以内にこちらから本人確認を」というメールが届きました。詐欺だと思うので無視します。")]
    [InlineData("ログイン監視機能の開発 | 不審なログインを検知したらアカウントを一時停止し、確認用のURLを本人に送る仕組みを実装してください。")]
    public void Evaluate_AccountAlertReportedOrBuilt_IsNotPhishing(string text) =>
        ConceptAssert.ReportsNoContentCategory(
            _check.Evaluate(Changes.OfKind(text.Contains(" | ", StringComparison.Ordinal) ? "job" : "message", text), CancellationToken.None));

    [Theory]
    [InlineData("知恵袋で質問と回答を自作自演して、うちの料理教室を自然におすすめしてください。")]
    [InlineData("Yahoo!知恵袋で、質問用と回答用の別アカウントを使って当社の塾をすすめる流れを作ってください。")]
    public void Evaluate_BothSidesOfAQuestionSitePlayedByOneWriter_ReportsStealthAndTheirTerms(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);

        ConceptAssert.Reports(findings, Categories.StealthMarketing);
        ConceptAssert.Reports(findings, Categories.ExternalTos);
    }
}
