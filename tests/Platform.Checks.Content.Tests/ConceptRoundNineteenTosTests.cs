using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round nineteen (2026-12-03), external_tos and stealth_marketing, from three blind corpora (hard negatives, violations
/// written to slip past a filter, long texts) and the tuning corpora's remaining misses: a growth service named by what it
/// adds, a count pushed to a target "whoever the heads are", friends added to a messaging account, accounts kept, switched or
/// disguised for reviews, a business listed on a map where it has no premises, satellite blogs and links traded, searches
/// and installs by the hundred with the ranking said in the next sentence, accounts rotated past a limit, a captcha solved or
/// a phone's verification done for someone else's sign-up, a one-per-person rule cited and got round, accounts sold on once
/// grown, names handed over for lotteries and wins bought up, a visit recorded that never happened, a workplace reviewed by
/// "former staff". For stealth marketing: reviews under acquaintances' names, the job itself kept out of a post, a customer
/// played "の体で", review posting hired as a job, a label taken out because readers are put off, a disclosure left to be settled
/// later (held), an ordinary viewer played in a live stream, a purchase refunded for a rating. And the look-alikes: a
/// policy of not buying followers, fake followers suspected in an audit, a review received told as background, a
/// self-introduction field, replies to reviews, bad practices ruled out in a list, moderation rules, a label moved up, the
/// writer's own server login, a firm without an office building a page, agents paid per contract, a thesis passed off,
/// a user recruited to refer friends, a guide book, devices used to test an app, customers asked for reviews.
/// All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundNineteenTosTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("proposal", "私は『フォロワーを買わない・ツールを使わない』方針で運用しています。")]
    [InlineData("job", "飲食店のInstagram運用。フォロワーの購入や自動いいねツールの使用はしない方針です。月額50,000円。")]
    [InlineData("job", "自社Instagramの分析をお願いします。前の代行会社がフォロワーを購入していた疑いがあります。")]
    [InlineData("job", "美容室のホットペッパー掲載写真の撮影。予約サイトの口コミで「写真と違う」と書かれたことがあるので、色味は忠実にお願いします。報酬30,000円。")]
    [InlineData("job", "採用サイトの応募フォーム制作。氏名、電話番号、自己PR（任意）の欄を作ってください。")]
    [InlineData("job", "アプリストアのレビュー返信テンプレート作成。ユーザーレビューに返信するための文例を30パターン。お礼の文面も含みます。")]
    [InlineData("job", "コーポレートサイトのSEO内部対策。被リンクの購入や自作自演のリンク作成など、ガイドラインに反する施策は不要です。")]
    [InlineData("proposal", "Discordサーバー構築、AutoModは「スパムリンク」「大量メンション」を中心に組みます。Botの設定も承ります。")]
    [InlineData("message", "「#PR」がハッシュタグに埋もれているので、冒頭に移していただけますか？見落とされないようにしたいです。")]
    [InlineData("message", "サーバーの契約は私の名義で済ませました。ログイン情報はこのメッセージでお渡しします。")]
    [InlineData("job", "弊社は事務所がないため、打ち合わせはすべてオンラインです。Googleマップの埋め込みがある店舗紹介ページを作成してください。")]
    [InlineData("job", "家計簿アプリ解説本の表紙デザインをお願いします。")]
    [InlineData("job", "アプリのランキング画面の改修です。複数の端末で表示確認をお願いします。報酬80,000円。")]
    [InlineData("job", "ご来店のお客様に口コミを書いていただける方法を提案してください。店内POPのデザインも含みます。")]
    public void Evaluate_NotAViolation_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    // Agents paid per contract signed, coursework passed off, a user recruited to refer friends: other categories, not stealth marketing.
    [Theory]
    [InlineData("job", "代理店募集：SNSやブログで紹介していただき、契約が取れた件数×3,000円をお支払いします。")]
    [InlineData("job", "卒論を代わりに書いてくれる人を探しています。自分で書いたことにして提出するので文体は大学生っぽく。")]
    [InlineData("job", "健康食品の愛用者として、ご友人を紹介いただくと紹介料をお支払いします。")]
    public void Evaluate_OtherCategory_ReportsNoStealthMarketing(string kind, string text) =>
        Assert.DoesNotContain(
            _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), f => f.Category == Categories.StealthMarketing);

    // A remote session's ID and password are the remote-desktop check's business, not an account sold.
    [Fact]
    public void Evaluate_RemoteSessionLogin_ReportsNoExternalTos() =>
        Assert.DoesNotContain(
            _check.Evaluate(Changes.OfKind("message", "TeamViewerで初期設定を進めます。IDとパスワードを送ってください。"), CancellationToken.None),
            f => f.Category == Categories.ExternalTos);

    [Theory]
    [InlineData("external_tos", "proposal", "Instagram運用をお任せください。当方独自のフォロワー増加サービスも併用します。月額30,000円。")]
    [InlineData("external_tos", "job", "新しいXアカウントのフォロワー数を2か月で1万人まで増やしてください。本物のユーザーかどうかは問いません。")]
    [InlineData("external_tos", "job", "公式アカウントの友だち追加数を今月中に3,000人にしたいです。実在の人でなくても構いません。")]
    [InlineData("external_tos", "message", "それと、楽天の商品ページに、ご家族の名義でいくつかレビューを入れてもらえますか？")]
    [InlineData("external_tos", "proposal", "口コミ対策が得意です。グルメサイトに複数のアカウントを持っているので、一般ユーザーの体で★5をつけられます。")]
    [InlineData("external_tos", "job", "美容室のInstagram口コミ風投稿の作成。投稿は当店で用意したアカウントから行い、店のアカウントとは分からないようにしてください。")]
    [InlineData("external_tos", "job", "水道修理業です。実際には店舗がない市にも、Googleマップ上に店舗として登録してください。1件3,000円。")]
    [InlineData("external_tos", "job", "検索上位を狙いたいので、無料ブログでサテライトブログを毎月20個作って、当社サイトへのリンクを設置してください。")]
    [InlineData("external_tos", "proposal", "口コミ・レビュー作成承ります。文体を毎回変え、アカウントも使い分けますので、同じ人とは分かりません。食べログ・Amazon対応。")]
    [InlineData("external_tos", "message", "規約だと1人1アカウントらしいけど、家族名義で3つあるので全部使って出品してください。")]
    [InlineData("external_tos", "message", "育ててもらったInstagramアカウントは、最終的に第三者に売る予定です。")]
    [InlineData("external_tos", "job", "人気公演の先行抽選に、みなさんの名義で申し込んでください。当選分はこちらで買い取ります。")]
    [InlineData("external_tos", "message", "クーポンは1人1回なので、捨てアドを使って何回か取ってもらえますか？")]
    [InlineData("external_tos", "job", "ECサイトの検索順位を上げたいので、指定キーワードで1日200回検索して当社ページをクリックしてもらうツールを作ってください。")]
    [InlineData("external_tos", "job", "アプリをストアのランキング上位に入れたいです。インストール→起動→翌日起動を、できるだけ多くの端末で繰り返してください。")]
    [InlineData("external_tos", "message", "投稿の「いいね」を増やしたいので、自動で押してくれるツールを使ってもらえますか？")]
    [InlineData("external_tos", "job", "画像認証（CAPTCHA）をひたすら手入力で解いていく作業です。1,000件で400円。")]
    [InlineData("external_tos", "job", "お手持ちの携帯番号で、指定のサービスのSMS認証を行い、届いた認証コードをこちらにお知らせください。1回150円。")]
    [InlineData("external_tos", "message", "ホットペッパーの口コミ、来店済み扱いにしておくので、こちらの文面で投稿してください。")]
    [InlineData("external_tos", "message", "転職サイトの会社口コミに、元社員として良い評価を書いてもらえませんか。")]
    [InlineData("external_tos", "proposal", "投稿ツールは、Xの制限にかからないようアカウントをローテーションする仕様にします。")]
    [InlineData("stealth_marketing", "message", "それと、楽天の商品ページに、ご家族の名義でいくつかレビューを入れてもらえますか？")]
    [InlineData("stealth_marketing", "message", "完成したら、ご自身のSNSで「最近これ使ってる」みたいに何回か投稿してください。仕事だとは書かずにお願いします。")]
    [InlineData("stealth_marketing", "proposal", "グルメサイトに、一般ユーザーの体で口コミを投稿します。")]
    [InlineData("stealth_marketing", "job", "整骨院の口コミ投稿スタッフ募集。1件400円。")]
    [InlineData("stealth_marketing", "message", "記事末尾の「PR」表記ですが、読者が身構えてしまうので、外していただけますか。")]
    [InlineData("stealth_marketing", "job", "ライブ配信に一般視聴者として入って、商品紹介のときに盛り上げコメントをお願いします。1時間800円。")]
    [InlineData("stealth_marketing", "message", "メルカリで当方の商品を買って、良い評価を付けてもらえますか。代金は後でお返しします。")]
    [InlineData("stealth_marketing", "message", "転職サイトの会社口コミに、元社員として良い評価を書いてもらえませんか。")]
    public void Evaluate_Violation_Reports(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);

    // A disclosure left to be settled later: held for review rather than blocked.
    [Theory]
    [InlineData("広告表記の有無は、採用後にご相談させてください。商品モニターの感想をブログに書いていただきます。1本3,000円。")]
    [InlineData("「提供品」である旨を書くかどうかは、ご契約後に決めさせてください。体験記を1本お願いします。")]
    public void Evaluate_DisclosureLeftOpen_HoldsStealthMarketing(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("job", text), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.StealthMarketing && f.Decision == Decision.Hold);
        Assert.All(findings, f => Assert.NotEmpty(f.Evidence));
    }
}
