using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty (2026-12-03), external_tos, stealth_marketing, fake_official and remote_desktop, from twelve new tuning
/// corpora: accounts bought, rented or lent in casual and cross-sentence words, accounts verified with the reader's
/// document, entries from several accounts or every member's name, accounts rotated against suspension, gifts swapped or
/// refunded for a ranking, installs bought, blog networks, orders to oneself, views cycled, counts grown "any way", a
/// service's matcher, app review, CAPTCHA or regional prices slipped past, terms known to forbid it with "でも" opening the
/// next sentence; for stealth marketing: a rating's text scripted, ratings arranged and sold, reviews traded for the product,
/// personas played, customers who do not exist, an ad presented as something else, the sponsor's feel banned, reviews from a
/// second account, a review's story dictated, and a sponsor credit shrunk (held); for fake_official: the platform's brand
/// voice asking for cards or documents outside, the office's words relayed, its staff, judgement or sanctions invoked, a
/// partnership with the platform claimed; for remote_desktop: clipped tool names, English requests, a connection made into
/// the reader's machine. And the look-alikes: a remote tool's or a test's login, the client's own logins kept, a licence
/// crack, a payment account in another's name, violations listed to be avoided, a like count, the writer's own past, a
/// disclosure kept, an offer of the work, a free-sample condition, a classification question, "業務委託", a product's
/// partner, a phishing warning, the real flow in the platform's pages, remote control declined or advised against. All
/// texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyTosTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("message", "SNSのログイン情報は弊社で管理しますので、作業後は控えを削除しておいてください。")]
    [InlineData("job", "禁止行為（フォロワー購入・自動いいね）の一覧を作ってください。")]
    [InlineData("message", "いいね購入には注意しましょう、と最後に書きます。")]
    [InlineData("job", "YouTube高評価アップのコツをまとめた記事です。高評価を増やす導線の作り方を解説してください。")]
    [InlineData("message", "私も元々は普通の主婦で、在宅の仕事は初めてでした。SNSで紹介する記事を書いています。")]
    [InlineData("message", "ストーリーズはPR表記を必ず付けたうえで、宣伝っぽくならない構図でお願いします。")]
    [InlineData("proposal", "PR記事の作成はお任せください。表記の入れ方もご提案します。")]
    [InlineData("message", "今回は「無料で」という条件は付けません、試作も有償です。")]
    [InlineData("job", "ステマ規制の研修スライドで、どの投稿が「宣伝と分からない書き方」に該当するかを整理してください。")]
    [InlineData("job", "業務委託の説明会（Zoom）の運営スタッフとして、受付をお願いします。")]
    [InlineData("message", "運営を名乗るメールの件ですが、事務局から「口座の確認」と書かれていても偽物です。公式がパスワードを尋ねることは絶対にありません。")]
    [InlineData("message", "事務局から書類の更新依頼があったので、マイページで保険証を提出しました。")]
    [InlineData("message", "リモートで入らなくても、ファイルを送っていただければこちらで直せます。")]
    [InlineData("message", "遠隔操作ツールを使うのは、セキュリティ上おすすめできません。")]
    [InlineData("message", "TeamViewerで接続するのはやめておきましょう。録画した手順を送ります。")]
    [InlineData("message", "作業は自宅からリモートで進めますので、貴社のPCに接続する必要はありません。")]
    [InlineData("message", "VPNとリモートデスクトップの接続手順を、図解入りで作成しました。")]
    [InlineData("message", "評価しました！★5をつけさせていただきました。")]
    [InlineData("job", "通販サイトのレビュー文に「ポジティブ・ネガティブ」のラベルを付ける作業です。1件3円。作業ツールのアカウントはこちらで発行します。")]
    public void Evaluate_NotAViolation_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    // A login of a remote tool is remote_desktop, a test taken in someone's name or a licence cracked is other_illegal: none is
    // another service's terms.
    [Theory]
    [InlineData("message", "WordPressの更新作業、AnyDeskで接続しますのでIDとパスワードを送ってください。")]
    [InlineData("job", "業務用ソフトのライセンス認証を回避する方法を調べてください。")]
    [InlineData("job", "知人名義のPayPalで決済用アカウントを登録できる方を探しています。")]
    [InlineData("message", "TeamViewerでそちらのパソコンに接続したいので、IDとパスワードを送っていただけますか。")]
    [InlineData("job", "資格試験のWebテストを代わりに受けてください。IDとパスワードをお渡しします。")]
    public void Evaluate_OtherCategoryLookAlike_ReportsNoExternalTos(string kind, string text) =>
        Assert.DoesNotContain(
            _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), f => f.Category == Categories.ExternalTos);

    [Theory]
    [InlineData("external_tos", "message", "そのゲームのアカウント、レベル高いの売ってくれない？")]
    [InlineData("external_tos", "message", "その垢、フォロワー多いですね。使わなくなったら1万5千円で譲っていただけませんか。")]
    [InlineData("external_tos", "message", "そちらのアカウントを週2千円でお借りしたいです。")]
    [InlineData("external_tos", "message", "この垢はしばらく使わないので、1日500円で貸す形でも構いません。")]
    [InlineData("external_tos", "message", "あなたの保険証で、登録だけしてもらえませんか。")]
    [InlineData("external_tos", "message", "限定品の抽選、複数アカで応募してほしいです。")]
    [InlineData("external_tos", "job", "人気公演の予約、参加者それぞれの名義で取ってください。")]
    [InlineData("external_tos", "message", "BANされないよう複数アカで分散して投稿して。")]
    [InlineData("external_tos", "profile", "凍結されても、似たIDの新アカにすぐ移れます。")]
    [InlineData("external_tos", "message", "うちの枠にギフトくれたら投げ返しますね。イベントの順位、一緒に上げましょう。")]
    [InlineData("external_tos", "message", "アプリの順位を上げたいなら、1インストール15円で請け負う業者がいます。")]
    [InlineData("external_tos", "job", "お持ちのブログ群から、記事ごとに当店のページへリンクをお願いします。")]
    [InlineData("external_tos", "message", "サブアカウントから自分に発注して件数を稼ぐ方法もあります。")]
    [InlineData("external_tos", "message", "新曲のMV、再生を3万回まで回しておいてもらえますか。")]
    [InlineData("external_tos", "message", "登録者をあと500人増やしたいです、やり方は任せるので。")]
    [InlineData("external_tos", "message", "既存曲をContent IDに検出されないよう速さを変えてください。")]
    [InlineData("external_tos", "job", "審査中だけ無害な画面を見せる作りにしてください。")]
    [InlineData("external_tos", "job", "hCaptchaを外部の解除サービスで解かせる機能を付けてください。")]
    [InlineData("external_tos", "message", "安い国のストアで買って、日本向けに転売したいです。")]
    [InlineData("external_tos", "job", "大学の小テストを自動で解答するスクリプトを作ってください。")]
    [InlineData("external_tos", "message", "規約で禁止されているみたいです。でも面倒なので私のIDで作業してもらえますか。")]
    [InlineData("stealth_marketing", "message", "評価の文は用意したので、コピペでいいです。★5でお願いします。")]
    [InlineData("stealth_marketing", "message", "友人に★5をつけさせます、1回800円です。")]
    [InlineData("stealth_marketing", "message", "口コミと引き換えに、サンプルを差し上げます。")]
    [InlineData("stealth_marketing", "message", "口コミは受講生っぽい言い回しで書きますね。")]
    [InlineData("stealth_marketing", "message", "アプリのストアに「利用者」として感想を書いてください。")]
    [InlineData("stealth_marketing", "message", "お客様の声を載せたいです。実在の人物でなくて構いません。")]
    [InlineData("stealth_marketing", "job", "撮影した動画は、広告ではなくファンの感想として掲載します。")]
    [InlineData("stealth_marketing", "job", "新作コスメの紹介動画を投稿してください。広告感は出さないでほしいです。")]
    [InlineData("stealth_marketing", "message", "レビュー、別アカで2件ほど書いてもらえますか？")]
    [InlineData("stealth_marketing", "message", "口コミ用に、プロフィールを変えて3人分のアカウントを作ってください。")]
    [InlineData("stealth_marketing", "message", "「駅前で見つけて入った」みたいな口コミを投稿してください。")]
    [InlineData("stealth_marketing", "proposal", "アカウントを使い分けて書くので、ステマだとは気づかれません。")]
    [InlineData("fake_official", "message", "【ココナラ】ポイントの有効期限が近づいています。以下のURLからカード番号を更新してください。")]
    [InlineData("fake_official", "message", "事務局から「別サイトでの本人確認が必須」と連絡が来ました。下のリンクから手続きしてください。")]
    [InlineData("fake_official", "message", "事務局の担当者から連絡が行くので、こちらのLINEを追加してお待ちください。")]
    [InlineData("fake_official", "message", "弊社はこのサイトと提携している紹介会社です。詳しくは外部フォームから。")]
    [InlineData("fake_official", "message", "この件は事務局の判断なので、修正は無料で追加してください。")]
    [InlineData("remote_desktop", "message", "チムビュ入れてもらえたら、こっちで設定しときます。")]
    [InlineData("remote_desktop", "proposal", "Please install AnyDesk and I will connect to check the settings.")]
    [InlineData("remote_desktop", "message", "説明書を見ても分からなければ、TeamViewerでこちらから操作します。")]
    [InlineData("remote_desktop", "message", "こちらから遠隔で接続して、設定を確認しますね。")]
    public void Evaluate_Violation_Reports(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);

    // A sponsor credit shrunk: held for review rather than blocked.
    [Theory]
    [InlineData("スポンサー表示は画面の端に小さく入れてください。")]
    public void Evaluate_CreditShrunk_HoldsStealthMarketing(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.StealthMarketing && f.Decision == Decision.Hold);
        Assert.All(findings, f => Assert.NotEmpty(f.Evidence));
    }
}
