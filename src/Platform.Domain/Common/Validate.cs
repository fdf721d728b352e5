using System.Diagnostics.CodeAnalysis;
using Platform.Text;

namespace Platform.Domain.Common;

/// <summary>Field validation shared by every action; each method returns null when the value is acceptable.</summary>
public static class Validate
{
    public const int MaxTitleLength = 100;
    public const int MaxBodyLength = 20_000;
    public const int MaxMessageLength = 10_000;
    public const int MaxNameLength = 50;
    public const long MaxYen = 100_000_000;
    public const int MaxReviewerLength = 100;

    /// <summary>How far ahead a deadline or a delivery date may be.</summary>
    public const int MaxYearsAhead = 5;

    /// <summary>
    /// A text that must show something: spaces, zero-width, filler and other invisible characters alone count as missing
    /// (a name of zero-width spaces shows as blank). Otherwise as <see cref="OptionalText"/>.
    /// </summary>
    public static DomainProblem? RequiredText(string field, string? value, int maxLength) => Text(field, value, maxLength, required: true, oneLine: false);

    /// <summary>
    /// A text within <paramref name="maxLength"/> characters (code points), with no control character but tab and line
    /// breaks, and no bidi embedding, override or isolate.
    /// </summary>
    public static DomainProblem? OptionalText(string field, string? value, int maxLength) => Text(field, value, maxLength, required: false, oneLine: false);

    /// <summary>A required one-line text (a display name, a title): no line break, tab, control or bidi override character.</summary>
    public static DomainProblem? OneLineText(string field, string? value, int maxLength) => Text(field, value, maxLength, required: true, oneLine: true);

    /// <summary>Whether a text shows nothing: see <see cref="RequiredText"/>.</summary>
    public static bool IsBlank([NotNullWhen(false)] string? value) => TextRules.IsBlank(value);

    /// <summary>Who on the support team acts (a reviewer id): required, one line, at most <see cref="MaxReviewerLength"/> chars.</summary>
    public static DomainProblem? Reviewer(string? reviewerId) => OneLineText("reviewer", reviewerId, MaxReviewerLength);

    /// <summary>A date no further ahead of <paramref name="today"/> than <see cref="MaxYearsAhead"/> years.</summary>
    public static DomainProblem? NotTooFarAhead(string field, string code, DateOnly date, DateOnly today) =>
        date > today.AddYears(MaxYearsAhead)
            ? DomainProblem.Invalid(field, code, $"{field} には{MaxYearsAhead}年以内（{today.AddYears(MaxYearsAhead):yyyy-MM-dd}まで）の日付を指定してください。")
            : null;

    public static DomainProblem? Yen(string field, long value, long min = 1) =>
        value < min || value > MaxYen
            ? DomainProblem.Invalid(field, "field.out_of_range", $"{field} は{min:N0}円以上{MaxYen:N0}円以下で指定してください。")
            : null;

    private static DomainProblem? Text(string field, string? value, int maxLength, bool required, bool oneLine) =>
        TextRules.Problem(field, value, maxLength, required, oneLine) is (var code, var detailJa) ? DomainProblem.Invalid(field, code, detailJa) : null;

    public static DomainProblem? FirstOf(params DomainProblem?[] problems) => problems.FirstOrDefault(p => p is not null);
}
