using Platform.Compliance.Abstractions;

namespace Platform.Checks.Scorer.Tests;

/// <summary>
/// Lures into a chat app with no identifier, blocked by the contact rules (ChatAppDetector.Registration, InvitationDetector.Pointed),
/// end as a block with the scorer deployed beside them: before the models were trained on such lures, the text alone scored several
/// of them below the second opinion's floor (<see cref="ScorerSettings.DoubtBelow"/>) and their blocks were held. Their look-alikes
/// (the account built or run for a client's own customers, the lure written about or refused) are not blocked, including those a rule
/// blocks and the second opinion holds. All texts are written for these tests.
/// </summary>
public sealed class LureBlockTests(DeployedEngine deployed) : IClassFixture<DeployedEngine>
{
    [Theory]
    [InlineData("message", "公式ラインにご登録いただいた方には、無料で添削もしています。")]
    [InlineData("job", "【スマホ1台で完結】公式ラインを友だち追加するだけで、お仕事の一覧が届きます。")]
    [InlineData("message", "契約後の流れは、Slackのワークスペースに参加後にご説明します。")]
    [InlineData("message", "公式ラインにご登録いただければ、限定の案件情報をお届けします。")]
    [InlineData("message", "LINE友だち登録で、今なら初期費用が無料になります。")]
    [InlineData("message", "まずは公式ラインにご登録ください。登録後に適性テストのご案内をお送りします。")]
    [InlineData("message", "限定ノウハウ配布中。公式LINEの友達追加だけで受け取れます。")]
    [InlineData("worker", "納品データの受け取り方は、ディスコードのサーバーに参加してもらえればすぐ分かります。")]
    [InlineData("proposal", "実績集はテレグラムのチャンネルに登録していただいた方にお配りしています。")]
    [InlineData("profile", "最新の募集はbio欄のリンクから公式LINEに登録してご確認ください。")]
    [InlineData("worker", "WhatsAppのグループに入るだけで大丈夫です、あとは担当が動きます。")]
    [InlineData("message", "カカオトークのオープンチャットに加入すれば、毎週の案件が自動で届きます。")]
    [InlineData("message", "テレグラムのグループに入れば、報酬の早払いも相談できます。")]
    [InlineData("message", "詳しい条件はLINE登録してくれた方にだけ個別にお送りしています。")]
    [InlineData("message", "案件の詳細は公式LINE登録者限定です。友だち追加のみでご覧いただけます。")]
    // A work word in the lure's sentence is what the reader is given (lures2, 2026-12-06): the rules missed these before.
    [InlineData("job", "LINE公式アカウントを友達追加すると、デザイン案件の一覧が毎週届きます。")]
    [InlineData("job", "データ入力のお仕事です。LINE登録するだけで、作業手順のマニュアルをお届けします。")]
    [InlineData("proposal", "Discordのサーバーに参加していただくと、過去の動画編集のサンプルもご覧いただけます。")]
    [InlineData("proposal", "弊社LINEに友だち登録いただいた方限定で、ホームページ制作の事例集をお配りしています。")]
    [InlineData("profile", "公式LINEに登録していただくと、制作実績のポートフォリオをお送りしています。")]
    [InlineData("message", "弊社のLINE公式アカウントに登録すると、新着のライティング案件が通知されます。")]
    public async Task Engine_RulesAndScorer_LureBeforeEscrowBlocked(string kind, string text)
    {
        var (decision, codes) = await deployed.DecideAsync(Changes.OfKind(kind, text));

        Assert.True(decision == Decision.Block, $"{decision}: {codes}");
    }

    [Fact]
    public async Task Engine_RulesAndScorer_LureAfterDeniedDisclosureBlocked()
    {
        var change = Changes.Message("チャットワークのグループに登録してもらえたら、以降はそちらで進めます。", DealStage.EscrowFunded, DisclosureStatus.Denied);

        var (decision, codes) = await deployed.DecideAsync(change);

        Assert.True(decision == Decision.Block, $"{decision}: {codes}");
    }

    [Theory]
    [InlineData("job", "当店のLINE公式アカウントで、友だち追加してくれたお客様に送るクーポンのデザインをお願いします。")]
    [InlineData("job", "『LINEに登録するだけで月10万円』といった副業勧誘の危険性を説明する記事をお願いします。")]
    [InlineData("message", "Discordへの参加はしなくて大丈夫です。このままこちらのメッセージでやり取りしましょう。")]
    [InlineData("job", "テレグラムのチャンネル運営を手伝ってください。投稿の予約と登録者数の集計をお願いします。")]
    [InlineData("profile", "LINE公式アカウントの構築が専門です。友だち追加の導線づくりもお任せください。")]
    [InlineData("worker", "公式LINEに登録すれば稼げる、という話をよく聞きますが、怪しいので私はやっていません。")]
    [InlineData("job", "Slackワークスペースに新メンバーが参加したときの自動案内Botを作ってください。")]
    [InlineData("job", "美容室の公式LINEに登録したお客様へ送る、予約リマインドの文面を10パターン考えてください。")]
    // These a contact rule blocks (2026-12-06): the second opinion holds them (the text alone scores them near 0).
    [InlineData("job", "整骨院の公式ラインに友だち登録してくれた患者さんへ、休診日のお知らせ文を作ってください。")]
    [InlineData("job", "Discordのサーバーに参加してくれたファン向けに、新作発表の告知画像をお願いします。")]
    [InlineData("job", "テレグラムのチャンネルに登録してくれた読者向けに、週1回のニュースをまとめてください。")]
    [InlineData("worker", "Slackのワークスペースへの招待機能について、仕様をまとめた資料をお送りします。")]
    [InlineData("worker", "公式LINEの友だち追加ボタン、トップページの右下に配置しました。ご確認ください。")]
    public async Task Engine_RulesAndScorer_LookAlikeNotBlocked(string kind, string text)
    {
        var (decision, codes) = await deployed.DecideAsync(Changes.OfKind(kind, text));

        Assert.True(decision != Decision.Block, $"{decision}: {codes}");
    }
}
