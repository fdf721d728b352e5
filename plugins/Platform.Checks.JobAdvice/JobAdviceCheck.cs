using System.Text.RegularExpressions;
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

    // What is wanted left to be told after the contract or by message (「詳細はご契約後にお伝えします」「内容はメッセージで」);
    // not a part of it (「APIの仕様は契約後に共有します」 in a post that says what to build).
    private static readonly Regex ToldLater = new(
        "(詳細|詳しく|詳しい内容|内容|作業内容)は.{0,3}(ご?契約|採用|受注|ご?依頼|応募|面談|メッセージ|やり取り|やりとり)(後|の後|して|した|時|の際|次第|で)",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private const string LowBudget = "advice.low_budget";

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

        // The title counts for what it adds to the body: 「メニュー40品目の英訳・中訳・韓訳」 over 「上記の通り、3言語で」 says what is
        // wanted, while 「データ入力」 over 「かんたんなデータ入力です」 adds nothing.
        var findings = new List<Finding>(3);
        var meaningful = CountMeaningful(text);
        var withTitle = meaningful < MinMeaningfulChars ? meaningful + CountAdded(change.Title, text) : meaningful;
        var vagueLength = 0;
        var vague = meaningful < VagueBelowChars ? IndexOfVague(text, out vagueLength) : -1;
        if (withTitle < MinMeaningfulChars || vague >= 0)
        {
            findings.Add(Advice(
                0.8,
                "advice.thin_description",
                (vague >= 0 ? "依頼内容が具体的に決まっていないため、" : $"依頼内容の説明が短いため（本文{meaningful}文字）、") +
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
                    "募集期限が設定されていません。募集期限を設定し、希望の納期を本文に書くと、ワーカーがスケジュールを立てて提案しやすくなります。",
                    []));
            }

            if (ContractTypeAdvice.Find(job, change.Title, text) is { } contractType)
            {
                findings.Add(contractType);
            }
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

        var below = BudgetTable.Below(budget, floor);
        var reason = BudgetTable.IsHourly(job.BudgetKind)
            ? $"時給{budget:N0}円は、{nameJa}の相場や最低賃金の水準（時給{floor:N0}円程度〜）を{below}。応募が集まりにくいため、金額の見直しをおすすめします。"
            : $"予算{budget:N0}円は、{nameJa}の一般的な相場（{floor:N0}円程度〜）を{below}。作業量に見合った金額にすると、経験のあるワーカーから提案が集まりやすくなります。";
        findings.Add(Advice(budget < floor / 2 ? 0.9 : 0.7, LowBudget, reason, []));
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

    // Letters and digits of the title that the body does not have (a title is short: at most 100 chars).
    private static int CountAdded(string? title, string text)
    {
        var count = 0;
        foreach (var c in title ?? "")
        {
            if (char.IsLetterOrDigit(c) && !text.Contains(c, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }

    // Where the first wording that leaves the work open starts (-1 when none), and its length.
    private static int IndexOfVague(string text, out int length)
    {
        var at = IndexOfAny(text, VagueCues, out length);
        if (ToldLater.Match(text) is { Success: true } later && (at < 0 || later.Index < at))
        {
            (at, length) = (later.Index, later.Length);
        }

        return at;
    }

    /// <summary>Where the first of <paramref name="cues"/> starts in <paramref name="folded"/> (-1 when none), and its length.</summary>
    internal static int IndexOfAny(string folded, string[] cues, out int length)
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

}
