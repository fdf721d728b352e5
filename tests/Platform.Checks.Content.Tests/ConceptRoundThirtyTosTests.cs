using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty (2026-12-05), external_tos, stealth_marketing, fake_official and remote_desktop, from four new tuning corpora
/// (sports and fitness coaching, cars and motorbikes, fashion and stylists, ceremonies and end-of-life help). External terms: a
/// per-account cap reached and someone else's account asked for to go on, a dead person's account kept posting as that person,
/// low ratings reported only to have them removed, an activity record doctored for a leaderboard, views and likes bought when
/// listed before one purchase or through a vendor's tool, and a Q&amp;A site's question made up by the one who answers it.
/// Stealth: the sponsored-work label by its trade name left out, the sponsor's tie not to be revealed, the pay said to be ongoing
/// kept out of the text, a quoted disclosure line of any wording cut, a review asked of the reader's own account for pay, a
/// writer cast as someone who used it, friends' accounts used for reviews. Fake office: a section of the office introducing
/// itself, an instruction relayed at the end of a long sentence, a step waived by it, a quality check of its own. And the
/// look-alikes beside each: a cap waited out, an account memorialised, a false review reported, GPS data processed for a map, a
/// chat handle shared after approval, replies to reviews varied, the regulation cited to refuse, a labelled review, a disclosure
/// line kept, a disclosure really approved, remote operation said not to be part of the work. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundThirtyTosTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("external_tos", "message", "フリマアプリの出品数の上限に達したので、続きはあなたのアカウントで出品してもらえませんか。")]
    [InlineData("external_tos", "job", "亡くなった父のInstagramにログインして、本人として毎週写真を投稿し続けてください。")]
    [InlineData("external_tos", "job", "ホテルの低評価の口コミは全部通報して消してください。")]
    [InlineData("external_tos", "job", "ランニングアプリのランキングで上位に入りたいので、走行データを加工してアップしてください。")]
    [InlineData("external_tos", "profile", "インスタ運用代行です。いいね・再生回数の購入も対応します。")]
    [InlineData("external_tos", "job", "この動画の再生数を、業者のサービスを使って5万回まで伸ばしてください。")]
    [InlineData("external_tos", "job", "Q&Aサイトで一般の利用者として当店をおすすめする回答をしてください。質問もこちらで立てます。")]
    [InlineData("stealth_marketing", "job", "ブログ記事に案件表記は入れないでください。")]
    [InlineData("stealth_marketing", "job", "商品提供と明かさずに、自分で選んだものとして紹介してください。")]
    [InlineData("stealth_marketing", "message", "謝礼をいただいていることは記事に書かないでください。")]
    [InlineData("stealth_marketing", "message", "「この動画は〇〇社の協賛でお届けします」の一文はカットしてください。")]
    [InlineData("stealth_marketing", "message", "あなたのアカウントで当社のアプリにレビューを書いてもらえませんか。報酬は500円です。")]
    [InlineData("stealth_marketing", "job", "比較サイトに、実際に購入した人として感想を3件書いてください。")]
    [InlineData("stealth_marketing", "message", "口コミはお友達のアカウントで書いてもらっても構いません。1件500円お支払いします。")]
    [InlineData("fake_official", "message", "運営事務局 監査課です。本人確認のため外部フォームに生年月日をご入力ください。")]
    [InlineData("fake_official", "message", "事務局から、この案件の報酬は外部の決済サービス経由で受け取るよう求められました。")]
    [InlineData("fake_official", "message", "運営事務局に手数料を免除してもらったので、今回は直接お振込ください。")]
    [InlineData("fake_official", "message", "検収の前に、事務局の品質確認として下記の外部フォームにご回答ください。")]
    public void Evaluate_Violation_ReportsBlock(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, category);
        Assert.Contains(findings, f => f.Category == category && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("message", "出品数の上限に達したので、残りは来月あらためて出品します。")]
    [InlineData("message", "上限に達したら、別のアカウントは作らずに翌月まで待ってください。")]
    [InlineData("job", "亡くなった母のFacebookを追悼アカウントに切り替える手続きを手伝ってください。")]
    [InlineData("job", "事実無根の低評価の口コミを通報して削除を依頼する手順をまとめてください。")]
    [InlineData("job", "GPSデータを加工して、ランニングコースの地図を作ってください。")]
    [InlineData("job", "口コミへの返信文を、内容に合わせて書き分けてください。")]
    [InlineData("message", "ステマ規制に触れるので、広告と分からないような書き方はできません。")]
    [InlineData("job", "ご自身のアカウントでレビューを書く必要はありません。記事の執筆のみで報酬は5,000円です。")]
    [InlineData("job", "ご自身のアカウントでPR表記をつけてレビューを投稿してください。報酬3,000円。")]
    [InlineData("job", "記事の最後に「この記事は商品提供を受けて書いています」の一文を入れてください。")]
    [InlineData("job", "動画の概要欄に「提供：〇〇株式会社」の一文を必ず入れてください。")]
    [InlineData("message", "「PR」の表記は削除しないでください。")]
    [InlineData("job", "作業はサーバー上で完結します。お客様のPCを遠隔で操作するような作業はありません。")]
    [InlineData("job", "ヨガ教室の会員向けに、入会者を紹介すると1人3,000円の紹介料が出る制度の案内文を作ってください。")]
    public void Evaluate_LookAlike_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    [Theory]
    [InlineData("Chatworkのアカウントを共有しますので、以降はそちらでもご連絡ください。", PartyRole.Worker)]
    [InlineData("事務局で連絡先公開が承認されたので、当日は私の携帯に直接ご連絡ください。", PartyRole.Client)]
    public void Evaluate_ContactAfterApprovedDisclosure_ReportsNoContentCategory(string text, PartyRole sender) =>
        ConceptAssert.ReportsNoContentCategory(
            _check.Evaluate(Changes.Message(text, DealStage.EscrowFunded, DisclosureStatus.Approved, sender), CancellationToken.None));
}
