using Platform.Checks.Text;

namespace Platform.Checks.Content;

/// <summary>
/// The cue hits of one text, by family, in text order. One instance per thread, reused by every scan on that
/// thread: valid until the next <see cref="Rent"/> there, and never handed to another thread.
/// </summary>
internal sealed class HitIndex
{
    private static readonly PerThread<HitIndex> t_current = new();

    // Per family: its first and last hit, valid only when _familyRent is this rent's number, so a scan touches only the
    // families it finds instead of resetting all of them.
    private int[] _first = [];
    private int[] _last = [];
    private int[] _familyRent = [];
    private int _rent;
    private (int Start, int Length, int Next)[] _hits = new (int, int, int)[64];

    /// <summary>Number of hits recorded.</summary>
    public int Total { get; private set; }

    /// <summary>This thread's index, emptied, for <paramref name="families"/> cue families.</summary>
    public static HitIndex Rent(int families)
    {
        var index = t_current.Value ??= new HitIndex();
        if (index._first.Length != families)
        {
            index._first = new int[families];
            index._last = new int[families];
            index._familyRent = new int[families];
        }

        if (++index._rent == int.MaxValue)
        {
            Array.Clear(index._familyRent);
            index._rent = 1;
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
        if (_familyRent[id] != _rent)
        {
            _familyRent[id] = _rent;
            _first[id] = n;
        }
        else
        {
            _hits[_last[id]].Next = n;
        }

        _last[id] = n;
        Total = n + 1;
    }

    /// <summary>Whether the family has a hit: one read, no walk (every family recorded this rent has its first hit).</summary>
    public bool Contains(CueSet set) => _familyRent[set.Id] == _rent;

    /// <summary>The hits of one family, in text order.</summary>
    public Enumerator Of(CueSet set) => new(this, _familyRent[set.Id] == _rent ? _first[set.Id] : -1);

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
