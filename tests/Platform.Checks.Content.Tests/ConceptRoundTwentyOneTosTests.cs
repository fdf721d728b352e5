using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-one (2026-12-03), external_tos, stealth_marketing, fake_official and remote_desktop, from eight new blind
/// corpora (resale, HR, home work, art, profiles, buried violations, remote support, travel). Remote desktop: a screen
/// borrowed, a phone driven from afar, a support app's code, "リモートサポート" apps, a manual read in vain, a job's perk
/// ("マニュアルあり") and an explanation given while operating. Fake official: a support desk heading a notice, a safety team's
/// commission, a one-time code asked for, talks moved to mail on the office's word, a test made a condition of applying, and a
/// notice in a public office's name with an outside page and a deadline. External terms: bought followers accepted, likes
/// added as an option, engagement poured in, counted account pools, sham purchases refunded for a rating, bids raised by a fake
/// bidder, a per-person limit got round, one account's cap given as the reason for more, a lottery win sent on. Stealth:
/// testimonials made up to look real, staff accounts invented, counted accounts praising.
/// And the look-alikes: remote access weighed as less safe or ruled out, a tool asked about or removed after a scam, tool
/// governance; impostors warned about, a cautionary story, a claim doubted, an office's commissioned job; a brand's own
/// account, a shop's name, a login kept, refusals listed under a heading or closing a list, a scheme quoted in a warning;
/// fake reviews detected as past work, an average rating shown, accounts for surveys. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyOneTosTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("proposal", "不具合の調査は、お客様のPCを遠隔で操作するよりも安全な方法として、管理画面の一時アカウントを発行していただく形をおすすめします。")]
    [InlineData("job", "サーバーの監視業務です。VPN経由で検証環境に接続します（ご自宅PCの遠隔操作はありません）。時給2,000円。")]
    [InlineData("message", "AnyDeskって何ですか？会社の人から名前だけ聞いて気になっています。")]
    [InlineData("job", "祖父が詐欺の電話でAnyDeskを入れてしまったので、ソフトの削除と設定の確認を対面でお願いします。報酬8,000円。")]
    [InlineData("profile", "社内IT整備のコンサルタントです。遠隔サポートツールの選定や、操作ログの取得ルール作りをお手伝いしています。")]
    [InlineData("profile", "当社や「事務局」を名乗り、外部サイトでパスワードや身分証を求める連絡があっても応じないでください。")]
    [InlineData("proposal", "前に「事務局がOKと言っている」と聞いて外部で連絡したらトラブルになりました。今回はすべてサイト内で完結させます。")]
    [InlineData("message", "事務局から特別に許可が出ていると聞きましたが、本当ですか？念のため確認させてください。")]
    [InlineData("job", "【厚生労働省委託事業】キャリア相談員の募集です。応募は下記フォームから、期日までにご入力ください。")]
    [InlineData("job", "ブランドの公式アカウントからのライブ配信MCです。自社の販売であることは明示しています。1回15,000円。")]
    [InlineData("job", "LINE公式アカウントの配信文作成 | 週1回の配信文をお願いします（家具販売店）。1本2,000円。")]
    [InlineData("job", "口コミへの返信文の作成をお願いします。投稿は当店で行います（ログイン情報はお渡ししません）。1件150円。")]
    [InlineData("profile", "※フォロワー購入、自動いいねツール、相互フォローの組織的な依頼など、規約に反する施策は一切お受けしていません。")]
    [InlineData("message", "以前「商品を買って★5をつけたら全額返金」という依頼を受けたことがありますが、返金されませんでした。皆さん気をつけてください。")]
    [InlineData("profile", "前職ではやらせレビューの検知を担当していました。現在はFAQの作成を承っています。")]
    [InlineData("profile", "このサイトでの評価：★4.8（レビュー90件）。リピートのご依頼も多いです。バナー制作はお任せください。")]
    [InlineData("job", "フリマ出品の代行です。出品が削除されないよう、規約で禁止された商品は扱いません。1件200円。")]
    public void Evaluate_NotAViolation_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    // Work refused under a heading is not offered (the name lent is other_illegal's to read).
    [Theory]
    [InlineData("profile", "SNS運用代行です。\n■お受けしていないご依頼\n・アカウントの作成代行や譲渡\n・名義をお借りする形での申込\n■できること\n・投稿の企画と撮影")]
    public void Evaluate_RefusedUnderHeading_ReportsNoExternalTos(string kind, string text) =>
        Assert.DoesNotContain(
            _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), f => f.Category == Categories.ExternalTos);

    // Accounts multiplied for surveys are the service's terms, not customers posed as.
    [Theory]
    [InlineData("proposal", "アンケート回答のお仕事に応募します。家族のアカウントも使えるので、回答の件数を倍にできます。")]
    [InlineData("job", "ポイントサイトのアンケートに、複数アカウントで回答していただける方を募集します。1件20円。")]
    public void Evaluate_SurveyAccounts_ReportsNoStealthMarketing(string kind, string text) =>
        Assert.DoesNotContain(
            _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), f => f.Category == Categories.StealthMarketing);

    [Theory]
    [InlineData("remote_desktop", "message", "マニュアルを読んでも設定がうまくいかないので、AnyDeskで私のPCに入って直していただけますか？")]
    [InlineData("remote_desktop", "message", "母のスマホにリモートサポート用のアプリを入れました。先生が操作して設定してもらえますか？")]
    [InlineData("remote_desktop", "message", "明日はミラーリングアプリで、お客様のスマホを操作しながら設定を進めますね。")]
    [InlineData("remote_desktop", "message", "私のパソコンを遠くから動かしてもらうことってできますか？")]
    [InlineData("remote_desktop", "job", "在庫表の入力をお願いします。・マニュアルあり・初心者歓迎 初回だけ、こちらでAnyDeskを使ってあなたのPCに接続し、設定をさせてください。")]
    [InlineData("remote_desktop", "message", "表計算の数式が壊れているようです。クイックアシストで画面をお借りできれば直せます。")]
    [InlineData("remote_desktop", "proposal", "レッスンでは私がTeamViewerで生徒さんのPCに入り、コードを書き換えながら解説します。")]
    [InlineData("fake_official", "message", "【サポートデスク】受取口座の確認のため、全ユーザー様に再登録をお願いしています。手続きは以下のフォームからお願いします。")]
    [InlineData("fake_official", "message", "運営事務局から認定を受けたサポーターです。SMSで届いた6桁の確認コードをこちらに返信してください。")]
    [InlineData("fake_official", "proposal", "事務局の方から、この案件は直接やりとりしてよいと許可をもらっています。以降は以下のメールでご連絡ください。")]
    [InlineData("fake_official", "message", "サイトの安全対策チームから委託されている者です。PC点検のため、AnyDeskをインストールして番号を送ってください。")]
    [InlineData("fake_official", "message", "【東京都労働局 調査課】貴社の契約について確認が必要です。3日以内に下記の調査票へご回答ください。https://example-chousa.info/")]
    [InlineData("fake_official", "job", "データ入力のお仕事です。本案件は事務局の「適性検査」の受検が応募条件になっています。以下のフォームから受検してください。")]
    [InlineData("external_tos", "job", "開店までにインスタのフォロワーを多く見せたいです。購入フォロワーでも構いません。1,000人あたり1,000円で。")]
    [InlineData("external_tos", "proposal", "動画編集は1本5,000円です。オプションで高評価の追加もできます。")]
    [InlineData("external_tos", "profile", "再生数・いいね・コメントを一気に入れて、おすすめに載せます。1投稿3,000円〜")]
    [InlineData("external_tos", "proposal", "私が管理している200個ほどのアカウントから、毎日フォローしていきます。フォロワーが1か月で千人増えます。")]
    [InlineData("external_tos", "job", "フリマの評価を増やしたいです。こちらの出品を購入して受取評価「良い」をつけてください。購入代金はあとでお返しします。")]
    [InlineData("external_tos", "job", "オークションの自分の出品に、別のアカウントから入札して価格をつり上げてくれる方を募集します。1件200円。")]
    [InlineData("external_tos", "job", "限定グッズの購入をお願いします。お一人様1点までですが、同じ店に2回並んでもOKです。着替えればバレません。")]
    [InlineData("external_tos", "job", "SNSのスカウト送信をお願いします。1アカウントだと送信数に上限があるので、サブアカウントを4つ作ってローテーションで送ってください。")]
    [InlineData("external_tos", "job", "アプリの招待キャンペーンの作業です。1人1アカウントのルールがありますが、端末を変えれば新規アカウントを作れます。1件80円。")]
    [InlineData("external_tos", "job", "家電の抽選販売に各自のアカウントで申し込んで、当選したら購入して私の住所に送ってください。1台3,000円お支払いします。")]
    [InlineData("stealth_marketing", "job", "フリマの評価を増やしたいです。こちらの出品を購入して受取評価「良い」をつけてください。購入代金はあとでお返しします。")]
    [InlineData("stealth_marketing", "job", "自社アプリのLPに載せる「お客様の声」を、実在の人物っぽく年齢と職業付きで創作してください。")]
    [InlineData("stealth_marketing", "job", "採用広報の記事を書いて、こちらで作る架空の社員アカウントから投稿してください。")]
    [InlineData("stealth_marketing", "profile", "保有する100以上のアカウントから、自然な高評価の口コミを投稿します。")]
    [InlineData("stealth_marketing", "job", "当店の商品に★4.5以上のレビューを書いてくださる方を募集します。1件300円。")]
    [InlineData("stealth_marketing", "job", "新作アプリのストアに★5のレビューを書いてくださる方。1件100円です。")]
    [InlineData("external_tos", "job", "使わなかったサプリをフリマで売りたいです。出品が消されないように、サプリとわからないタイトルを考えてください。")]
    [InlineData("external_tos", "job", "新作アプリのストアに★5のレビューを書いてくださる方。1件100円です。")]
    [InlineData("stealth_marketing", "job", "出品した雑貨に、別アカウントで「欲しいです」とコメントを書き込んで、人気がある雰囲気を作ってください。1件50円。")]
    public void Evaluate_Violation_Reports(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);
}
