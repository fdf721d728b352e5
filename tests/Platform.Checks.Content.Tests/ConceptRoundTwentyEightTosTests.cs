using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-eight (2026-12-04), external_tos, stealth_marketing, fake_official and remote_desktop, from four new tuning corpora
/// (fortune-telling and matchmaking, delivery and piecework, subsidies and NPOs, Web3 and online communities). Stealth: the ad label
/// refused with a verb the lexicon reads as a refusal ("広告表記はしません"), a visit claimed as paid out of the writer's own pocket,
/// reviews sold as never caught, a credit quoted first in a list of quotes and then removed, the request, the fee or the poster's
/// place on the organiser's side kept out of the post. External terms: a dating app's members solicited for the client's business,
/// someone else's identity document shown to an age or identity check, installs and launches ordered by the day for a store rank,
/// a per-ID cap named and another person's name used, a petition signed from several addresses, a survey answered again as other
/// people, a self-bot, members of a group bought by the head. Fake office: the step said to be the office's own review. Remote
/// desktop: the other party's PC "touched", the particle dropped. And the look-alikes beside each: an editorial piece with no
/// sponsor, a warning about self-funded claims, a disclosure moved up front, posts from a brand's own official account, a
/// confidentiality clause, a victim's question, a guardian's ID, a launch test, a petition's landing page, survey results by
/// attribute, a bot on the official API, a member-count goal, a platform's real job-post review, a PC said not to be touched, a
/// VTuber's persona. Ratings and refunds on this marketplace itself and posts counted from one account are stealth only; a chat
/// operator playing a member is not stealth. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyEightTosTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("stealth_marketing", "job", "読者モデルの座談会風の記事を作ってください。発言はすべてライターさんに考えていただきます。広告表記はしません。")]
    [InlineData("stealth_marketing", "proposal", "体験記事は、私のブログに『自費で泊まった』として載せることもできます。その場合は3,000円追加です。")]
    [InlineData("stealth_marketing", "profile", "利用者目線の口コミを量産できます。サクラと気づかれたことは一度もありません。")]
    [InlineData("stealth_marketing", "message", "納品ありがとうございます。『#PR』と『この記事は〇〇市観光まちづくり推進協議会さまのご依頼により作成したものです』の二行を削除して、再納品をお願いします。")]
    [InlineData("stealth_marketing", "message", "あくまで個人の感想として書いてください。当店からお願いしていることは、絶対に出さないでください。")]
    [InlineData("stealth_marketing", "message", "SNSでの紹介は、一個人のおすすめとして書いてください。弊社から謝礼をお支払いしていることは出さないようにお願いします。")]
    [InlineData("stealth_marketing", "job", "新作ゲームのDiscordに一般参加者として入り、盛り上がる発言をしていただきます。開発チーム側の人間であることは明かさないでください。")]
    [InlineData("stealth_marketing", "job", "新作ゲームの感想を、プレイヤーとしてSNSに投稿してください。運営チームの一員であることは出さないようにお願いします。")]
    [InlineData("external_tos", "job", "マッチングアプリで知り合った相手と親しくなってから、弊社の投資セミナーにお誘いしてください。1名参加で5,000円。")]
    [InlineData("external_tos", "message", "サイトの本人確認なんですが、兄の免許証で通してもらえますか？")]
    [InlineData("external_tos", "job", "アプリのランキングを上げたいので、インストールとアプリ起動を1日300件お願いします。")]
    [InlineData("external_tos", "message", "1回の申請で受けられる件数に上限があるので、ご家族の名義でIDを取って、そちらからも申請してください。")]
    [InlineData("external_tos", "message", "署名の数を伸ばしたいので、いくつかのメールアドレスで何度か署名してもらえますか。")]
    [InlineData("external_tos", "job", "区のウェブアンケートに、属性を変えて回答を繰り返し、公園整備に賛成する結果にしてください。1回答80円。")]
    [InlineData("external_tos", "job", "自分のDiscordアカウントで自動返信するセルフBOTを作ってください。")]
    [InlineData("external_tos", "message", "オープンチャットの参加者が少ないので、業者から3,000人ほど買っておいてもらえますか。")]
    [InlineData("fake_official", "message", "選考の一環として、公式の確認フォームへのご入力をお願いします。事務局の審査ですので、本日中にお願いします。")]
    public void Evaluate_Violation_ReportsBlock(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, category);
        Assert.Contains(findings, f => f.Category == category && f.Decision == Decision.Block);
    }

    [Fact]
    public void Evaluate_OthersPcTouchedFromAfar_ReportsRemoteDesktopAdvice()
    {
        var findings = _check.Evaluate(Changes.OfKind("message", "遠隔のツールで、そちらのPC触らせてもらえますか。"), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.RemoteDesktop);
        Assert.Contains(findings, f => f.Category == Categories.RemoteDesktop && f.Decision == Decision.Advise);
    }

    [Theory]
    [InlineData("job", "自社メディアの編集記事で、依頼を受けた記事ではないため、PR表記はしません。")]
    [InlineData("job", "ブランドの公式アカウントからの発信なので、PR表記はしません。週3回の投稿をお願いします。")]
    [InlineData("message", "ご自身のブログに『自費で泊まった』と書くのは、提供を受けた場合はステマになるので避けてください。")]
    [InlineData("message", "『#PR』と『提供：〇〇社』の表記は、冒頭の目立つ位置に移してください。")]
    [InlineData("job", "ブランドの公式アカウントでの投稿代行です。公式アカウントでの投稿なのでPR表記は不要です。月5万円。")]
    [InlineData("job", "案件の内容はSNSに出さないでください。")]
    [InlineData("job", "VTuberの配信の切り抜き編集です。中の人であることは明かさないでください。")]
    [InlineData("message", "マッチングアプリで知り合った人から投資セミナーに誘われました。これは勧誘の手口でしょうか。")]
    [InlineData("job", "未成年の方の本人確認は、保護者の身分証で行うことができます。その案内文を作ってください。")]
    [InlineData("job", "ランキング画面の改修後、インストールとアプリ起動の動作確認をお願いします。")]
    [InlineData("job", "署名活動のLPを作ってください。お一人様1回まで、メールアドレスで重複を防ぎます。")]
    [InlineData("job", "アンケート結果を年代や属性ごとに集計してください。")]
    [InlineData("job", "Discordの公式Bot APIを使って、サーバーの自動返信Botを作ってください。")]
    [InlineData("job", "コミュニティの参加者を3,000人に増やすための告知文を作ってください。")]
    [InlineData("job", "求人の掲載前に運営の審査がありますので、公開まで1日ほどお待ちください。")]
    [InlineData("message", "私のPCは触らないでください、作業はすべてご自身の環境でお願いします。")]
    public void Evaluate_LookAlike_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    [Theory]
    [InlineData("このサイトで出している私のサービスを買って、★5のレビューをつけてください。代金は後でお返しします。")]
    [InlineData("個人アカウントから3件ほど、広告っぽくならないように投稿してください。")]
    public void Evaluate_StealthOnThisMarketplaceOrOneAccount_ReportsNoExternalTos(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.StealthMarketing);
        Assert.DoesNotContain(findings, f => f.Category == Categories.ExternalTos);
    }

    [Fact]
    public void Evaluate_ChatOperatorPlayingAMember_ReportsNoStealthMarketing()
    {
        var findings = _check.Evaluate(
            Changes.OfKind("job", "出会い系サイトで男性会員になりきり、女性会員とのメッセージのやりとりを担当してください。"), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.StealthMarketing);
    }
}
