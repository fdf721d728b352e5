using System.Text;

namespace Platform.LoadTest.Measurement;

/// <summary>
/// The fixed words the gateway answers with (decisions, finding categories), as indexes so counting them on the hot
/// path needs no strings.
/// </summary>
public static class Vocabulary
{
    public static IReadOnlyList<string> Decisions { get; } = ["allow", "advise", "hold", "block"];

    /// <summary>Violation categories in the order the reports use, then <c>advice</c> and a bucket for anything else.</summary>
    public static IReadOnlyList<string> Categories { get; } =
    [
        "off_platform_contact", "mlm", "stealth_marketing", "uncertain_compensation", "unpaid_sample",
        "external_tos", "fake_official", "remote_desktop", "other_illegal", "advice", "(other)",
    ];

    /// <summary>The violation categories (without <c>advice</c> and the catch-all).</summary>
    public static int ViolationCategoryCount => 9;

    public static int OtherCategory => Categories.Count - 1;

    private static readonly byte[][] DecisionBytes = [.. Decisions.Select(Encoding.UTF8.GetBytes)];

    private static readonly byte[][] CategoryBytes = [.. Categories.Select(Encoding.UTF8.GetBytes)];

    public static int DecisionIndex(ReadOnlySpan<byte> utf8) => IndexOf(DecisionBytes, utf8, -1);

    public static int CategoryIndex(ReadOnlySpan<byte> utf8) => IndexOf(CategoryBytes, utf8, OtherCategory);

    private static int IndexOf(byte[][] words, ReadOnlySpan<byte> utf8, int otherwise)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (utf8.SequenceEqual(words[i]))
            {
                return i;
            }
        }

        return otherwise;
    }
}
