using Platform.Checks.Text;
using Platform.Compliance.Abstractions;

namespace Platform.Checks.JobAdvice;

/// <summary>
/// Advice (アドバイス) for a job post, never a violation: a description too thin or too vague to work from, a budget
/// far below the category's usual range (in the budget field, or a price written in the post: <see cref="TextBudgets"/>),
/// no deadline, and a contract type that does not fit the work described. A short post that says what is wanted
/// ("名刺デザイン（両面）。紺色系で、ロゴデータあり") gets none: clients write concisely, and workers can propose on it.
/// </summary>
public sealed class JobAdviceCheck : IComplianceCheck
{
    /// <summary>Fewer meaningful characters than this is too little to propose on.</summary>
    public const int MinMeaningfulChars = 25;

    /// <summary>A description shorter than this that leaves the work open (「いい感じで」「詳細は後で」) is too vague to propose on.</summary>
    public const int VagueBelowChars = 60;

    // Wording that leaves what is wanted to be decided later or by the worker.
    private static readonly string[] VagueCues =
    [
        "いい感じ", "いいかんじ", "イイ感じ", "良い感じ", "詳細は後", "詳細は追って", "詳しくは後", "内容は未定", "何を作るか", "まだ決まって",
        "おまかせ", "お任せ", "適当に",
    ];

    private const string LowBudget = "advice.low_budget";

    private static readonly string[] HourlyCues = ["時給", "時間単価", "稼働時間", "1時間あたり", "週10時間", "週20時間", "月40時間"];

    private static readonly string[] PerPieceCues = ["1記事", "1本あたり", "1件あたり", "1点あたり", "1枚あたり", "記事単価", "納品物ごと", "1本", "文字単価"];

    private static readonly string[] FoldedHourly = FoldAll(HourlyCues);
    private static readonly string[] FoldedPerPiece = FoldAll(PerPieceCues);

    private static readonly StateChange WarmUp = new()
    {
        EntityKind = "warm-up",
        EntityId = "warm-up",
        Change = ChangeKind.JobPublished,
        TextKind = TextKind.Job,
        Title = "アプリ開発",
        Text = "予約アプリを作ってください。予算1万円。記事は5000字で250円、動画は1本300円、入力は1件0.5円です。",
        Stage = DealStage.Open,
    };

    /// <summary>
    /// Builds the price rules' regexes while the plugin loads, so the first live job post does not pay for them (about
    /// 0.1 s, half the check's time limit).
    /// </summary>
    public JobAdviceCheck() => Evaluate(WarmUp, CancellationToken.None);

    /// <inheritdoc />
    public CheckInfo Info { get; } = new(
        "job-advice",
        "1.0.0",
        [ChangeKind.JobDrafted, ChangeKind.JobPublished, ChangeKind.JobEdited])
    {
        Timeout = TimeSpan.FromMilliseconds(200),
    };

    /// <inheritdoc />
    public IReadOnlyList<Finding> Evaluate(StateChange change, CancellationToken cancellationToken)
    {
        if (change.Change is not (ChangeKind.JobDrafted or ChangeKind.JobPublished or ChangeKind.JobEdited))
        {
            return [];
        }

        var text = change.Text ?? string.Empty;

        var findings = new List<Finding>(3);
        var meaningful = CountMeaningful(text);
        var vagueLength = 0;
        var vague = meaningful < VagueBelowChars ? IndexOfAny(text, VagueCues, out vagueLength) : -1;
        if (meaningful < MinMeaningfulChars || vague >= 0)
        {
            findings.Add(Advice(
                0.8,
                "advice.thin_description",
                (vague >= 0 ? "依頼内容が具体的に決まっていないため、" : $"依頼内容の説明が短いため（{meaningful}文字）、") +
                "ワーカーが作業内容や金額を判断しにくい状態です。" +
                "作ってほしいもの（成果物）、数量・ボリューム、用途、納期、参考資料の有無を書き足すと、質の高い提案が集まりやすくなります。",
                text.Length == 0 ? [] : [vague >= 0 ? new EvidenceSpan("text", vague, vagueLength, text.Substring(vague, vagueLength)) : new EvidenceSpan("text", 0, text.Length, text)]));
        }

        if (change.Job is { } job)
        {
            AddBudgetAdvice(job, findings);
            if (job.Deadline is null)
            {
                findings.Add(Advice(
                    0.6,
                    "advice.no_deadline",
                    "納期（または募集期限）が設定されていません。希望の納期を入れると、ワーカーがスケジュールを立てて提案しやすくなります。",
                    []));
            }

            AddContractTypeAdvice(job, TextFolder.Fold(text, decodeDigits: false), findings);
        }

        if (!findings.Exists(f => f.Code == LowBudget) && TextBudgets.FindLowPrice(change.Title, text) is { } lowPrice)
        {
            findings.Add(Advice(0.7, LowBudget, lowPrice, []));
        }

        return findings;
    }

    private static void AddBudgetAdvice(JobFacts job, List<Finding> findings)
    {
        if (job.BudgetYen is not { } budget)
        {
            return;
        }

        var (floor, nameJa) = BudgetTable.FloorFor(job.Category, job.BudgetKind);
        if (budget >= floor)
        {
            return;
        }

        var reason = BudgetTable.IsHourly(job.BudgetKind)
            ? $"時給{budget:N0}円は、{nameJa}の相場や最低賃金の水準（時給{floor:N0}円程度〜）を大きく下回っています。応募が集まりにくいため、金額の見直しをおすすめします。"
            : $"予算{budget:N0}円は、{nameJa}の一般的な相場（{floor:N0}円程度〜）を大きく下回っています。作業量に見合った金額にすると、経験のあるワーカーから提案が集まりやすくなります。";
        findings.Add(Advice(budget < floor / 2 ? 0.9 : 0.7, LowBudget, reason, []));
    }

    private static void AddContractTypeAdvice(JobFacts job, FoldedText folded, List<Finding> findings)
    {
        var hourly = BudgetTable.IsHourly(job.BudgetKind);
        var cues = hourly ? FoldedPerPiece : FoldedHourly;
        var at = IndexOfAny(folded.Folded, cues, out var length);
        if (at < 0)
        {
            return;
        }

        var reason = hourly
            ? "成果物の単位（1記事・1本など）で報酬を決める内容のようです。成果物に対して支払う場合は、時間単価制ではなく固定報酬制（プロジェクト方式）が適しています。"
            : "作業時間や時給で報酬を決める内容のようです。稼働時間に対して支払う場合は、固定報酬制ではなく時間単価制の契約が適しています。";
        findings.Add(Advice(0.6, "advice.contract_type", reason, [folded.ToEvidence("text", at, length)]));
    }

    private static Finding Advice(double score, string code, string reasonJa, IReadOnlyList<EvidenceSpan> evidence) =>
        new(Categories.Advice, Decision.Advise, score, code, reasonJa, evidence, []);

    // Letters, digits, kana and kanji; not spaces, punctuation, symbols or emoji. Counting stops at the vague
    // threshold: the exact figure is only shown for a description under it.
    private static int CountMeaningful(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) && ++count == VagueBelowChars)
            {
                break;
            }
        }

        return count;
    }

    private static int IndexOfAny(string folded, string[] cues, out int length)
    {
        var best = -1;
        length = 0;
        foreach (var cue in cues)
        {
            var at = folded.IndexOf(cue, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
                length = cue.Length;
            }
        }

        return best;
    }

    private static string[] FoldAll(string[] cues) => cues.Select(c => TextFolder.Fold(c, decodeDigits: false).Folded).ToArray();
}
