using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-seven (2026-12-04), external_tos and stealth_marketing, from four new tuning corpora (creative commissions,
/// back-office and IT work, conversations mid-deal and after, seasonal work and side income). External terms: a visit waived
/// politely on a named review platform ("ご来院いただく必要はありません"), installs and launches repeated or device IDs reset for a
/// store rank, people paid by the head only to install an app, a count sold with a ban record boasted ("凍結実績なし" no longer read
/// as a means ruled out), the writer's own listing cap carried past on the readers' accounts, a one-per-person limit multiplied on
/// the readers' accounts, heads said not to need to be real with only the number counting, the writer's household posting reviews
/// too. Stealth: the business's staff posting in a customer's role, testimonials that need no real pupil behind them, a book reviewed
/// unread, accounts dressed as ordinary users raising a product as a topic. And the look-alikes beside each: a visit waived in a
/// practice's own description, launches repeated in a timing test, a device-ID bug, a comparison article, a growth plan without tools,
/// a free plan's cap on the reader's own account, an announcement to the readers, a target without fake heads, family accounts
/// ruled out, a staging login on a delivery slip, staff in their own role or said to post as staff, dummy data in a report, a manual
/// left unread before feedback, a sponsor credit quoted as stated openly, a crawler's accounts (not stealth), and a refusal heading
/// a list ("お受けできないもの：…"). All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentySevenTosTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("external_tos", "job", "Googleマップに当院の口コミを書いてくださる方を募集します。ご来院いただく必要はありません。1件400円。")]
    [InlineData("external_tos", "job", "新作アプリをストアのランキング上位に入れたいので、インストールと起動を繰り返すスクリプトを作ってください。")]
    [InlineData("external_tos", "job", "ゲームアプリの上位表示を狙っています。広告IDをリセットしながら何度もダウンロードする環境を用意してください。")]
    [InlineData("external_tos", "job", "ストアのランキングを上げたいので、アプリをダウンロードするだけの簡単なお仕事です。1人200円。")]
    [InlineData("external_tos", "profile", "Instagramのフォロワーを海外サーバー経由で増やします（凍結実績なし）。")]
    [InlineData("external_tos", "message", "弊社のアカウントが出品上限に達したので、ご自身のアカウントから弊社の商品を出品してください。売上はあとで送金をお願いします。")]
    [InlineData("external_tos", "job", "限定グッズはお一人様1個までなので、皆さまのアカウントで1個ずつ注文して、こちらに送ってください。手数料は1件500円。")]
    [InlineData("external_tos", "message", "YouTubeの登録者は、本物の人かどうかは問いません。とにかく数字が5,000を超えれば十分です。")]
    [InlineData("external_tos", "message", "レビューをお願いしたいです。ご家族のアカウントからも投稿していただけると助かります。1件300円お支払いします。")]
    [InlineData("stealth_marketing", "message", "レビューをお願いしたいです。ご家族のアカウントからも投稿していただけると助かります。1件300円お支払いします。")]
    [InlineData("stealth_marketing", "job", "弊社スタッフが「一般の利用者」として口コミを投稿するので、その文面を10本お願いします。")]
    [InlineData("stealth_marketing", "job", "お客様の声を5件書いてください。実際の受講生でなくても大丈夫です。")]
    [InlineData("stealth_marketing", "message", "私の電子書籍にレビューを書いてもらえませんか。読まなくても大丈夫です。")]
    [InlineData("stealth_marketing", "message", "私が管理している一般人風のアカウント20個から、新商品の話題をさりげなく出していきます。")]
    [InlineData("external_tos", "message", "私が管理している一般人風のアカウント20個から、新商品の話題をさりげなく出していきます。")]
    [InlineData("stealth_marketing", "message", "ステマだとバレないよう、『提供いただきました』と書かないでください。")]
    [InlineData("stealth_marketing", "profile", "お受けできないもの：卒論の代行。口コミの代筆はお任せください。")]
    public void Evaluate_Violation_ReportsBlock(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, category);
        Assert.Contains(findings, f => f.Category == category && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("job", "Googleマップに載せる医院の紹介文を作ってください。オンライン相談のみなので、ご来院いただく必要はありません。")]
    [InlineData("job", "アプリの起動時間を計測したいので、インストールと起動を繰り返す動作テストを実機で行ってください。")]
    [InlineData("job", "端末IDが毎回変わってしまう不具合を直してください。そのたびにログインが切れます。")]
    [InlineData("job", "ランキング上位の家計簿アプリを比較する記事です。インストールするだけの手軽なアプリを中心に、1本5,000円。")]
    [InlineData("profile", "フォロワーを増やす運用代行です。自動ツールはなしで、投稿の企画だけで伸ばします（BAN実績なし）。")]
    [InlineData("job", "無料プランの上限に達したら、ご自身のアカウントで有料プランに切り替えてください、という案内文を作ってください。")]
    [InlineData("job", "限定グッズはお一人様1個までです。発売日の告知文と、皆さまのアカウントへ送るお知らせメールを作ってください。")]
    [InlineData("job", "フォロワー数が1万を超えれば案件単価が上がると聞きました。伸ばすための投稿企画をお願いします。")]
    [InlineData("message", "ご家族のアカウントから口コミを書くのは規約違反になるので、ご本人のアカウントだけでお願いします。")]
    [InlineData("message", "納品しました。検証環境のURLはこちらです（ログイン情報は納品書に記載しています）。")]
    [InlineData("job", "社員が「店長」として登場するインタビュー記事の構成をお願いします。")]
    [InlineData("job", "スタッフが利用者として口コミを投稿する場合は、スタッフであることを明記してもらう方針です。その案内文を作ってください。")]
    [InlineData("job", "口コミ分析レポートのひな形を作ってください。実際のデータでなくても構いません。")]
    [InlineData("message", "マニュアルは読まなくても大丈夫です。アプリの操作感について率直な感想を社内アンケートに書いてください。")]
    [InlineData("message", "宣伝っぽく見えないよう、冒頭で「〇〇社から提供を受けています」と明記する形にしました。")]
    [InlineData("profile", "お受けできないもの：口コミの代筆、アカウントの販売、卒論の代行。")]
    [InlineData("profile", "お受けできないご依頼：\n・口コミの代筆\n・アカウントの販売\nイラスト制作はお気軽にどうぞ。")]
    public void Evaluate_LookAlike_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    [Fact]
    public void Evaluate_CrawlerOnSeveralAccounts_ReportsNoStealthMarketing()
    {
        var findings = _check.Evaluate(
            Changes.OfKind("job", "公開投稿を収集するクローラーを作ってください。負荷を分けるため複数アカウントで取得します。"), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.StealthMarketing);
    }
}
