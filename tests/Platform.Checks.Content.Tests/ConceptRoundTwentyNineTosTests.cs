using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-nine (2026-12-04), external_tos, stealth_marketing, fake_official and remote_desktop, from six new tuning corpora
/// (crafts and makers, photography and events, surveys and research, inbound tourism, contracts and IP, manufacturing). External
/// terms: a listing cap hit or a free tier's quota named and other people's IDs or another company name used, followers bought and
/// run by a tool side by side or by a buying service, likes and follows sent by a tool, a site's or a host's rule named and broken
/// out of sight, a one-user contract used in secret, bookings and cancellations repeated by a tool for a rank, a form's one-answer
/// limit got round, copyright matching dodged, a marketplace's guests steered past it to save its fee, reports made whether or not
/// there is an infringement, sign-ups in the reader's name run by the client, a guest posed as on a lodging site, low ratings from
/// accounts the client supplies. Stealth: a customer's words put in quotes for a paid post, a rating bought with money added to the
/// next job, reviews under relatives' names said politely, the ad nature left unstated or kept from readers, a purchase's cost
/// borne for a review, the writer cast in quotes as a real guest. Fake office: a platform "ambassador" programme with its own
/// sign-up page, the office's name masked by a circle, its word said to be received, a survey of its own. Remote desktop: a camera
/// worked from afar and the tools' adoption surveyed are not PCs taken over. And the look-alikes beside each: a rule followed, a
/// school's or an employer's rule kept quiet, a one-user contract respected, direct booking ruled out, a report with evidence, a
/// no-tools policy, a real customer's post reshown, a thank you for a rating, the ad label asked for, an impostor reported, a
/// licence name lent (other_illegal only). All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyNineTosTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("external_tos", "message", "ショップの出品数の上限に引っかかるので、ご家族のIDも使って出品していただけますか。")]
    [InlineData("external_tos", "job", "求人サイトの無料掲載は1社1枠までなので、別の会社名でもう一つ登録して掲載してください。")]
    [InlineData("external_tos", "profile", "Instagramのフォロワーを増やします。購入とツールを併用して3か月で5,000人保証です。")]
    [InlineData("external_tos", "job", "TikTokのフォロワーを半年で2万人まで増やしてください。購入サービスの利用でも構いません。")]
    [InlineData("external_tos", "proposal", "X運用のご提案です。いいねやフォローを自動で行うツールで数字を伸ばします。")]
    [InlineData("external_tos", "job", "チケットサイトでは自動アクセスは禁止されていますが、バレないよう間隔をあけて取得するスクリプトを作ってください。")]
    [InlineData("external_tos", "message", "貸別荘の規約上、撮影会は禁止なので、オーナーにバレないように機材を運んでください。")]
    [InlineData("external_tos", "message", "この分析ツールは1ユーザー契約ですが、こっそりログインして使ってもらって構いません。")]
    [InlineData("external_tos", "job", "予約サイトの表示順位を上げたいので、予約とキャンセルを自動で繰り返すプログラムを作ってください。")]
    [InlineData("external_tos", "job", "アンケートフォームの回答を1回に制限する設定を回避して、何度でも回答できるようにしてください。")]
    [InlineData("external_tos", "message", "動画をアップしたいので、著作権の検出に引っかからないよう、BGMの速度を少し変えてください。")]
    [InlineData("external_tos", "job", "booking.comで予約したお客様に、次回はbooking.comを通さず直接予約すれば手数料分安くなると案内する文面を作ってください。")]
    [InlineData("external_tos", "job", "競合のショップを商標権侵害として通報してください。本当に侵害しているかどうかは問いません。")]
    [InlineData("external_tos", "job", "あなたの名義で複数のポイントサイトに登録していただき、操作はこちらで行います。月3,000円。")]
    [InlineData("external_tos", "message", "民泊の宿泊客のふりをして、Airbnbに感想を書いてもらえませんか。1件2,000円です。")]
    [InlineData("external_tos", "message", "競合の通販ページに低い評価をいくつか入れてください。アカウントはこちらで用意したものを使ってください。")]
    [InlineData("stealth_marketing", "message", "ご自身のSNSに「この工房で買いました」と投稿してもらえますか。お礼に2,000円お送りします。")]
    [InlineData("stealth_marketing", "message", "取引評価で★5をつけていただけたら、次回のご依頼で3,000円上乗せします。")]
    [InlineData("stealth_marketing", "message", "グルメサイトの口コミを、ご家族のお名前で2件ほど書いていただけますか。謝礼はお支払いします。")]
    [InlineData("stealth_marketing", "job", "インタビュー内容は、広告であることを明記せずに「利用者の声」としてサイトに掲載します。謝礼は3,000円です。")]
    [InlineData("stealth_marketing", "message", "商品の紹介記事をお願いします。広告だと分かると読まれないので、あなたの感想として書いてください。")]
    [InlineData("stealth_marketing", "message", "通販サイトで商品を買って、良かったと感想を書いてください。購入費用はこちらで持ちます。")]
    [InlineData("stealth_marketing", "message", "口コミを『実際に泊まった者』として書いていただけたら1件1,000円お支払いします。")]
    [InlineData("fake_official", "job", "ランサーズ公式アンバサダーを募集します。登録は専用ページで行いますので、URLをお送りします。")]
    [InlineData("fake_official", "job", "事〇局から推薦された方だけの特別案件です。外部フォームで個人情報をご入力ください。")]
    [InlineData("fake_official", "proposal", "事務局から、外部のストレージで直接納品してよいと連絡を受けております。")]
    [InlineData("fake_official", "message", "検収前に事務局の満足度アンケート（外部フォーム）にご回答ください。")]
    public void Evaluate_Violation_ReportsBlock(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, category);
        Assert.Contains(findings, f => f.Category == category && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("job", "スタジオの天井カメラを、調整室から遠隔操作していただくオペレーター業務です。")]
    [InlineData("job", "会場のPTZカメラをリモートで操作するオペレーターを募集します。")]
    [InlineData("job", "リモートデスクトップを導入した企業への調査結果をグラフにまとめてください。")]
    [InlineData("message", "規約上、無断撮影は禁止なので、撮影前に必ず許可を取ってください。")]
    [InlineData("job", "サイトの規約で自動アクセスは禁止されているので、公式APIを使って作ってください。")]
    [InlineData("message", "学校がアルバイト禁止なので、こっそり作業してもいいですか。")]
    [InlineData("message", "このツールは1ユーザー契約なので、各自でアカウントを取得してください。")]
    [InlineData("message", "Airbnbを通さず直接予約を受けるのは規約違反なので、すべてAirbnb経由にしてください。")]
    [InlineData("job", "民泊の予約管理をお願いします。Airbnbとじゃらんの在庫を同期してください。")]
    [InlineData("proposal", "フォロワーを増やす施策をご提案します。投稿の質を上げる方針で、フォロワー購入や自動ツールは使いません。")]
    [InlineData("job", "お客様が「ここで買いました」と投稿してくださった写真を、許可を得てサイトに載せたいです。")]
    [InlineData("message", "当店のSNSに「この店で買いました」とお客様が投稿してくれました。")]
    [InlineData("message", "取引評価で★5をつけていただきありがとうございました。またお願いします。")]
    [InlineData("job", "記事の冒頭に、広告であることを明記してください。")]
    [InlineData("message", "先ほど「事務局」を名乗る別のアカウントから、外部フォームへの案内が届きました。開かずに通報しました。")]
    public void Evaluate_LookAlike_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    [Fact]
    public void Evaluate_RegisteredTradeNameLent_ReportsNoExternalTos()
    {
        var findings = _check.Evaluate(
            Changes.OfKind("job", "旅行業の登録をお持ちの方に、名義をお貸しいただける方を探しています。月3万円。"), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.OtherIllegal);
        Assert.DoesNotContain(findings, f => f.Category == Categories.ExternalTos);
    }
}
