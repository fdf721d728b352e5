namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round fifteen (2026-12-03), from three more tuning corpora (money-adjacent work; contact at every stage; creative work
/// made with AI): a real person's face or voice remade with AI without consent (sexual images, a celebrity's endorsement, a
/// relative's voice for an identity check, a candidate's fabricated speech); a character copied whole for goods; a medical
/// certificate with a doctor's seal; research numbers adjusted for a thesis and a child's contest essay written for them;
/// investment advice, insurance, crypto exchange and lending without registration; books remade to fit a subsidy; pay only in
/// a month with results or only if an entry wins, pay in course access or a service plan "instead of money"; copy ideas asked
/// for free to compare. And what must not be flagged: a sample said not to be needed, a writer's track record setting the
/// rate, a banner bought in an ad slot without its own PR mark, the platform's real "認定ランサー" title, a commission-based
/// contract drafted for a fixed fee. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundFifteenTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("message", "テスト記事のサンプルは不要ですよ！過去の記事のURLを2本見せていただければ十分です。良ければそのまま正式にご依頼します。")]
    [InlineData("job", "保険ブログの記事作成 | 保険代理店のブログ記事を月4本お願いします。文字単価1円〜、経験・実績に応じて相談します。")]
    [InlineData("job", "広告バナーの制作 | 媒体に広告として出稿するバナーです。「PR」の表記は入れなくて大丈夫です（媒体側で表示されます）。")]
    [InlineData("profile", "金融ジャンルのライターです。昨年、事務局から認定ランサーに選んでいただきました。ご依頼はメッセージからどうぞ。")]
    [InlineData("job", "契約書ひな形の作成 | 成果報酬型の業務委託契約書のひな形を作ってください。報酬は固定30,000円です。")]
    public void Evaluate_NotAViolation_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    [Theory]
    [InlineData("other_illegal", "message", "同僚の写真を何枚か送るので、AIで裸の画像を作ってもらえませんか。誰にも見せません。")]
    [InlineData("other_illegal", "job", "広告動画 | 有名な投資家の顔と声をAIで再現して、このアプリを勧めている動画を作ってください。本人の許可は取っていません。")]
    [InlineData("other_illegal", "message", "父の声をAIで再現して、その声で銀行に電話して手続きしたいんです。")]
    [InlineData("other_illegal", "job", "キャラTシャツ | 人気アニメのキャラクターそのものをAIで作って、Tシャツのデザインにしてください。ネットショップで販売する予定です。")]
    [InlineData("other_illegal", "message", "AIで診断書を作って、病院名と医師の印鑑も入れてもらえませんか。")]
    [InlineData("other_illegal", "message", "卒論のアンケート分析、結果が有意になるように数値を調整してもらえますか？")]
    [InlineData("other_illegal", "message", "小学生の娘の読書感想文、本人が書いたっぽい感じで仕上げてください。コンクールに出します。")]
    [InlineData("other_illegal", "job", "株のシグナル配信 | 有料会員向けに私の売買判断を配信するお手伝いです。投資助言業の登録はしていませんが大丈夫です。")]
    [InlineData("other_illegal", "job", "給付金用の帳簿 | 給付金の要件を満たすように、売上台帳を作り直してください。実際の数字とは違ってもOKです。")]
    [InlineData("uncertain_compensation", "job", "アフィリエイトブログ運営 | 報酬は紹介件数に応じてお支払いします。紹介がゼロの月は報酬なしです。")]
    [InlineData("uncertain_compensation", "job", "コンテスト作品の制作 | 報酬は入賞した場合の賞金の半分です。入賞しなかった場合はお支払いできません。")]
    [InlineData("uncertain_compensation", "job", "講座動画の編集 | 報酬は現金ではなく、当講座の受講権（定価30,000円相当）でのお支払いとなります。")]
    [InlineData("unpaid_sample", "message", "何社か比べたいので、キャッチコピーを5案ほど出してもらえませんか？気に入ったのがあれば正式に依頼します。")]
    public void Evaluate_Violation_ReportsCategory(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);
}
