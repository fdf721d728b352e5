using Platform.Compliance.Abstractions;

namespace Platform.Checks.Text;

/// <summary>
/// A folded copy of a text with a map from every folded character back to the original text,
/// so that findings made on the folded text can be shown on what the user wrote.
/// </summary>
public sealed class FoldedText
{
    private readonly bool _digitsDecoded;
    private readonly bool _quotesDropped;

    // The folding thread's map buffer and the number of this text's fold in it: the map the fold wrote there, valid on that
    // thread until its next fold (the slot's generation then moves on). Null when the text has its own map.
    private readonly MapSlot? _slot;
    private readonly long _generation;
    private readonly int _thread;

    // _map[i] is the original offset of the source unit that produced folded char i;
    // _map[Folded.Length] is Original.Length. The text's own map: built (by folding again) on first use when the
    // slot's map is no longer this text's, or handed over by a fold too large to keep its buffer.
    private int[]? _map;

    internal FoldedText(string original, string folded, bool digitsDecoded, bool quotesDropped, MapSlot slot, long generation)
        : this(original, folded, digitsDecoded, quotesDropped)
    {
        _slot = slot;
        _generation = generation;
        _thread = Environment.CurrentManagedThreadId;
    }

    internal FoldedText(string original, string folded, bool digitsDecoded, bool quotesDropped, int[] map)
        : this(original, folded, digitsDecoded, quotesDropped) => _map = map;

    private FoldedText(string original, string folded, bool digitsDecoded, bool quotesDropped)
    {
        Original = original;
        Folded = folded;
        _digitsDecoded = digitsDecoded;
        _quotesDropped = quotesDropped;
    }

    /// <summary>The text as written.</summary>
    public string Original { get; }

    /// <summary>The folded text (NFKC, one dash, katakana, lower case, no invisible characters, spelled digits decoded).</summary>
    public string Folded { get; }

    /// <summary>Maps an offset in <see cref="Folded"/> (0..Folded.Length) to the offset in <see cref="Original"/>.</summary>
    public int ToOriginal(int foldedIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(foldedIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(foldedIndex, Folded.Length);
        return Map[foldedIndex];
    }

    /// <summary>
    /// The span of the original text that produced the folded span [foldedStart, foldedStart + foldedLength).
    /// </summary>
    public EvidenceSpan ToEvidence(string field, int foldedStart, int foldedLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(foldedStart);
        ArgumentOutOfRangeException.ThrowIfNegative(foldedLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(foldedStart + foldedLength, Folded.Length);
        var map = Map;
        var start = map[foldedStart];
        var end = foldedLength == 0 ? start : EndOfSource(foldedStart + foldedLength - 1);
        return new EvidenceSpan(field, start, end - start, Original.Substring(start, end - start));
    }

    // The original end of the source unit behind folded char i: the next folded char that came from
    // a later source unit starts there (one source unit can fold into several chars, e.g. ㍿).
    private int EndOfSource(int i)
    {
        var map = Map;
        var source = map[i];
        var j = i + 1;
        while (j < Folded.Length && map[j] == source)
        {
            j++;
        }

        return map[j] > source ? map[j] : Original.Length;
    }

    // The map for one call (never kept past it: the slot's buffer is the thread's next fold's). The slot is read only on the
    // folding thread, the only one that writes it, and only while its generation is still this text's fold. Idempotent:
    // two threads building the text's own map at once build the same map.
    private int[] Map =>
        _map ?? (_slot is { } slot && Environment.CurrentManagedThreadId == _thread && slot.Generation == _generation
            ? slot.Map
            : _map = TextFolder.BuildMap(Original, _digitsDecoded, _quotesDropped, Folded.Length));
}

/// <summary>A thread's map buffer and the number of folds written to it: the map of the thread's last fold.</summary>
internal sealed class MapSlot
{
    /// <summary>The map of the last fold (longer than it: read only up to that fold's length).</summary>
    public int[] Map { get; set; } = [];

    /// <summary>Counts the folds on this thread: a folded text knows its own.</summary>
    public long Generation { get; set; }
}
