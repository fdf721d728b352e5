using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round eighteen (2026-12-03), external_tos and stealth_marketing, from six new tuning corpora: accounts lent in casual
/// forms, offered as stock, held by the number to post reviews or praise, or made to buy past a per-account cap; addresses
/// rotated past a site's blocking; counts priced after a comma, padded at launch or bought from a "service"; engagement with
/// posts the client names paid by the piece; hashtags pushed into the trends all at once; profiles of another service's users
/// harvested; free trials taken again and again; a subscription shared among strangers; lottery wins forwarded; entries
/// with details varied; an encyclopedia edited or a platform's own paid-promotion label switched off without saying so. For
/// stealth marketing: a disclosure's words or tag taken out, reviews asked as a question or offered, a customer played ("常連さんっぽい"),
/// a visit or stay waived, reviews put in by the count, suspicion avoided, the business's voice kept out of posts from other
/// accounts, the advertiser's name kept out of a post "as one's own opinion", and this deal's own rating traded (held).
/// And the look-alikes: the client's own account shared with the worker who runs it, a site's admin login handed over, the
/// account feature built, a question answered "no", a review video edited, a program's preview, a plant refused, a referral
/// fee, a brand account's casual tone, a portfolio kept anonymous, a rating feature built. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundEighteenTosTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("job", "自社Instagramの運用をお願いします。アカウントは当社所有のものを共有します。※フォロワー購入は禁止です。")]
    [InlineData("job", "WordPressサイトの文言修正です。管理画面のログイン情報は契約後にお渡しします。報酬20,000円。")]
    [InlineData("job", "会員サイトに、アカウント作成と電話番号認証（SMS）の機能を実装してください。報酬150,000円。")]
    [InlineData("profile", "SNS運用代行をしています。\nQ. フォロワーを買ったりしますか？\nA. しません。地道な運用で伸ばします。")]
    [InlineData("job", "YouTube用の商品レビュー動画の編集をお願いします。カットとテロップ、1本8,000円です。")]
    [InlineData("job", "Discord Botに、YouTubeではなくSpotifyのプレビューを再生する機能を追加してください。報酬15,000円。")]
    [InlineData("message", "サクラを入れるのは規約違反なので、アプリ内でレビューをお願いする表示だけ追加していただけますか。")]
    [InlineData("message", "Instagram・X・TikTokの計3アカウントの運用をお願いします。口コミへの返信文もお願いします。")]
    [InlineData("message", "実績として紹介していただく場合、弊社名は出さないでください。")]
    [InlineData("job", "公式アカウントの投稿は、企業っぽさを出さずにフレンドリーな口調でお願いします。")]
    [InlineData("job", "相互評価の機能を実装してください。お互い★5をつけ合う不正を防ぐ仕組みもお願いします。")]
    [InlineData("job", "Instagramのフォロワーとの関係を深めて、売上を底上げしたいです。運用代行をお願いします。")]
    [InlineData("job", "LINE公式アカウントの応答メッセージを作成してください。報酬10,000円。")]
    [InlineData("message", "記事の中で会社名は出さないでください。守秘義務の関係です。")]
    [InlineData("job", "自社アカウントに毎日いいねが付くような投稿企画をお願いします。月30,000円。")]
    [InlineData("job", "シェアハウスの紹介記事です。知らない人同士で共有するキッチンの使い方をまとめてください。")]
    public void Evaluate_NotAViolation_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    // A fee for people brought in is pay by results, not a paid post.
    [Theory]
    [InlineData("job", "物件の紹介者募集 | ご紹介いただいた方が成約した場合に、仲介手数料の一部をお支払いします。SNSでの紹介も歓迎です。")]
    public void Evaluate_ReferralFee_ReportsNoStealthMarketing(string kind, string text) =>
        Assert.DoesNotContain(
            _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), f => f.Category == Categories.StealthMarketing);

    [Theory]
    [InlineData("external_tos", "message", "あなたのラクマのアカウント、2週間だけ貸してもらえませんか？出品と発送はこちらでやります。")]
    [InlineData("external_tos", "message", "スクレイピングで弾かれるので、プロキシでIPを回してアクセス制限を回避するようにしてください。")]
    [InlineData("external_tos", "profile", "TikTokの再生回数、5万回2,000円から増やせます。")]
    [InlineData("external_tos", "profile", "ゲーム・SNSのアカウント各種お譲りしています。在庫はメッセージでお問い合わせください。")]
    [InlineData("external_tos", "proposal", "最初に再生回数を盛っておくとおすすめに乗りやすいので、公開直後に少し盛っておきますね。")]
    [InlineData("external_tos", "proposal", "フォロワーを増やすサービスも併用して、最初の1か月で一気に伸ばします。")]
    [InlineData("external_tos", "job", "指定の投稿に「いいね」するだけの簡単作業です。1件5円。")]
    [InlineData("external_tos", "job", "指定の動画を最後まで視聴→高評価→チャンネル登録までお願いします。1件30円。")]
    [InlineData("external_tos", "proposal", "当方15アカウントを保有しておりますので、店舗ページへの★5口コミを毎日お届けできます。")]
    [InlineData("external_tos", "job", "限定フィギュアの予約購入を自動化するbotを作ってください。複数アカウント対応でお願いします。")]
    [InlineData("external_tos", "job", "Instagramのプロフィールに載っている電話番号とメールアドレスを自動で収集するツールを作ってください。")]
    [InlineData("external_tos", "job", "新商品のハッシュタグをトレンドに入れたいので、20時ちょうどに一斉に投稿してください。1投稿50円。")]
    [InlineData("external_tos", "profile", "フリマのアカウントを複数持っているので、出品上限を気にせず何百点でも出品できます。")]
    [InlineData("external_tos", "proposal", "使い捨てのメールアドレスで登録し直せば、無料トライアルを何回でも使えます。")]
    [InlineData("external_tos", "job", "ライブの先行抽選に、あなたの名義で応募してください。当選したらチケットはこちらに譲っていただきます。")]
    [InlineData("external_tos", "job", "弊社の創業者のWikipedia記事を、第三者が書いたように見せて作成してください。")]
    [InlineData("external_tos", "message", "TikTokのブランドコンテンツの設定はオフにして、PR表記も入れないでください。")]
    [InlineData("external_tos", "job", "アプリをダウンロード→起動→削除、を繰り返していただき、ストアのランキングを上げる作業です。")]
    [InlineData("external_tos", "proposal", "購入者のふりをしてレビューします。アカウント分けて投稿するので、まずバレません。")]
    [InlineData("external_tos", "job", "動画配信サービスのプレミアムプランを、知らない人同士5人でシェアする仲間を集めて運営してください。")]
    [InlineData("external_tos", "message", "収集先のサイトで弾かれたら、プロキシ回して続けてください。")]
    [InlineData("external_tos", "job", "お店の公式LINEの友だち数を増やしたいので、1人で複数の端末から友だち追加してください。")]
    [InlineData("external_tos", "profile", "再生回数増やします！1万回2,500円〜。")]
    [InlineData("external_tos", "job", "人気アイテムの抽選に、皆さんのアカウントで応募してください。当選品はこちらへ転送をお願いします。")]
    [InlineData("external_tos", "job", "限定グッズの抽選に、名前を少しずつ変えて大量応募していただける方を募集します。")]
    [InlineData("external_tos", "message", "食べログの口コミ、お店に行ったことなくても書けるので大丈夫です。")]
    [InlineData("external_tos", "profile", "出前館の配達用アカウントお貸しします。週8,000円でレンタル可能です。")]
    [InlineData("external_tos", "job", "Googleビジネスプロフィールを、店舗のない住所で3件登録してください。")]
    [InlineData("external_tos", "job", "当社アカウントの投稿に、毎日いいね・リポストをしていただくお仕事です。月2,000円。")]
    [InlineData("external_tos", "job", "登録者を購入できるサービスに詳しい方、チャンネルの登録者を増やしてください。")]
    [InlineData("external_tos", "job", "出版数に上限があるので、知人の名義でアカウントを作ってそちらから出版してください。")]
    [InlineData("stealth_marketing", "proposal", "口コミは端末と回線を使い分けて、別人の投稿に見えるように書きます。")]
    [InlineData("stealth_marketing", "message", "楽天の商品ページに、星5でレビューを書いてもらえませんか？")]
    [InlineData("stealth_marketing", "message", "納品いただいた記事を、個人の感想としてご自身のブログにも載せてください。会社名は出さないでください。")]
    [InlineData("stealth_marketing", "message", "画像の『提供』の文字は消して投稿してください。")]
    [InlineData("stealth_marketing", "message", "#PR タグは外したうえで、もう一度投稿をお願いします。")]
    [InlineData("stealth_marketing", "job", "当院に通った体（てい）で、口コミを投稿していただきます。1件500円。")]
    [InlineData("stealth_marketing", "message", "別アカで自演レビューを何件か入れておきましょうか？")]
    [InlineData("stealth_marketing", "profile", "常連さんっぽい自然な口コミを、グルメサイトに投稿します。")]
    [InlineData("stealth_marketing", "job", "実際に受診していなくても大丈夫です。クリニックの口コミを書いてください。")]
    [InlineData("stealth_marketing", "job", "旅館の体験記をブログに書いてください。宿泊はしなくて大丈夫です。")]
    [InlineData("stealth_marketing", "profile", "ネットショップの方向けに、レビュー投稿の手配も承ります。")]
    [InlineData("stealth_marketing", "proposal", "★5だけだと怪しまれるので、口コミには★3も混ぜておきます。")]
    [InlineData("stealth_marketing", "job", "複数のアカウントから新作ゲームの感想をポストしてください。企業感は出さずにお願いします。")]
    [InlineData("stealth_marketing", "message", "この原稿を個人の感想としてご自身のSNSに載せてください。謝礼はお支払いします。弊社名は出さないでください。")]
    [InlineData("stealth_marketing", "job", "登録した店舗ページに、それぞれ口コミも数件入れてください。")]
    [InlineData("stealth_marketing", "proposal", "★5の口コミを自然な文体で投稿できます。1件300円です。")]
    public void Evaluate_Violation_Reports(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);

    // This deal's own rating traded between its parties: held for review rather than blocked.
    [Theory]
    [InlineData("こちらも★5にしますので、そちらからも★5でお願いします！")]
    [InlineData("よければ評価で★5をお願いします！つけてくれたら次回は割引しますね。")]
    public void Evaluate_RatingTraded_HoldsStealthMarketing(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.StealthMarketing && f.Decision == Decision.Hold);
        Assert.All(findings, f => Assert.NotEmpty(f.Evidence));
    }
}
