namespace Platform.Checks.Content;

/// <summary>The cue hits of one text, by family, in text order.</summary>
internal sealed class HitIndex
{
    private readonly int[] _first;
    private readonly int[] _last;
    private readonly List<(int Start, int Length, int Next)> _hits = [];

    public HitIndex(int families)
    {
        _first = new int[families];
        _last = new int[families];
        Array.Fill(_first, -1);
    }

    /// <summary>Number of hits recorded.</summary>
    public int Total => _hits.Count;

    /// <summary>Records a hit of family <paramref name="id"/>; hits must be added in increasing start order.</summary>
    public void Add(int id, int start, int length)
    {
        var n = _hits.Count;
        _hits.Add((start, length, -1));
        if (_first[id] < 0)
        {
            _first[id] = n;
        }
        else
        {
            var last = _hits[_last[id]];
            _hits[_last[id]] = (last.Start, last.Length, n);
        }

        _last[id] = n;
    }

    /// <summary>The hits of one family, in text order.</summary>
    public Enumerator Of(CueSet set) => new(this, _first[set.Id]);

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
