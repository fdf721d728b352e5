using Microsoft.AspNetCore.Http;
using Platform.Gateway.Infrastructure;
using Platform.Text;

namespace Platform.Gateway.Compliance;

/// <summary>
/// The real writes' field rules, for the dry-run scan: the same limits, codes and Japanese details as the domain's
/// validation (which the gateway does not reference: the text rules are one source file compiled into both, the rest is
/// held together by the gateway's tests).
/// </summary>
internal static class ScanFields
{
    public const int MaxTitleLength = 100;
    public const int MaxBodyLength = 20_000;
    public const int MaxMessageLength = 10_000;
    public const int MaxNameLength = 50;
    public const long MinBudgetYen = 500;
    public const long MaxYen = 100_000_000;
    public const int MaxYearsAhead = 5;

    /// <summary>The job categories <c>POST /api/jobs</c> accepts.</summary>
    public static readonly string[] Categories =
    [
        "web_development", "app_development", "design", "writing", "translation",
        "video", "marketing", "data_entry", "business_support", "other",
    ];

    public static IResult? Required(string field, string? value, int maxLength) => Text(field, value, maxLength, required: true, oneLine: false);

    public static IResult? Optional(string field, string? value, int maxLength) => Text(field, value, maxLength, required: false, oneLine: false);

    /// <summary>An optional one-line text (a job's title), as the real write checks it when given.</summary>
    public static IResult? OptionalLine(string field, string? value, int maxLength) => Text(field, value, maxLength, required: false, oneLine: true);

    public static IResult? Name(string field, string? value) => Text(field, value, MaxNameLength, required: true, oneLine: true);

    private static IResult? Text(string field, string? value, int maxLength, bool required, bool oneLine) =>
        TextRules.Problem(field, value, maxLength, required, oneLine) is (var code, var detailJa) ? ApiProblems.Invalid(field, detailJa, code) : null;

    /// <summary>A field the kind being scanned does not have.</summary>
    public static IResult NotForKind(string field, string kind, string hintJa) =>
        ApiProblems.Invalid(field, $"kind が {kind} の項目には {field} はありません。{hintJa}", "scan.field_not_for_kind");

    /// <summary>A context the kind being scanned is never written in.</summary>
    public static IResult ImpossibleContext(string field, string whyJa) =>
        ApiProblems.Invalid(field, $"{whyJa}この {field} で書かれることはありません。", "scan.impossible_context");

    /// <summary>A job's category, budget and deadline, checked as <c>POST /api/jobs</c> checks them.</summary>
    public static IResult? Job(string? category, Jobs.BudgetRequest? budget, DateTimeOffset? deadline, DateTimeOffset now)
    {
        if (category is not null && !Categories.Contains(category))
        {
            return ApiProblems.Invalid("category", $"カテゴリ「{TextRules.Echo(category)}」はありません。使えるカテゴリ: {string.Join(", ", Categories)}", "job.unknown_category");
        }

        if (budget is not null)
        {
            if (budget.AmountYen is not { } amount)
            {
                return ApiProblems.Invalid("budget.amountYen", "budget（kind と amountYen）は必須です。", "field.required");
            }

            if (budget.Kind is not ("fixed" or "hourly"))
            {
                return ApiProblems.Invalid("budget.kind", "budget.kind は fixed か hourly を指定してください。", "job.unknown_budget_kind");
            }

            if (amount is < MinBudgetYen or > MaxYen)
            {
                return ApiProblems.Invalid("budget.amountYen", $"budget.amountYen は{MinBudgetYen:N0}円以上{MaxYen:N0}円以下で指定してください。", "field.out_of_range");
            }
        }

        if (deadline is { } d && d <= now)
        {
            return ApiProblems.Invalid("deadline", "締め切りには未来の日時を指定してください。", "job.deadline_past");
        }

        // Days of the Japanese calendar, as the real write counts them (JobRules.ValidateFields).
        var today = JapanDate(now);
        return deadline is { } far && JapanDate(far) > today.AddYears(MaxYearsAhead)
            ? ApiProblems.Invalid("deadline", $"deadline には{MaxYearsAhead}年以内（{today.AddYears(MaxYearsAhead):yyyy-MM-dd}まで）の日付を指定してください。", "job.deadline_too_far")
            : null;
    }

    private static DateOnly JapanDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(9)).DateTime);
}
