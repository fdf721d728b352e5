using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-three (2026-12-04), external_tos and stealth_marketing, from eight new blind corpora (video and streaming,
/// tutoring, beauty salons, accounting, events and tickets, apps, local shops, marketplace ratings). External terms: accounts
/// offered from stock or in lots with their verification done, accounts counted by the dozen made or held for draws and
/// entries, several accounts run for lotteries, a free trial taken again with a fresh address, counts bought in passing or
/// through a vendor, followers sold by count after a full stop, engagement sent from other or counted accounts, many devices
/// for a store ranking, a grown account handed over whole. Stealth: rated reviews offered in a profile or wished for with a
/// bonus, a visit written as made or waived, testimonials of pupils who need not exist, a competitor given harsh reviews, the
/// item's price borne for a rated review, ratings swapped between strangers or raised for free work, and the disclosure left
/// to the poster both ways (held, not blocked). And the look-alikes: a platform's mutual rating explained, a rating promised
/// in a thank-you, caps in a specification, test accounts, a stock count of goods, past misconduct reported, a label said
/// present, a noun phrase about other accounts' comments, a disclosed gift. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyThreeTosTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("external_tos", "profile", "LINE・Instagramアカウント　在庫多数。SMS認証済みです。")]
    [InlineData("external_tos", "profile", "Outlookアカウントの作成代行（電話認証済み）。20個単位でお届けします。")]
    [InlineData("external_tos", "proposal", "懸賞応募用のアカウント、もう40個ほど持っています。すぐ動けます。")]
    [InlineData("external_tos", "profile", "限定グッズ抽選の複数アカウント運用を代行します。当選実績多数。")]
    [InlineData("external_tos", "job", "チケットサイトの会員アカウントを25個作って、先行抽選に申し込んでください。")]
    [InlineData("external_tos", "message", "追加で、捨て垢を40個ほど自動で作れるスクリプトもつけてもらえますか。")]
    [InlineData("external_tos", "message", "デザインツールのお試し期間が終わったら、別のメアドで作り直して使い続けてください。")]
    [InlineData("external_tos", "message", "あと、動画の再生回数も買って伸ばしておいてもらえると助かります。")]
    [InlineData("external_tos", "proposal", "チャンネル登録者なら、業者使えば10日で3000人いけますよ。")]
    [InlineData("external_tos", "profile", "TikTokのフォロワー増やします。2000人4,000円〜。")]
    [InlineData("external_tos", "message", "公開されたら、別のアカウントから記事に「役に立った」とコメントを付けておいてください。")]
    [InlineData("external_tos", "message", "配信中にサブ垢6個からコメントして、ランキングを上げてもらえますか。")]
    [InlineData("external_tos", "job", "アプリのランキングを上げたいので、多数の端末でダウンロード→起動を繰り返してください。")]
    [InlineData("external_tos", "proposal", "旅行ジャンルのInstagramアカウント（フォロワー5万）を持っています。そのまま譲渡もできます。")]
    [InlineData("stealth_marketing", "profile", "楽天の商品レビュー、★5で書きます。購入なしのレビューにも対応可。")]
    [InlineData("stealth_marketing", "message", "ついでにGoogle Playにも星5のレビューを書いてもらえると嬉しいです。1,000円上乗せします。")]
    [InlineData("stealth_marketing", "job", "来店したお客様のような文章でGoogleマップに口コミを投稿してください。星は5で。")]
    [InlineData("stealth_marketing", "job", "歯科医院の口コミを書いてください。来院していただく必要はありません。1件300円。")]
    [InlineData("stealth_marketing", "job", "教室サイトの体験談を書いてください。実在の受講生である必要はありません。")]
    [InlineData("stealth_marketing", "job", "近所の競合店に、来店客として厳しめのレビューを投稿してほしいです。")]
    [InlineData("stealth_marketing", "message", "そのあとAmazonで当社の本のレビューもお願いします。本代はこちらで持ちますので★5で。")]
    [InlineData("stealth_marketing", "profile", "★5評価の交換しませんか？取引は形だけで構いません。")]
    [InlineData("stealth_marketing", "message", "前の取引の評価を上げていただけるなら、今回の作業は半額でお受けします。")]
    public void Evaluate_Violation_ReportsBlock(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, category);
        Assert.Contains(findings, f => f.Category == category && f.Decision == Decision.Block);
    }

    // The disclosure left to the poster both ways is borderline: held for review, not blocked.
    [Theory]
    [InlineData("job", "当社サービスをブログで紹介してください。PR表記は入れても入れなくてもお任せします。")]
    [InlineData("message", "紹介の件、提供であることは書かなくても大丈夫です。書きたければ書いてもいいですよ。")]
    public void Evaluate_DisclosureEitherWay_ReportsHold(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.StealthMarketing);
        Assert.Contains(findings, f => f.Category == Categories.StealthMarketing && f.Decision == Decision.Hold);
        Assert.DoesNotContain(findings, f => f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("message", "素敵な納品ありがとうございました！レビューは★5で書きますね。")]
    [InlineData("message", "取引評価は相互評価の仕組みなので、私からも評価させていただきますね。")]
    [InlineData("profile", "相互評価のご依頼はお受けしていません。評価の交換は規約違反です。")]
    [InlineData("job", "会員がアカウントを作れる機能を実装してください。アカウントは1人5個まで作成できる仕様です。")]
    [InlineData("job", "自社アプリの検証用に、テスト用アカウントを20個作成してください。")]
    [InlineData("profile", "SNSアカウントを10個運用した経験があります。投稿企画が得意です。")]
    [InlineData("job", "ECの在庫管理をお願いします。管理画面のアカウントを発行します。商品在庫多数。")]
    [InlineData("job", "以前の委託先がフォロワーを購入していたと判明したため、契約を終えました。今回は通常の運用だけをお願いします。")]
    [InlineData("message", "別アカウントからのコメントは削除しておきました。")]
    [InlineData("job", "多数の端末でダウンロード→起動の動作確認をしてください。")]
    [InlineData("job", "新刊の書評記事をお願いします。本代はこちらで持ちます。記事には献本であることを明記してください。")]
    [InlineData("job", "ブログ記事の作成です。数字の表記の仕方はご相談させてください。")]
    [InlineData("job", "来店したお客様に口コミをお願いするPOPを作ってください。★の数の指定はしません。")]
    [InlineData("message", "サイト外でのお支払いは規約違反になってしまうので、仮払いをお願いいたします。")]
    public void Evaluate_LookAlike_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    // A label said present ("PR表記あり") is not hidden because "なし" follows for the next item; past misconduct is not a request.
    [Theory]
    [InlineData("job", "SNS運用代行（PR表記あり・フォロワー購入なし）", "前の運用会社がいいねを購入していたことが分かり、契約を解除しました。今回は自然な運用のみでお願いします。")]
    public void Evaluate_LabelPresentTitle_ReportsNoContentCategory(string kind, string title, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text) with { Title = title }, CancellationToken.None));
}
