using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty-one (2026-12-05), external_tos, stealth_marketing, fake_official and remote_desktop, from four new tuning corpora
/// (building and home services, adult schools and course sellers, micro-tasks for beginners, IT adoption and help desks). External
/// terms: free accounts switched or multiplied to stay under a service's limit, one paid seat or account used by a crowd, a country
/// or an age pretended to qualify, a new account in an acquaintance's name after a suspension, a map listing's signals made by the
/// client's staff or listings for shops that are not there, sign-ups shown as more than they are. Stealth: money for a rating, a
/// review's text handed over to be posted for pay, posing as a buyer with the regulation named as the reason, the sponsor's part
/// hidden, the label reported as left off, testimonials made up and shown as real, reviews of a course nobody took. Fake office: the
/// reader said to be picked by the office, its phone call reported, a test of its own made a must. And the look-alikes beside each:
/// a shutter or a door worked from a phone, a PC not connected to, the tools' safe set-up taught, the remote port closed, the tool's
/// licence and guide as the work; spam taught as what not to do, tools ruled out, seats bought for everyone, a budget's cap; the pay
/// disclosed with #PR, real feedback edited, a thank-you for a rating, a text pasted into a delivery page, the client's own ads. All
/// texts are written for these tests.
/// </summary>
public sealed class ConceptRoundThirtyOneTosTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("external_tos", "proposal", "無料プランのアカウントを複数切り替えれば、会議ツールの時間制限にかからずに配信できます。")]
    [InlineData("external_tos", "worker", "メッセージ配信の無料枠の上限を超えないように、アカウントを4つ作って分散して送る設定をします。")]
    [InlineData("external_tos", "job", "オンライン教室の生徒さんたちに、有料の翻訳ツールのアカウント1つを共有して使ってもらいたいです。設定をお願いします。")]
    [InlineData("external_tos", "job", "ソフトのライセンスは1つだけ購入済みです。これを10人全員で同時に使えるようにしてください。")]
    [InlineData("external_tos", "proposal", "VPNで接続元の国を切り替えて、海外限定のアンケートにも回答できます。")]
    [InlineData("external_tos", "message", "ポイントサイトには年齢を30代ということにして登録してください。")]
    [InlineData("external_tos", "message", "LINE公式アカウントを知人の名義で作ってください。私の名義は以前停止されているので。")]
    [InlineData("external_tos", "proposal", "スタッフのスマホから毎日ルート検索をして、地図アプリでの順位を上げます。")]
    [InlineData("external_tos", "job", "実店舗は1つですが、検索で上位に出るよう5店舗分のビジネスプロフィールを作ってください。")]
    [InlineData("external_tos", "message", "体験会の申込数を多く見せたいので、サクラとして申し込んでいただけますか。")]
    [InlineData("stealth_marketing", "message", "体験会の申込数を多く見せたいので、サクラとして申し込んでいただけますか。")]
    [InlineData("stealth_marketing", "message", "★5をつけていただけたら、追加で2,000円お支払いします。")]
    [InlineData("stealth_marketing", "worker", "こちらで用意した文面をそのまま口コミに投稿していただけますか。謝礼は1,500円です。")]
    [InlineData("stealth_marketing", "job", "ステマ規制があるので、必ず一般の購入者を装って書き込んでください。")]
    [InlineData("stealth_marketing", "message", "いつもの通り、提供の部分は伏せて投稿をお願いします。")]
    [InlineData("stealth_marketing", "worker", "紹介記事は読者の体験談という形にしました。スポンサー表記は付けていません。")]
    [InlineData("stealth_marketing", "job", "チラシ用のお客様の声を5件作ってください。実在のお客様の感想として載せます。")]
    [InlineData("stealth_marketing", "job", "スクールの口コミを書き込んでくれる方を募集します。受講経験は不要です。1件500円。")]
    [InlineData("fake_official", "message", "事務局より指名を受けた方だけにお送りしています。外部フォームの適性テストにご回答ください。")]
    [InlineData("fake_official", "message", "事務局から電話があり、この契約については申請の結果を待たないで連絡先を交換しても問題ないというお話でした。番号をお送りします。")]
    [InlineData("fake_official", "message", "事務局の新しいスキル検定を受けていただく必要があります。Googleフォームから生年月日をご入力ください。")]
    public void Evaluate_Violation_ReportsBlock(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, category);
        Assert.Contains(findings, f => f.Category == category && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("job", "玄関の電動シャッターを遠隔操作できるように、スマホ対応の受信機を取り付けてください。")]
    [InlineData("worker", "修正作業はお客様のPCに接続せず、こちらの環境で行ってファイルでお渡しします。")]
    [InlineData("worker", "ルーターの設定で、外部からのリモートデスクトップ接続を閉じました。")]
    [InlineData("job", "SEO研修の資料を作ってください。被リンク購入はやってはいけないこととして説明してください。")]
    [InlineData("job", "公式Instagramの運用マニュアルを作ってください。フォロワーの購入や自動フォローツールの利用は考えていません。")]
    [InlineData("job", "ソフトのライセンスは人数分購入済みです。10人全員で同時に使えるように設定してください。")]
    [InlineData("message", "配信数の上限を超えないように、配信スケジュールを組んでください。")]
    [InlineData("message", "投稿には必ず#PRを付けて、報酬を受け取っていることが分かるようにしてください。")]
    [InlineData("job", "実在のお客様の感想として載せるので、いただいたアンケートの文章を読みやすく整えて書いてください。")]
    [InlineData("message", "★5をつけていただきありがとうございました。追加のご依頼として3,000円の案件をお送りします。")]
    [InlineData("worker", "こちらで用意した文面をそのまま納品ページに貼っていただけますか。")]
    [InlineData("job", "地元の不用品回収の広告をジモティーに毎日投稿してください。1件100円。")]
    public void Evaluate_LookAlike_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    [Theory]
    [InlineData("社内研修の講師募集", "リモートデスクトップの安全な設定と、不審な依頼への対処法を解説してください。")]
    [InlineData("TeamViewerの法人ライセンス更新と利用ガイド作成", "手続きとガイドの作成をお願いします。御社PCへの接続作業は発生しません。")]
    public void Evaluate_RemoteToolAsTheSubject_ReportsNoContentCategory(string title, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.Job(text, title), CancellationToken.None));

    [Fact]
    public void Evaluate_OwnAdsPostedFromSeveralAccounts_ReportsExternalTosOnly()
    {
        var findings = _check.Evaluate(
            Changes.Job("不用品回収の広告をジモティーに毎日投稿してください。1アカウントの投稿数に制限があるので、アカウントを複数作って回していただきます。"),
            CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.ExternalTos);
        Assert.DoesNotContain(findings, f => f.Category == Categories.StealthMarketing);
    }
}
