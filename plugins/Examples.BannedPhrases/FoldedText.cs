using System.Text;

namespace Examples.BannedPhrases;

/// <summary>
/// Text folded for matching (NFKC, lower case, katakana to hiragana, dashes unified, zero-width characters dropped),
/// with a map back to offsets in the original text so evidence points at what the user wrote.
/// </summary>
public sealed class FoldedText
{
    private readonly int[] _origin;

    private FoldedText(string value, int[] origin)
    {
        Value = value;
        _origin = origin;
    }

    public string Value { get; }

    public static FoldedText Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var origin = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                continue;
            }

            var piece = char.IsSurrogate(c) ? c.ToString() : c.ToString().Normalize(NormalizationForm.FormKC);
            foreach (var f in piece)
            {
                sb.Append(FoldChar(f));
                origin.Add(i);
            }
        }

        origin.Add(text.Length);
        return new FoldedText(sb.ToString(), [.. origin]);
    }

    /// <summary>Maps a span of the folded text back to (start, length) in the original text.</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        var from = _origin[start];
        var to = _origin[start + length - 1] + 1;
        return (from, to - from);
    }

    private static char FoldChar(char c) => c switch
    {
        >= '\u30A1' and <= '\u30F6' => (char)(c - 0x60),
        '\u30FC' or '\u2212' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\uFF70' => '-',
        _ => char.ToLowerInvariant(c),
    };
}
