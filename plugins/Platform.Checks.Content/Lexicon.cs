using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Platform.Checks.Text;

namespace Platform.Checks.Content;

/// <summary>
/// Every cue phrase of every detector, folded like the text and searched in one pass: cues are bucketed by a hash of
/// their first two chars (one-char cues by their char), so each text char costs two array reads and, rarely, a few
/// compares. Measured faster here than one <c>SearchValues&lt;string&gt;</c> per family (many Japanese cues make its
/// candidates dense) and than buckets by first char only (common first chars such as 報 or サ have long buckets).
/// Built once per check instance; immutable after <see cref="Freeze"/>.
/// </summary>
internal sealed class Lexicon
{
    /// <summary>At most this many hits are recorded per text, which keeps a huge text linear and bounded.</summary>
    public const int MaxHits = 1024;

    private const int PairBuckets = 1 << 13;

    private readonly Dictionary<string, List<int>> _cueSets = new(StringComparer.Ordinal);
    private ulong[]? _singleBits;
    private Dictionary<char, Entry> _singles = [];
    private Entry[]?[]? _byPair;
    private ulong[] _pairBits = [];

    /// <summary>Number of cue families.</summary>
    public int Count { get; private set; }

    /// <summary>Registers a cue family.</summary>
    public CueSet Add(params string[] cues)
    {
        if (_singleBits is not null)
        {
            throw new InvalidOperationException("The lexicon is frozen.");
        }

        var id = Count++;
        foreach (var raw in cues)
        {
            var cue = TextFolder.Fold(raw, decodeDigits: false).Folded.Trim();
            if (cue.Length == 0)
            {
                continue;
            }

            if (!_cueSets.TryGetValue(cue, out var ids))
            {
                ids = [];
                _cueSets[cue] = ids;
            }

            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return new CueSet(id);
    }

    /// <summary>Builds the search structures; no cue can be added afterwards.</summary>
    public void Freeze()
    {
        var entries = _cueSets
            .Select(kv => new Entry(kv.Key, kv.Value.ToArray(), char.IsAsciiLetter(kv.Key[0]), char.IsAsciiLetter(kv.Key[^1])))
            .ToArray();
        // One-char cues: one bit per char (8 KB, where a table of entries would take 512 KB of cache), then a lookup.
        var singles = entries.Where(e => e.Cue.Length == 1).ToDictionary(e => e.Cue[0]);
        var singleBits = new ulong[(char.MaxValue + 1) / 64];
        foreach (var c in singles.Keys)
        {
            singleBits[c >> 6] |= 1UL << (c & 63);
        }

        var byPair = new Entry[]?[PairBuckets];
        foreach (var group in entries.Where(e => e.Cue.Length > 1).GroupBy(e => PairHash(e.Cue[0], e.Cue[1])))
        {
            byPair[group.Key] = group.OrderByDescending(e => e.Cue.Length).ToArray();
        }

        // One bit per pair hash: whether its bucket has cues (1 KB, read before the 64 KB bucket table).
        var pairBits = new ulong[PairBuckets / 64];
        for (var h = 0; h < PairBuckets; h++)
        {
            if (byPair[h] is not null)
            {
                pairBits[h >> 6] |= 1UL << (h & 63);
            }
        }

        _pairBits = pairBits;
        _byPair = byPair;
        _singles = singles;
        _singleBits = singleBits;
    }

    /// <summary>Finds every cue occurrence (overlapping ones included) in a folded text, up to <see cref="MaxHits"/>.</summary>
    /// <remarks>
    /// At each position, one hashed read of the position's two chars gives the (usually empty) bucket of cues of two
    /// chars or more that could start there, longest first, and one table read the one-char cue: the same order as
    /// "longest first", so a family's first hit at a position is its longest cue there. The index is this thread's
    /// and valid until the next scan on the thread.
    /// </remarks>
    public HitIndex Scan(string folded)
    {
        var singleBitsTable = _singleBits ?? throw new InvalidOperationException("Freeze the lexicon first.");

        // The tables have an entry for every char (and every pair hash), so the reads need no bounds checks.
        ref var singleBits = ref MemoryMarshal.GetArrayDataReference(singleBitsTable);
        ref var pairBits = ref MemoryMarshal.GetArrayDataReference(_pairBits);
        ref var byPair = ref MemoryMarshal.GetArrayDataReference(_byPair!);
        var index = HitIndex.Rent(Count);
        var text = folded.AsSpan();
        for (var pos = 0; pos < text.Length && index.Total < MaxHits; pos++)
        {
            var c = text[pos];
            var h = pos + 1 < text.Length ? PairHash(c, text[pos + 1]) : -1;
            if (h >= 0 && (Unsafe.Add(ref pairBits, h >> 6) & (1UL << (h & 63))) != 0)
            {
                var bucket = Unsafe.Add(ref byPair, h)!;
                foreach (var entry in bucket)
                {
                    if (entry.Prefix.IsAt(text, pos) && entry.OnBoundary(text, pos))
                    {
                        foreach (var id in entry.SetIds)
                        {
                            index.Add(id, pos, entry.Cue.Length);
                        }
                    }
                }
            }

            if ((Unsafe.Add(ref singleBits, c >> 6) & (1UL << (c & 63))) != 0 && _singles[c] is var single && single.OnBoundary(text, pos))
            {
                foreach (var id in single.SetIds)
                {
                    index.Add(id, pos, 1);
                }
            }
        }

        return index;
    }

    private static int PairHash(char first, char second) => ((first * 0x9E37) ^ second) & (PairBuckets - 1);

    private sealed record Entry(string Cue, int[] SetIds, bool AsciiStart, bool AsciiEnd)
    {
        /// <summary>The cue's first chars, for a one-compare test.</summary>
        public PhrasePrefix Prefix { get; } = new(Cue);

        // A cue that starts or ends with an ASCII letter matches whole words only: "pr" not in "print".
        public bool OnBoundary(ReadOnlySpan<char> text, int pos)
        {
            if (AsciiStart && pos > 0 && char.IsAsciiLetter(text[pos - 1]))
            {
                return false;
            }

            var end = pos + Cue.Length;
            return !AsciiEnd || end >= text.Length || !char.IsAsciiLetter(text[end]);
        }
    }
}
