using System.Buffers;
using Platform.Checks.Text;

namespace Platform.Checks.Contact;

/// <summary>
/// A set of phrases, folded like the text. On a scanned field (<see cref="ScanText"/>, or its very string) the
/// look-ups read the field's phrase index; on any other text (the address view, a host name) they search the text.
/// </summary>
internal sealed class Phrases
{
    private readonly SearchValues<string> _values;
    private readonly int _id;
    private readonly int _aroundId;

    public Phrases(params string[] raw)
        : this(indexed: true, raw)
    {
    }

    private Phrases(bool indexed, string[] raw)
    {
        Items = raw.Select(Fold).Where(s => s.Length > 0).Distinct().ToArray();
        _values = SearchValues.Create(Items, StringComparison.Ordinal);
        _id = indexed ? PhraseTable.Register(this) : -1;
        _aroundId = indexed ? -1 : PhraseTable.Register(this, around: true);
    }

    /// <summary>
    /// Words looked for only in a few chars around a detection: never indexed with the other sets, since the one-pass
    /// index records every occurrence of every indexed phrase in every text, which common words (会社, 作成, 先に)
    /// would make dearer for nothing. Asked about a scanned field, they read a second index of the field, found in one
    /// pass the first time a detection there is checked (<see cref="ScanText.Around"/>).
    /// </summary>
    public static Phrases Unindexed(params string[] raw) => new(indexed: false, raw);

    /// <summary>The set's id in <see cref="PhraseTable.Current"/>, or -1 when it is not indexed there.</summary>
    public int IndexId => _id;

    public string[] Items { get; }

    // Set once while the set is built (WithWholeKatakana), never after.
    private string[] _wholeKatakana = [];

    /// <summary>
    /// Makes these katakana phrases of the set count only as a word of their own, not inside a longer katakana word
    /// written in katakana ("フォーム" is no form in "リフォーム" or "プラットフォーム"); read by <see cref="IndexIn(ScanText, int, int)"/>
    /// and <see cref="IndexIn(string, int, int)"/>. Returns the set.
    /// </summary>
    public Phrases WithWholeKatakana(params string[] words)
    {
        _wholeKatakana = words.Select(Fold).ToArray();
        return this;
    }

    public static string Fold(string s) => TextFolder.Fold(s, decodeDigits: false).Folded;

    public bool AnyIn(ReadOnlySpan<char> text) => text.IndexOfAny(_values) >= 0;

    /// <summary>Whether <paramref name="text"/> ends with one of the phrases (the words right before a position).</summary>
    public bool EndOf(ReadOnlySpan<char> text) => AnyEndOf(text, Items);

