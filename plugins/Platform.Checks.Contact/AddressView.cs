using Platform.Checks.Text;

namespace Platform.Checks.Contact;

/// <summary>
/// The folded text with spelled-out "@" and "." markers (アットマーク, (at), [at], ドット, (dot)…) turned into the
/// characters and the spaces and brackets around them dropped, so "sato (at) gmail ドット com" reads
/// "sato@gmail.com". <see cref="ToFolded"/> maps back to the folded text.
/// </summary>
internal sealed class AddressView
{
    private static readonly string[] AtWords = Fold("アットマーク", "あっとまーく", "(at)", "[at]", "<at>", "{at}", "あっと", "★", "☆", "@");
    private static readonly string[] AtWordsGuarded = Fold("アット", "at");
    private static readonly string[] DotWords = Fold("(dot)", "[dot]", "<dot>", "{dot}", "(ドット)", "[ドット]", "ドット", "どっと", "dot", "てん", "点", "・", "。", ",", "、", ".");

    // A table read per char (a SearchValues over these non-ASCII chars costs more per call).
    private static readonly bool[] MarkerStarts = BuildMarkerStarts();

    // Per-thread scratch buffers; the view copies what it keeps.
    private static readonly PerThread<char[]> t_buf = new();

    private static readonly PerThread<int[]> t_map = new();

    private readonly int[]? _map;

    private AddressView(string text, int[]? map)
    {
        Text = text;
        _map = map;
    }

    public string Text { get; }

    /// <summary>Whether the view is the folded text itself (no marker was spelled out).</summary>
    public bool IsIdentity => _map is null;

    public int ToFolded(int viewIndex) => _map is null ? viewIndex : _map[viewIndex];

    public static AddressView Build(string t)
    {
        var keptBuf = t_buf.Value;
        var keptMap = t_map.Value;
        var buf = keptBuf is not null && keptBuf.Length >= t.Length ? keptBuf : new char[Math.Max(256, t.Length)];
        var map = keptMap is not null && keptMap.Length >= t.Length + 1 ? keptMap : new int[Math.Max(257, t.Length + 1)];
        if (!ReferenceEquals(buf, keptBuf) && buf.Length <= ScanText.MaxIndexedLength)
        {
            t_buf.Value = buf;
            t_map.Value = map;
        }

        var n = 0;
        var i = 0;
        while (i < t.Length)
        {
            var c = t[i];
            var marker = '\0';
            var len = 0;
            if (c == '@')
            {
                marker = '@';
                len = 1;
            }
            else if (MarkerStarts[c])
            {
                len = Match(t, i, AtWords);
                marker = len > 0 ? '@' : '\0';
                if (len == 0 && (len = Match(t, i, AtWordsGuarded)) > 0)
                {
                    marker = Guarded(buf, n, t, i, len) ? '@' : '\0';
                    len = marker == '\0' ? 0 : len;
                }

                if (len == 0 && (len = Match(t, i, DotWords)) > 0)
                {
                    marker = Guarded(buf, n, t, i, len) ? '.' : '\0';
                    len = marker == '\0' ? 0 : len;
                }
            }

            if (len == 0)
            {
                buf[n] = c;
                map[n] = i;
                n++;
                i++;
                continue;
            }

            while (n > 0 && IsSpaceOrOpen(buf[n - 1]))
            {
                n--;
            }

            buf[n] = marker;
            map[n] = i;
            n++;
            i += len;
            while (i < t.Length && (t[i] == ' ' || IsClose(t[i])))
            {
                i++;
            }
        }

        map[n] = t.Length;
        if (n == t.Length && buf.AsSpan(0, n).SequenceEqual(t))
        {
            return new AddressView(t, null);
        }

        return new AddressView(new string(buf, 0, n), map.AsSpan(0, n + 1).ToArray());
    }

    private static bool[] BuildMarkerStarts()
    {
        var starts = new bool[char.MaxValue + 1];
        foreach (var word in AtWords.Concat(AtWordsGuarded).Concat(DotWords))
        {
            starts[word[0]] = true;
        }

        return starts;
    }

    // A spelled marker counts only between ASCII address characters: "アットホーム" and "ドット絵" stay.
    private static bool Guarded(char[] buf, int n, string t, int i, int len)
    {
        var p = n - 1;
        while (p >= 0 && n - p <= 3 && IsSpaceOrOpen(buf[p]))
        {
            p--;
        }

        if (p < 0 || !IsAddressChar(buf[p]))
        {
            return false;
        }

        var q = i + len;
        while (q < t.Length && q - (i + len) < 3 && (t[q] == ' ' || IsClose(t[q])))
        {
            q++;
        }

        var word = char.IsAsciiLetter(t[i]);
        if (word && (p == n - 1 || q == i + len))
        {
            // "at"/"dot" as words need spaces or brackets on both sides.
            return false;
        }

        return q < t.Length && char.IsAsciiLetterOrDigit(t[q]);
    }

    private static int Match(string t, int i, string[] words)
    {
        foreach (var w in words)
        {
            if (t.AsSpan(i).StartsWith(w, StringComparison.Ordinal))
            {
                return w.Length;
            }
        }

        return 0;
    }

    public static bool IsAddressChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '%' or '+';

    private static bool IsSpaceOrOpen(char c) => c is ' ' or '(' or '[' or '<' or '{' or '【' or '「' or '『' or '《' or '〈' or '\'' or '"';

    private static bool IsClose(char c) => c is ')' or ']' or '>' or '}' or '】' or '」' or '』' or '》' or '〉' or '\'' or '"';

    private static string[] Fold(params string[] words) =>
        words.Select(Phrases.Fold).Distinct().OrderByDescending(w => w.Length).ToArray();
}
