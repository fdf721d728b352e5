using System.Buffers;
using Platform.Checks.Text;

namespace Platform.Checks.Contact;

/// <summary>A set of phrases, folded like the text, with a vectorised "any of them" search.</summary>
internal sealed class Phrases
{
    private readonly SearchValues<string> _values;

    public Phrases(params string[] raw)
    {
        Items = raw.Select(Fold).Where(s => s.Length > 0).Distinct().ToArray();
        _values = SearchValues.Create(Items, StringComparison.Ordinal);
    }

    public string[] Items { get; }

    public static string Fold(string s) => TextFolder.Fold(s, decodeDigits: false).Folded;

    public bool AnyIn(ReadOnlySpan<char> text) => text.IndexOfAny(_values) >= 0;

    /// <summary>Index of the first occurrence of any phrase in text[from..to), or -1.</summary>
    public int IndexIn(string text, int from, int to)
    {
        from = Math.Max(0, from);
        to = Math.Min(text.Length, to);
        if (from >= to)
        {
            return -1;
        }

        var i = text.AsSpan(from, to - from).IndexOfAny(_values);
        return i < 0 ? -1 : from + i;
    }

    /// <summary>Length of the phrase that starts at <paramref name="index"/> (longest), or 0.</summary>
    public int MatchLength(string text, int index)
    {
        var best = 0;
        foreach (var p in Items)
        {
            if (p.Length > best && text.AsSpan(index).StartsWith(p, StringComparison.Ordinal))
            {
                best = p.Length;
            }
        }

        return best;
    }

    /// <summary>
    /// Calls <paramref name="onMatch"/> for every occurrence (start, length), left to right, not overlapping,
    /// until <paramref name="hits"/> holds <see cref="Hit.MaxPerText"/> hits (a 1 MB text stays linear).
    /// </summary>
    public void ForEach(string text, List<Hit> hits, Action<int, int> onMatch)
    {
        var i = 0;
        while (i < text.Length && hits.Count < Hit.MaxPerText)
        {
            var at = IndexIn(text, i, text.Length);
            if (at < 0)
            {
                return;
            }

            var len = Math.Max(1, MatchLength(text, at));
            onMatch(at, len);
            i = at + len;
        }
    }
}
