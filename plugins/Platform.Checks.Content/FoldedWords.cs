using Platform.Checks.Text;

namespace Platform.Checks.Content;

/// <summary>
/// A few fixed words folded once like the text (kana to katakana, NFKC), for the rules that look just before, just after or
/// between hits instead of through the lexicon's phrase table: "支払いは" before a put-off, "そういう" after a "が、".
/// </summary>
internal sealed class FoldedWords(params string[] words)
{
    private readonly string[] _folded = [.. words.Select(w => TextFolder.Fold(w, decodeDigits: false).Folded)];

    /// <summary>Whether <paramref name="text"/> begins with one of the words.</summary>
    public bool StartOf(ReadOnlySpan<char> text)
    {
        foreach (var word in _folded)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of the first of the words that <paramref name="text"/> begins with, or 0.</summary>
    public int PrefixOf(ReadOnlySpan<char> text)
    {
        foreach (var word in _folded)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return word.Length;
            }
        }

        return 0;
    }

    /// <summary>Whether <paramref name="text"/> ends with one of the words.</summary>
    public bool EndOf(ReadOnlySpan<char> text)
    {
        foreach (var word in _folded)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of the words occurs anywhere in <paramref name="text"/>.</summary>
    public bool In(ReadOnlySpan<char> text)
    {
        foreach (var word in _folded)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
