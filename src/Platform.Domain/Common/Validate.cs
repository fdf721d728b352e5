namespace Platform.Domain.Common;

/// <summary>Field validation shared by every action; each method returns null when the value is acceptable.</summary>
public static class Validate
{
    public const int MaxTitleLength = 100;
    public const int MaxBodyLength = 20_000;
    public const int MaxMessageLength = 10_000;
    public const int MaxNameLength = 50;
    public const long MaxYen = 100_000_000;

    public static DomainProblem? RequiredText(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DomainProblem.Invalid(field, "field.required", $"{field} は必須です。");
        }

        return value.Length > maxLength
            ? DomainProblem.Invalid(field, "field.too_long", $"{field} は{maxLength}文字以内で入力してください（{value.Length}文字）。")
            : null;
    }

    public static DomainProblem? OptionalText(string field, string? value, int maxLength) =>
        value is not null && value.Length > maxLength
            ? DomainProblem.Invalid(field, "field.too_long", $"{field} は{maxLength}文字以内で入力してください（{value.Length}文字）。")
            : null;

    public static DomainProblem? Yen(string field, long value, long min = 1) =>
        value < min || value > MaxYen
            ? DomainProblem.Invalid(field, "field.out_of_range", $"{field} は{min:N0}円以上{MaxYen:N0}円以下で指定してください。")
            : null;

    public static DomainProblem? FirstOf(params DomainProblem?[] problems) => problems.FirstOrDefault(p => p is not null);
}
