using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Platform.Text;

/// <summary>
/// What a user's text may hold, in one place for the domain's validation and the gateway's dry-run scan (compiled into
/// both, which reference no common project for it): the answer is a stable code and a Japanese detail, or null.
/// </summary>
internal static class TextRules
{
    // What a one-line text (a name, a title) may not hold: C0 and C1 controls, the line and paragraph separators, and the
    // bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make a text read to a reviewer in
    // another order than it is stored.
    private static readonly char[] OneLineForbidden =
        [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Concat(Enumerable.Range(0x2028, 7)).Concat(Enumerable.Range(0x2066, 4)).Select(c => (char)c)];

    private static readonly SearchValues<char> OneLine = SearchValues.Create(OneLineForbidden);

    // What a longer text may not hold: the same but its line breaks (tab, line feed, carriage return, U+2028, U+2029).
    private static readonly SearchValues<char> MultiLine = SearchValues.Create([.. OneLineForbidden.Where(c => c is not ('\t' or '\n' or '\r' or '\u2028' or '\u2029'))]);

    // Letters that show nothing: the braille blank and the Hangul fillers.
    private static readonly SearchValues<char> Fillers = SearchValues.Create("\u2800\u3164\u115F\u1160\uFFA0");

    /// <summary>
    /// The problem with <paramref name="value"/> as <paramref name="field"/>, or null: missing when <paramref name="required"/>
    /// and it shows nothing, longer than <paramref name="maxLength"/> characters (code points), or holding a control
    /// character, a bidi control or, when <paramref name="oneLine"/>, a tab or line break.
    /// </summary>
    public static (string Code, string DetailJa)? Problem(string field, string? value, int maxLength, bool required, bool oneLine)
    {
        if (value is null || (required && IsBlank(value)))
        {
            return required ? ("field.required", $"{field} は必須です。") : null;
        }

        var length = Length(value);
        if (length > maxLength)
        {
            return ("field.too_long", $"{field} は{maxLength}文字以内で入力してください（{length}文字）。");
        }

        var at = value.AsSpan().IndexOfAny(oneLine ? OneLine : MultiLine);
        return at < 0 ? null : ("field.control_character", $"{field} に{What(value[at], oneLine)}（U+{(int)value[at]:X4}）は使えません。");
    }

    /// <summary>Characters as the user counts them: code points (an emoji is one), not UTF-16 units nor grapheme clusters.</summary>
    public static int Length(string value)
    {
        var length = 0;
        foreach (var _ in value.EnumerateRunes())
        {
            length++;
        }

        return length;
    }

    /// <summary>
    /// A text with no visible character: white space, controls, format characters (zero-width spaces and joiners,
    /// direction marks, BOM, tags), the blank-looking fillers and combining marks with no visible base.
    /// </summary>
    public static bool IsBlank([NotNullWhen(false)] string? value)
    {
        foreach (var rune in (value ?? "").EnumerateRunes())
        {
            var invisible = Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || (rune.IsBmp && Fillers.Contains((char)rune.Value))
                || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark
                    or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
            if (!invisible)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The most characters of a value sent with a request (an id, a name, a path) that a refusal shows.</summary>
    public const int EchoLength = 64;

    /// <summary>
    /// <paramref name="value"/> as a refusal shows it: whole when at most <see cref="EchoLength"/> characters, otherwise its
    /// first ones (a surrogate pair kept whole) followed by 「…」, so that what an answer echoes does not grow with the request.
    /// </summary>
    public static string Echo(string? value)
    {
        value ??= "";
        if (value.Length <= EchoLength)
        {
            return value;
        }

        return $"{value[..(char.IsHighSurrogate(value[EchoLength - 1]) ? EchoLength - 1 : EchoLength)]}…";
    }

    private static string What(char c, bool oneLine) => oneLine
        ? "改行・制御文字・文字の向きを変える文字"
        : c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' ? "文字の向きを変える制御文字" : "制御文字";
}
