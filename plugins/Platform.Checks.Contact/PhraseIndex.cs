using Platform.Checks.Text;

namespace Platform.Checks.Contact;

/// <summary>
/// The occurrences of every phrase set of one <see cref="PhraseTable.Table"/> in one text, grouped by set in start
/// order, so a set's look-ups are binary searches instead of text searches. Reused: valid until the next
/// <see cref="Load"/>.
/// </summary>
internal sealed class PhraseIndex
{
    // Per set: its occurrence nodes [_setStart, _setEnd), valid only when _setLoad is this load's number; the sets a
    // text does not contain (nearly all of them) are then never touched.
    private int[] _setStart = [];
    private int[] _setEnd = [];
    private int[] _setLoad = [];
    private int[] _present = new int[16];

    // A bit per set that occurs in this load's text: a gate's question "does any of these sets occur" is then a few ANDs
    // over a few hundred bytes (ContactScanner's gates), not a walk over its sets reading three arrays per set.
    private ulong[] _presentBits = [];
    private int _load;
    private Node[] _nodes = new Node[64];
    private PhraseHit[] _raw = new PhraseHit[64];

    /// <summary>Finds the occurrences of every set of <paramref name="table"/> in <paramref name="text"/>.</summary>
    public void Load(string text, PhraseTable.Table table)
    {
        if (_setStart.Length != table.SetCount)
        {
            _setStart = new int[table.SetCount];
            _setEnd = new int[table.SetCount];
            _setLoad = new int[table.SetCount];
            _presentBits = new ulong[(table.SetCount + 63) >> 6];
        }
        else
        {
            Array.Clear(_presentBits);
        }

        if (++_load == int.MaxValue)
        {
            Array.Clear(_setLoad);
            _load = 1;
        }

        Sort(table.Matcher.FindAll(text, ref _raw));
    }

    /// <summary>Whether set <paramref name="id"/> occurs.</summary>
    public bool Any(int id) => (_presentBits[id >> 6] & (1UL << id)) != 0;

    /// <summary>Whether any set whose bit <paramref name="sets"/> has (a bit per set id, as <see cref="Any"/> reads them) occurs.</summary>
    public bool AnyOf(ulong[] sets)
    {
        var words = Math.Min(sets.Length, _presentBits.Length);
        for (var w = 0; w < words; w++)
        {
            if ((sets[w] & _presentBits[w]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Start of the first occurrence of set <paramref name="id"/> lying wholly inside [from, to), or -1.</summary>
    public int IndexIn(int id, int from, int to)
    {
        if (_setLoad[id] != _load)
        {
            return -1;
        }

        var k = LowerBound(id, from);
        var end = _setEnd[id];
        for (; k < end && _nodes[k].Start < to; k++)
        {
            if (_nodes[k].Start + _nodes[k].MinLength <= to)
            {
                return _nodes[k].Start;
            }
        }

        return -1;
    }

    /// <summary>Length of the longest phrase of set <paramref name="id"/> starting at <paramref name="index"/>, or 0.</summary>
    public int MatchLength(int id, int index)
    {
        if (_setLoad[id] != _load)
        {
            return 0;
        }

        var k = LowerBound(id, index);
        return k < _setEnd[id] && _nodes[k].Start == index ? _nodes[k].MaxLength : 0;
    }

    /// <summary>The occurrences of set <paramref name="id"/>: node indexes [first, end).</summary>
    public (int First, int End) Range(int id) => _setLoad[id] == _load ? (_setStart[id], _setEnd[id]) : (0, 0);

    /// <summary>Start and longest length of occurrence node <paramref name="k"/>.</summary>
    public (int Start, int Length) NodeAt(int k) => (_nodes[k].Start, _nodes[k].MaxLength);

    private int LowerBound(int id, int start)
    {
        int lo = _setStart[id], hi = _setEnd[id];
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_nodes[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // Groups the occurrences by set (counting sort over the sets present, stable, so each set stays in start order)
    // and keeps one node per set and start with the shortest and longest phrase there.
    private void Sort(int rawCount)
    {
        var present = 0;
        foreach (var r in _raw.AsSpan(0, rawCount))
        {
            if (_setLoad[r.SetId] != _load)
            {
                _setLoad[r.SetId] = _load;
                _setStart[r.SetId] = 0;
                _presentBits[r.SetId >> 6] |= 1UL << r.SetId;
                if (present == _present.Length)
                {
                    Array.Resize(ref _present, present * 2);
                }

                _present[present++] = r.SetId;
            }

            _setStart[r.SetId]++;
        }

        var offset = 0;
        foreach (var id in _present.AsSpan(0, present))
        {
            var count = _setStart[id];
            _setStart[id] = offset;
            _setEnd[id] = offset;
            offset += count;
        }

        if (_nodes.Length < offset)
        {
            _nodes = new Node[Math.Max(offset, _nodes.Length * 2)];
        }

        foreach (var r in _raw.AsSpan(0, rawCount))
        {
            var end = _setEnd[r.SetId];
            if (end > _setStart[r.SetId] && _nodes[end - 1].Start == r.Start)
            {
                ref var last = ref _nodes[end - 1];
                last = new Node(r.Start, Math.Min(last.MinLength, r.Length), Math.Max(last.MaxLength, r.Length));
                continue;
            }

            _nodes[end] = new Node(r.Start, r.Length, r.Length);
            _setEnd[r.SetId] = end + 1;
        }
    }

    private readonly record struct Node(int Start, int MinLength, int MaxLength);
}
