using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round eighteen (2026-12-03), unpaid samples, from six new tuning corpora: ideas or a full demo asked for by the count and
/// bought only if liked, a test run "to see" before deciding to contract, new work with the application when the pay named is
/// only the hire's (採用となった方にのみ…報酬（40,000円）), the best entry picked, the skill to be judged, a named test asked for in a
/// message before the contract, a piece named by its count and "…無償でお願いできますか", unwaged trial periods, a set task
/// handed in. And what must stay clear: no test at all or existing samples only, a product's free trial, "11本目以降", revisions
/// counted, a paid trial, the applicant's details written in the proposal, a quote or shipping free, pay waiting for revenue,
/// articles accepted one by one, "カラフル" and "グラフ", escrow dropped for a transfer. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundEighteenSampleTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // Ideas or a demo asked for by the count, bought or ordered only if liked.
    [InlineData("message", "まずは無料相談ということで、御社サイトの改善点を5個くらい挙げてもらえますか？良ければ正式にお願いします。")]
    [InlineData("message", "試しにBGMを1曲作ってみてもらえますか？イメージに合っていたら買い取ります。")]
    // A test run, then a decision whether to contract.
    [InlineData("message", "お試しとして、1週間SNSアカウントを運用してみてください。成果が出たら契約を考えます。")]
    [InlineData("message", "テストとして、こちらの写真10枚をレタッチしてみてください。仕上がりを見て発注するかどうか決めます。")]
    // New work with the application; the pay named is the hire's, or only the chosen entry is taken.
    [InlineData("job", "アプリアイコン制作 | 応募者全員に、当社アプリのアイコン案を作成していただきます。採用となった方にのみ本制作をご依頼し、報酬（30,000円）をお支払いします。")]
    [InlineData("job", "選考として、弊社ブログの記事を1本リライトしていただきます。不採用の方への報酬はありません。")]
    [InlineData("job", "応募の際に、当社のチラシ案を1つ作って添付してください。一番良い案の方にお願いします。")]
    [InlineData("job", "翻訳力を拝見したいので、提案文に下記の文章の和訳を添えてください。")]
    [InlineData("job", "応募者には課題（LPのコーディング）を提出していただきます。課題の報酬はありません。")]
    [InlineData("message", "選考を進めるにあたって、弊社LPの改善案を2ページ分作って提出していただけますか？")]
    [InlineData("message", "他の方にもお願いしてますが、ネーミング案を5案ほど提案文に書いていただけますか。採用された方と契約します。")]
    [InlineData("message", "候補の方には同じ素材を一度無料で編集していただいて、一番良かった方にお願いします。")]
    // Quality or skill judged on new work asked for before the contract.
    [InlineData("message", "デザインの質を見たいので、採用前に、弊社サービスのバナーを簡易的に作っていただける方を優先します。")]
    [InlineData("message", "御社のサービスに合うか判断材料として、実際の原稿の冒頭を300字ほど書いていただけますか？")]
    [InlineData("message", "ポートフォリオではなく、弊社の新商品でチラシを1枚作っていただき、それを見て判断させてください。")]
    [InlineData("message", "文章のテイストをつかみたいので、冒頭の200字だけで構いませんから書いていただけますか。")]
    [InlineData("message", "スキル確認として、こちらのバグを1件直してプルリクエストを送ってください。報酬は採用後の作業分からです。")]
    // A named test asked for in a message before the contract.
    [InlineData("message", "申し訳ないのですが、もう1本だけテスト記事をお願いできますか？")]
    // Free work named by its count, or an unwaged trial period.
    [InlineData("message", "最初の5ページは無償でお願いできますか。問題なければ残りを正式にご依頼します。")]
    [InlineData("message", "体験レッスンを1回、無料でお願いできますか？")]
    [InlineData("message", "キャッチコピーを各自5案ずつ無料でお願いします！")]
    [InlineData("job", "試用期間（無給）として、最初の2週間は実際の記事を書いていただきます。")]
    // Goods sent for a test shoot are no sample given; pay starts with the main contract.
    [InlineData("job", "まずテストとして、ご自宅で当社の雑貨を3カット撮影して送ってください（商品はお送りします）。撮影料は本契約からとなります。")]
    public void Evaluate_UnpaidSample_Reports(string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Categories.UnpaidSample);

    [Theory]
    // New work with the application and no word on its pay, in a job post: held.
    [InlineData("採用後は1記事5,000円（税込）です。応募時に、指定テーマで500字程度の書き出しを書いて提出してください。")]
    [InlineData("【応募条件】\n以下の課題を作成し、リポジトリのURLを提案文に記載してください。")]
    [InlineData("ライター募集。ご応募いただいた方には、選考用の簡単な課題にご回答いただきます。")]
    public void Evaluate_UnstatedSelectionTask_Holds(string text)
    {
        var findings = _check.Evaluate(Changes.Job(text), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.UnpaidSample && f.Decision == Decision.Hold);
    }

    [Theory]
    // No test, existing samples only.
    [InlineData("job", "選考は提案文と実績で行います。テスト記事はありません。採用後、1本目から1記事3,000円でお支払いします。")]
    [InlineData("job", "応募の際は、既にお持ちのサンプル音源を添付してください。新たに制作していただく必要はありません。")]
    [InlineData("message", "他の方とも比較したいので、提案文に進め方とスケジュールを書いていただけますか？新しく作っていただく必要はありません。")]
    // Later pieces and revisions counted; a product's trial; a paid trial.
    [InlineData("job", "・最低保証：月3万円（記事6本分として固定）\n・21本目以降は1本2,000円を追加")]
    [InlineData("job", "修正は2回まで。3回目以降は1回1,000円で追加報酬をお支払いします。応募時に、これまでの実績を書いてください。")]
    [InlineData("worker", "修正は3回まで無料で対応します。4回目以降は1回2,000円でお願いしております。")]
    [InlineData("job", "各サービスの無料トライアルに登録して、使い勝手を正直にレビューしてください。報酬は1記事20,000円（固定）です。")]
    [InlineData("message", "ロゴのラフ1案を、トライアルとして8,000円でお願いできますか？仮払いしてから着手してください。")]
    [InlineData("message", "テスト訳をお願いできますか？有償で、1ページ3,000円お支払いします。")]
    // The applicant's details or past work written in the proposal.
    [InlineData("job", "ご経験のある方は、似た案件の事例を提案文に書いていただけると助かります。")]
    [InlineData("job", "ご希望の単価があれば提案時にお書きください。")]
    [InlineData("job", "翻訳力を拝見したいので、これまでの翻訳実績を提案文に書いてください。")]
    [InlineData("job", "採用させていただいた方のみ、ご連絡いたします。応募時にポートフォリオを添付してください。")]
    [InlineData("proposal", "ナレーションのご依頼ありがとうございます。サンプル音声はプロフィールに載せています。リテイク1回までは無料、追加はご相談ください。")]
    // Free things that are no work: a quote, shipping, thanks for a revision.
    [InlineData("message", "お見積もりは無料でお願いできますか？3パターンくらいで。")]
    [InlineData("message", "送料無料でお願いします。3点まとめて発送してください。")]
    [InlineData("message", "先日は無料で修正していただいて、ありがとうございました。")]
    // Other categories' cases: pay waiting for revenue, pieces accepted one by one, escrow dropped, a loan screening.
    [InlineData("job", "収益化したら広告収入を折半します。それまでは無報酬で動画編集をお願いしたいです。")]
    [InlineData("message", "記事を10本納品いただいて、うち採用したものだけお支払いする形になります。")]
    [InlineData("job", "レビュー記事 | 確認でOKが出た記事のみ1本2,000円をお支払いします（採用分のみ報酬）。")]
    [InlineData("message", "仮払いはやめて、納品後に直接お振込みします。")]
    [InlineData("job", "賃貸の審査用に、給与明細のデータを作ってください。")]
    // Words that contain "ラフ" once kana are folded.
    [InlineData("job", "カラフルでポップなデザインが好きです。ご提案時に、これまでの実績を添付してください。良ければ継続でお願いします。")]
    [InlineData("job", "グラフを作成していただく作業です。応募時に、これまでの実績を教えてください。問題なければ継続でお願いします。")]
    public void Evaluate_LookAlike_ReportsNoUnpaidSample(string kind, string text) =>
        Assert.DoesNotContain(
            _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), f => f.Category == Categories.UnpaidSample);
}
