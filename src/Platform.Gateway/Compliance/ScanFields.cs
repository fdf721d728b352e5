using System.Buffers;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Platform.Gateway.Infrastructure;

namespace Platform.Gateway.Compliance;

/// <summary>
/// The real writes' field rules, for the dry-run scan: the same limits, codes and Japanese details as the domain's
/// validation (which the gateway does not reference; the gateway's tests hold the two together).
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

    // C0 and C1 controls but tab, line feed and carriage return.
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c)]);

    // What a one-line name may not hold: every control, and the bidi embeddings, overrides and isolates.
    private static readonly SearchValues<char> NameBreakers = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Concat(Enumerable.Range(0x202A, 5)).Concat(Enumerable.Range(0x2066, 4))
            .Select(c => (char)c)]);

    // What shows nothing: white space, controls and format characters.
    private static readonly SearchValues<char> Invisible = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c =>
            char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format)]);

    public static IResult? Required(string field, string? value, int maxLength) =>
        value is null || !value.AsSpan().ContainsAnyExcept(Invisible)
            ? ApiProblems.Invalid(field, $"{field} は必須です。", "field.required")
            : Optional(field, value, maxLength);

    public static IResult? Optional(string field, string? value, int maxLength)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            return ApiProblems.Invalid(field, $"{field} は{maxLength}文字以内で入力してください（{value.Length}文字）。", "field.too_long");
        }

        var control = value.AsSpan().IndexOfAny(Controls);
        return control < 0 ? null : ApiProblems.Invalid(field, $"{field} に制御文字（U+{(int)value[control]:X4}）は使えません。", "field.control_character");
    }

    public static IResult? Name(string field, string? value)
    {
        if (Required(field, value, MaxNameLength) is { } problem)
        {
            return problem;
        }

        var at = value.AsSpan().IndexOfAny(NameBreakers);
        return at < 0
            ? null
            : ApiProblems.Invalid(field, $"{field} に改行・制御文字・文字の向きを変える文字（U+{(int)value![at]:X4}）は使えません。", "field.control_character");
    }

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
            return ApiProblems.Invalid("category", $"カテゴリ「{category}」はありません。使えるカテゴリ: {string.Join(", ", Categories)}", "job.unknown_category");
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

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return deadline is { } far && DateOnly.FromDateTime(far.UtcDateTime) > today.AddYears(MaxYearsAhead)
            ? ApiProblems.Invalid("deadline", $"deadline には{MaxYearsAhead}年以内（{today.AddYears(MaxYearsAhead):yyyy-MM-dd}まで）の日付を指定してください。", "job.deadline_too_far")
            : null;
    }
}
