using System.Buffers;

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

    // C0 and C1 controls but tab, line feed and carriage return.
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c)]);

    // What a one-line name may not hold besides those: line breaks and tabs, and the bidi embeddings, overrides and
    // isolates (U+202A–U+202E, U+2066–U+2069) that make a name read in another order than it is written.
    private static readonly SearchValues<char> NameBreakers = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Concat(Enumerable.Range(0x202A, 5)).Concat(Enumerable.Range(0x2066, 4))
            .Select(c => (char)c)]);

    // What shows nothing: white space, controls, and format characters (zero-width spaces and joiners, direction marks, BOM).
    private static readonly SearchValues<char> Invisible = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c =>
            char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)]);

    /// <summary>
    /// A text that must show something: spaces, zero-width and other invisible characters alone count as missing (a
    /// name of zero-width spaces shows as blank).
    /// </summary>
    public static DomainProblem? RequiredText(string field, string? value, int maxLength)
    {
        if (value is null || !value.AsSpan().ContainsAnyExcept(Invisible))
        {
            return DomainProblem.Invalid(field, "field.required", $"{field} は必須です。");
        }

        return OptionalText(field, value, maxLength);
    }

    /// <summary>A text within <paramref name="maxLength"/> chars, with no control character but tab and line breaks.</summary>
    public static DomainProblem? OptionalText(string field, string? value, int maxLength)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            return DomainProblem.Invalid(field, "field.too_long", $"{field} は{maxLength}文字以内で入力してください（{value.Length}文字）。");
        }

        var control = value.AsSpan().IndexOfAny(Controls);
        return control < 0
            ? null
            : DomainProblem.Invalid(field, "field.control_character", $"{field} に制御文字（U+{(int)value[control]:X4}）は使えません。");
    }

    /// <summary>A required one-line name (a display name): no line break, tab, control or bidi override character.</summary>
    public static DomainProblem? Name(string field, string? value, int maxLength)
    {
        if (RequiredText(field, value, maxLength) is { } problem)
        {
            return problem;
        }

        var at = value.AsSpan().IndexOfAny(NameBreakers);
        return at < 0
            ? null
            : DomainProblem.Invalid(field, "field.control_character", $"{field} に改行・制御文字・文字の向きを変える文字（U+{(int)value![at]:X4}）は使えません。");
    }

    /// <summary>Who on the support team acts (a reviewer id): required, one line, at most <see cref="MaxReviewerLength"/> chars.</summary>
    public static DomainProblem? Reviewer(string? reviewerId) => Name("reviewer", reviewerId, MaxReviewerLength);

    /// <summary>A date no further ahead of <paramref name="today"/> than <see cref="MaxYearsAhead"/> years.</summary>
    public static DomainProblem? NotTooFarAhead(string field, string code, DateOnly date, DateOnly today) =>
        date > today.AddYears(MaxYearsAhead)
            ? DomainProblem.Invalid(field, code, $"{field} には{MaxYearsAhead}年以内（{today.AddYears(MaxYearsAhead):yyyy-MM-dd}まで）の日付を指定してください。")
            : null;

    public static DomainProblem? Yen(string field, long value, long min = 1) =>
        value < min || value > MaxYen
            ? DomainProblem.Invalid(field, "field.out_of_range", $"{field} は{min:N0}円以上{MaxYen:N0}円以下で指定してください。")
            : null;

    public static DomainProblem? FirstOf(params DomainProblem?[] problems) => problems.FirstOrDefault(p => p is not null);
}
