using System.Text.RegularExpressions;
using Platform.Checks.Text;
using Platform.Compliance.Abstractions;

namespace Platform.Checks.JobAdvice;

/// <summary>
/// A contract type that does not fit the work described (the "wrong contract type" advice): work paid by the time it
/// takes (an hourly rate, or hours a day, week or month of ongoing work) posted for a fixed amount, and a counted
/// deliverable (ロゴ1点, 記事5本) or a price per piece posted as hourly. Read on the folded title and text (katakana,
/// ASCII digits, one dash).
/// </summary>
internal static class ContractTypeAdvice
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    // Pay stated per hour, or a count of working hours.
    private static readonly string[] HourlyCues = Fold(["時給", "時間単価", "1時間あたり", "稼働時間"]);

    // Pay stated per piece of output.
    private static readonly string[] PerPieceCues = Fold(["1記事", "1本あたり", "1件あたり", "1点あたり", "1枚あたり", "記事単価", "納品物ごと", "1本", "文字単価"]);

    // Hours per day, week or month: 1日4時間, 週10時間, 月80時間程度, 1日2-3時間.
    private static readonly Regex HoursPerPeriod = new(@"(日|週|月)(ニ|アタリ)?\s?[0-9]+(\.[0-9]+)?\s?([-~〜]\s?[0-9]+(\.[0-9]+)?\s?)?時間", Options);

    // Work that goes on (rather than a piece delivered once), which hours per period describe.
    private static readonly Regex Ongoing = new("継続|長期|稼働|勤務|シフト|平日|毎日|毎週|常駐|定期", Options);

    // A counted deliverable (ロゴ1点, 記事5本, バナー3枚, LP1ページ) and its delivery.
    private static readonly Regex CountedDeliverable = new("[0-9]+\\s?(点|枚|記事|本|個|ページ|案)", Options);

    private static readonly string Delivery = Fold(["納品"])[0];

    /// <summary>The advice when the contract type does not fit the post, or null.</summary>
    public static Finding? Find(JobFacts job, string? title, string text)
    {
        var body = TextFolder.Fold(text, decodeDigits: false);
        var head = TextFolder.Fold(title ?? "", decodeDigits: false);
        var hourly = BudgetTable.IsHourly(job.BudgetKind);
        var evidence = hourly ? PerPiece(body, head) : ByTheHour(body, head);
        if (evidence is null)
        {
            return null;
        }

        var reason = hourly
            ? "成果物の数（1点・1本など）や成果物ごとの単価で報酬を決める内容のようです。成果物に対して支払う場合は、時間単価制ではなく固定報酬制（プロジェクト方式）が適しています。"
            : "作業時間や時給で報酬を決める、継続的な稼働の内容のようです。稼働時間に対して支払う場合は、固定報酬制ではなく時間単価制の契約が適しています。";
        return new Finding(Categories.Advice, Decision.Advise, 0.6, "advice.contract_type", reason, [evidence], []);
    }

    private static EvidenceSpan? ByTheHour(FoldedText body, FoldedText head)
    {
        foreach (var (folded, field) in (ReadOnlySpan<(FoldedText, string)>)[(body, "text"), (head, "title")])
        {
            var at = JobAdviceCheck.IndexOfAny(folded.Folded, HourlyCues, out var length);
            if (at >= 0)
            {
                return folded.ToEvidence(field, at, length);
            }
        }

        if (!Ongoing.IsMatch(body.Folded) && !Ongoing.IsMatch(head.Folded))
        {
            return null;
        }

        return Span(body, "text", HoursPerPeriod) ?? Span(head, "title", HoursPerPeriod);
    }

    private static EvidenceSpan? PerPiece(FoldedText body, FoldedText head)
    {
        foreach (var (folded, field) in (ReadOnlySpan<(FoldedText, string)>)[(body, "text"), (head, "title")])
        {
            var at = JobAdviceCheck.IndexOfAny(folded.Folded, PerPieceCues, out var length);
            if (at >= 0)
            {
                return folded.ToEvidence(field, at, length);
            }
        }

        // A counted deliverable that is delivered, in a post that names no working time.
        var delivered = body.Folded.Contains(Delivery, StringComparison.Ordinal) || head.Folded.Contains(Delivery, StringComparison.Ordinal);
        if (!delivered || HoursPerPeriod.IsMatch(body.Folded) || HoursPerPeriod.IsMatch(head.Folded))
        {
            return null;
        }

        return Span(head, "title", CountedDeliverable) ?? Span(body, "text", CountedDeliverable);
    }

    private static EvidenceSpan? Span(FoldedText folded, string field, Regex pattern) =>
        pattern.Match(folded.Folded) is { Success: true } m ? folded.ToEvidence(field, m.Index, m.Length) : null;

    private static string[] Fold(string[] cues) => cues.Select(c => TextFolder.Fold(c, decodeDigits: false).Folded).ToArray();
}
