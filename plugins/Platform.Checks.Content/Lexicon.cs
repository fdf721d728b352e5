using Platform.Checks.Text;

namespace Platform.Checks.Content;

/// <summary>
/// Every cue phrase of every detector, folded like the text and found in one pass by one
/// <see cref="PhraseMatcher"/> (cue families are its phrase sets; a cue that starts or ends with an ASCII letter
/// matches whole words only). Built once per check instance; immutable after <see cref="Freeze"/>.
/// </summary>
internal sealed class Lexicon
{
    /// <summary>At most this many hits are recorded per text, which keeps a huge text linear and bounded.</summary>
    public const int MaxHits = 1024;

    // Per-thread buffer of one scan's raw hits, copied into the thread's index before the next scan.
    private static readonly PerThread<PhraseHit[]> t_hits = new();

    private readonly List<(string Cue, int Id)> _cues = [];
    private PhraseMatcher? _matcher;

    /// <summary>Number of cue families.</summary>
    public int Count { get; private set; }

    /// <summary>Registers a cue family.</summary>
    public CueSet Add(params string[] cues)
    {
        if (_matcher is not null)
        {
            throw new InvalidOperationException("The lexicon is frozen.");
        }

        var id = Count++;
        foreach (var raw in cues)
        {
            _cues.Add((TextFolder.Fold(raw, decodeDigits: false).Folded.Trim(), id));
        }

        return new CueSet(id);
    }

    /// <summary>Builds the search structures; no cue can be added afterwards.</summary>
    public void Freeze() => _matcher = new PhraseMatcher(_cues, wholeAsciiWords: true);

    /// <summary>Finds every cue occurrence (overlapping ones included) in a folded text, up to about <see cref="MaxHits"/>.</summary>
    /// <remarks>
    /// At one position the hits come longest first, so a family's first hit at a position is its longest cue there.
    /// The index is this thread's and valid until the next scan on the thread.
    /// </remarks>
    public HitIndex Scan(string folded)
    {
        var matcher = _matcher ?? throw new InvalidOperationException("Freeze the lexicon first.");
        var hits = t_hits.Value ??= new PhraseHit[64];
        var count = matcher.FindAll(folded, ref hits, MaxHits);
        t_hits.Value = hits;
        var index = HitIndex.Rent(Count);
        foreach (var hit in hits.AsSpan(0, count))
        {
            index.Add(hit.SetId, hit.Start, hit.Length);
        }

        return index;
    }
}
