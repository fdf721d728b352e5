using Platform.Checks.Text;

namespace Platform.Checks.Content;

/// <summary>
/// The cue hits of one text, by family, in text order. One instance per thread, reused by every scan on that
/// thread: valid until the next <see cref="Rent"/> there, and never handed to another thread.
/// </summary>
internal sealed class HitIndex
{
    private static readonly PerThread<HitIndex> t_current = new();

    // Per text: a bit per family that has a hit, so the detectors' many "does the text have this family" questions read a
    // few hundred bytes that stay in the cache, instead of one int per family (1,797 families: 7 KB) per question; cleared
    // at each rent, a word per 64 families.
    private ulong[] _present = [];

    // Per family with a hit this rent: its first hit in the low 32 bits and its last in the high ones, one read for both.
    private long[] _ends = [];
    private (int Start, int Length, int Next)[] _hits = new (int, int, int)[64];

    /// <summary>Number of hits recorded.</summary>
    public int Total { get; private set; }

    /// <summary>This thread's index, emptied, for <paramref name="families"/> cue families.</summary>
    public static HitIndex Rent(int families)
    {
        var index = t_current.Value ??= new HitIndex();
        if (index._ends.Length != families)
        {
            index._present = new ulong[(families + 63) >> 6];
            index._ends = new long[families];
        }
        else
        {
            Array.Clear(index._present);
        }

        index.Total = 0;
        return index;
    }

    /// <summary>Records a hit of family <paramref name="id"/>; hits must be added in increasing start order.</summary>
    public void Add(int id, int start, int length)
    {
        var n = Total;
        if (n == _hits.Length)
        {
            Array.Resize(ref _hits, n * 2);
        }

        _hits[n] = (start, length, -1);
        ref var word = ref _present[id >> 6];
        var bit = 1UL << id;
        if ((word & bit) == 0)
        {
            word |= bit;
            _ends[id] = (uint)n | ((long)n << 32);
        }
        else
        {
            ref var ends = ref _ends[id];
            _hits[(int)(ends >>> 32)].Next = n;
            ends = (uint)ends | ((long)n << 32);
        }

        Total = n + 1;
    }

    /// <summary>
    /// Records a hit of each family of <paramref name="ids"/> at one place, in that order: <see cref="Add"/> for each, with the
    /// arrays read once (most places of a scan are past every cancelling test and go in whole).
    /// </summary>
    public void AddAll(ReadOnlySpan<int> ids, int start, int length)
    {
        var n = Total;
        if (n + ids.Length > _hits.Length)
        {
            Array.Resize(ref _hits, Math.Max(n * 2, n + ids.Length));
        }

        var hits = _hits;
        var present = _present;
        var ends = _ends;
        foreach (var id in ids)
        {
            hits[n] = (start, length, -1);
            ref var word = ref present[id >> 6];
            var bit = 1UL << id;
            ref var end = ref ends[id];
            if ((word & bit) == 0)
            {
                word |= bit;
                end = (uint)n | ((long)n << 32);
            }
            else
            {
                hits[(int)(end >>> 32)].Next = n;
                end = (uint)end | ((long)n << 32);
            }

            n++;
        }

        Total = n;
    }

    /// <summary>A bit per family with a hit (family <c>id</c> at bit <c>id &amp; 63</c> of word <c>id &gt;&gt; 6</c>).</summary>
    public ReadOnlySpan<ulong> Present => _present;

    /// <summary>Whether the family has a hit: one bit read, no walk.</summary>
    public bool Contains(CueSet set) => (_present[set.Id >> 6] & (1UL << set.Id)) != 0;

    /// <summary>The hits of one family, in text order.</summary>
    public Enumerator Of(CueSet set) => new(this, Contains(set) ? (int)_ends[set.Id] : -1);

    /// <summary>Walks the hits of one family without allocating.</summary>
    public struct Enumerator
    {
        private readonly HitIndex _index;
        private int _next;

        public Enumerator(HitIndex index, int first)
        {
            _index = index;
            _next = first;
            Current = default;
        }

        public Hit Current { get; private set; }

        public readonly Enumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next < 0)
            {
                return false;
            }

            var (start, length, next) = _index._hits[_next];
            Current = new Hit(start, length);
            _next = next;
            return true;
        }
    }
}