    /// <summary>Whether <paramref name="text"/> ends with one of <paramref name="words"/> (folded like the text).</summary>
    public static bool AnyEndOf(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var w in words)
        {
            if (text.EndsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any phrase occurs in the field.</summary>
    public bool AnyIn(ScanText s) => IsIndexed(s) ? s.Every.Any(_id) : AnyIn(s.Text);

    /// <summary>Index of the first occurrence of any phrase wholly inside text[from..to), or -1.</summary>
    public int IndexIn(string text, int from, int to)
    {
        var at = IndexInAny(text, from, to);
        while (at >= 0 && _wholeKatakana.Length > 0 && InsideKatakanaWord(ScanText.Of(text), text, at))
        {
            at = IndexInAny(text, at + 1, to);
        }

        return at;
    }

    private int IndexInAny(string text, int from, int to)
    {
        from = Math.Max(0, from);
        to = Math.Min(text.Length, to);
        if (from >= to)
        {
            return -1;
        }

        if (IndexOf(text) is { } index)
        {
            return index.IndexIn(_id >= 0 ? _id : _aroundId, from, to);
        }

        var i = text.AsSpan(from, to - from).IndexOfAny(_values);
        return i < 0 ? -1 : from + i;
    }

    /// <summary>Index of the first occurrence of any phrase wholly inside field[from..to), or -1.</summary>
    public int IndexIn(ScanText s, int from, int to)
    {
        var at = IndexInAny(s, from, to);
        while (at >= 0 && _wholeKatakana.Length > 0 && InsideKatakanaWord(s, s.Text, at))
        {
            at = IndexInAny(s, at + 1, to);
        }

        return at;
    }

    // Whether the occurrence at [at] is only one of the whole-word phrases, and a katakana char written as such stands right
    // before it (a hiragana folded to katakana does not: "問い合わせフォーム").
    private bool InsideKatakanaWord(ScanText? scan, string t, int at)
    {
        if (at == 0 || !IsKatakana(t[at - 1]))
        {
            return false;
        }

        var whole = LongestWhole(t, at);
        if (whole == 0 || MatchLengthAny(t, at) > whole)
        {
            return false;
        }

        var o = scan is null ? t[at - 1] : scan.Source.Original[scan.Source.ToOriginal(at - 1)];
        return o is >= '\u30A1' and <= '\u30FA' or 'ー' or >= '\uFF66' and <= '\uFF9F';
    }

    private int LongestWhole(string t, int at)
    {
        var n = 0;
        foreach (var w in _wholeKatakana)
        {
            n = t.AsSpan(at).StartsWith(w, StringComparison.Ordinal) ? Math.Max(n, w.Length) : n;
        }

        return n;
    }

    private static bool IsKatakana(char c) => c is >= '\u30A1' and <= '\u30FA' or '-';

    private int IndexInAny(ScanText s, int from, int to)
    {
        if (!IsIndexed(s))
        {
            return IndexIn(s.Text, from, to);
        }

        from = Math.Max(0, from);
        to = Math.Min(s.Text.Length, to);
        return from >= to ? -1 : s.Every.IndexIn(_id, from, to);
    }

    /// <summary>Length of the phrase that starts at <paramref name="index"/> (longest), or 0.</summary>
    public int MatchLength(string text, int index) => MatchLengthAny(text, index);

    private int MatchLengthAny(string text, int index)
    {
        if (index < 0 || index >= text.Length)
        {
            return 0;
        }

        if (IndexOf(text) is { } phraseIndex)
        {
            return phraseIndex.MatchLength(_id >= 0 ? _id : _aroundId, index);
        }

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

    /// <summary>Length of the phrase that starts at <paramref name="index"/> of the field (longest), or 0.</summary>
    public int MatchLength(ScanText s, int index) => IsIndexed(s) ? s.Every.MatchLength(_id, index) : MatchLength(s.Text, index);

    /// <summary>
    /// Every occurrence in the field (start, length), left to right, longest first and not overlapping, until
    /// <paramref name="hits"/> holds <see cref="Hit.MaxPerText"/> hits (a 1 MB text stays linear).
    /// </summary>
    public Occurrences In(ScanText s, List<Hit> hits) => new(this, s.Text, IsIndexed(s) ? s : null, hits);

    /// <summary>
    /// The same, but an occurrence that starts inside the one before and ends after it is walked too: names run together
    /// with the word before them ("よかったらインスタ" folds to "…ラインスタ", where "ライン" comes first and is no word of its own).
    /// </summary>
    public Occurrences InOverlapping(ScanText s, List<Hit> hits) => new(this, s.Text, IsIndexed(s) ? s : null, hits, overlapping: true);

    /// <summary>
    /// The same on <paramref name="text"/>, read from <paramref name="scan"/>'s index when the index is of that
    /// very text (an address view with nothing spelled out is the folded text itself).
    /// </summary>
    public Occurrences In(string text, ScanText scan, List<Hit> hits) =>
        new(this, text, ReferenceEquals(text, scan.Text) && IsIndexed(scan) ? scan : null, hits);

    private bool IsIndexed(ScanText s) => _id >= 0 && s.Indexed;

    // The index of this set's table for text when text is this thread's scanned field, else null (search the text).
    private PhraseIndex? IndexOf(string text) =>
        ScanText.Of(text) is { } scan ? (_id >= 0 ? scan.Every : _aroundId >= 0 ? scan.Around : null) : null;

    /// <summary>Walks the occurrences without allocating: the index's nodes, or text searches on an unindexed field.</summary>
    public struct Occurrences
    {
        private readonly Phrases _phrases;
        private readonly string _text;
        private readonly ScanText? _scan;
        private readonly List<Hit> _hits;
        private readonly int _end;
        private readonly bool _overlapping;
        private int _node;
        private int _next;
        private int _lastEnd;

        // scan: the index of text, or null to search the text.
        internal Occurrences(Phrases phrases, string text, ScanText? scan, List<Hit> hits, bool overlapping = false)
        {
            _phrases = phrases;
            _text = text;
            _scan = scan;
            _hits = hits;
            _overlapping = overlapping;
            (_node, _end) = scan is not null ? scan.Every.Range(phrases._id) : (-1, -1);
            _next = 0;
            _lastEnd = 0;
            Current = default;
        }

        public (int Start, int Length) Current { get; private set; }

        public readonly Occurrences GetEnumerator() => this;

        public bool MoveNext()
        {
            var text = _text;
            if (_next >= text.Length || _hits.Count >= Hit.MaxPerText)
            {
                return false;
            }

            while (_node < 0)
            {
                var at = _phrases.IndexIn(text, _next, text.Length);
                if (at < 0)
                {
                    return false;
                }

                var length = Math.Max(1, _phrases.MatchLength(text, at));
                _next = _overlapping ? at + 1 : at + length;
                if (_overlapping && at + length <= _lastEnd)
                {
                    // Inside the occurrence walked before: search on from the next char.
                    continue;
                }

                Current = (at, length);
                _lastEnd = at + length;
                return true;
            }

            for (; _node < _end; _node++)
            {
                var (start, length) = _scan!.Every.NodeAt(_node);
                if (_overlapping ? start + Math.Max(1, length) > _lastEnd : start >= _next)
                {
                    _node++;
                    Current = (start, Math.Max(1, length));
                    _next = start + Current.Length;
                    _lastEnd = _next;
                    return true;
                }
            }

            return false;
        }
    }
}
