namespace Platform.Checks.Contact;

/// <summary>
/// Words looked for only in a few chars around a detection, folded like the text. Searched in that window when asked,
/// never indexed with the <see cref="Phrases"/> sets: the one-pass index records every occurrence of every indexed
/// phrase in every text, which common words (会社, 作成, 先に) would make dearer for nothing.
/// </summary>
internal sealed class WordList
{
    private readonly string[] _words;

    public WordList(params string[] raw) => _words = raw.Select(Phrases.Fold).Where(w => w.Length > 0).Distinct().ToArray();

    /// <summary>The folded words.</summary>
    public string[] Items => _words;

    /// <summary>Index of the first word lying wholly inside text[from..to), or -1.</summary>
    public int IndexIn(string text, int from, int to)
    {
        from = Math.Max(0, from);
        to = Math.Min(text.Length, to);
        if (from >= to)
        {
            return -1;
        }

        var window = text.AsSpan(from, to - from);
        var best = -1;
        foreach (var w in _words)
        {
            var i = window.IndexOf(w, StringComparison.Ordinal);
            if (i >= 0 && (best < 0 || i < best))
            {
                best = i;
            }
        }

        return best < 0 ? -1 : from + best;
    }

    /// <summary>Length of the longest word starting at <paramref name="index"/>, or 0.</summary>
    public int MatchLength(string text, int index)
    {
        if (index < 0 || index >= text.Length)
        {
            return 0;
        }

        var rest = text.AsSpan(index);
        var best = 0;
        foreach (var w in _words)
        {
            if (w.Length > best && rest.StartsWith(w, StringComparison.Ordinal))
            {
                best = w.Length;
            }
        }

        return best;
    }
}
