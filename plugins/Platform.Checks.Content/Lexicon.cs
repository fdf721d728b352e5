using Platform.Checks.Text;

namespace Platform.Checks.Content;

/// <summary>
/// Every cue phrase of every detector, folded like the text and searched in one pass: a table indexed by a text
/// char lists the cues starting with it (longest first) and the second char is compared before the whole cue, so
/// each text char costs one array read and, rarely, a few compares. Measured faster here than one
/// <c>SearchValues&lt;string&gt;</c> per family (many Japanese cues make its candidates dense); see the report.
/// Built once per check instance; immutable after <see cref="Freeze"/>.
/// </summary>
internal sealed class Lexicon
{
    /// <summary>At most this many hits are recorded per text, which keeps a huge text linear and bounded.</summary>
    public const int MaxHits = 1024;

    private readonly Dictionary<string, List<int>> _cueSets = new(StringComparer.Ordinal);
    private Entry[]?[]? _byFirstChar;

    /// <summary>Number of cue families.</summary>
    public int Count { get; private set; }

    /// <summary>Registers a cue family.</summary>
    public CueSet Add(params string[] cues)
    {
        if (_byFirstChar is not null)
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
        var table = new Entry[]?[char.MaxValue + 1];
        foreach (var group in _cueSets
            .Select(kv => new Entry(kv.Key, kv.Value.ToArray(), char.IsAsciiLetter(kv.Key[0]), char.IsAsciiLetter(kv.Key[^1])))
            .GroupBy(e => e.Cue[0]))
        {
            table[group.Key] = group.OrderByDescending(e => e.Cue.Length).ToArray();
        }

        _byFirstChar = table;
    }

    /// <summary>Finds every cue occurrence (overlapping ones included) in a folded text, up to <see cref="MaxHits"/>.</summary>
    public HitIndex Scan(string folded)
    {
        var table = _byFirstChar ?? throw new InvalidOperationException("Freeze the lexicon first.");
        var index = new HitIndex(Count);
        var text = folded.AsSpan();
        for (var pos = 0; pos < text.Length && index.Total < MaxHits; pos++)
        {
            var bucket = table[text[pos]];
            if (bucket is null)
            {
                continue;
            }

            var next = pos + 1 < text.Length ? text[pos + 1] : '\0';
            foreach (var entry in bucket)
            {
                var cue = entry.Cue;
                if ((cue.Length > 1 && cue[1] != next) || !text[pos..].StartsWith(cue, StringComparison.Ordinal) || !entry.OnBoundary(text, pos))
                {
                    continue;
                }

                foreach (var id in entry.SetIds)
                {
                    index.Add(id, pos, cue.Length);
                }
            }
        }

        return index;
    }

    private sealed record Entry(string Cue, int[] SetIds, bool AsciiStart, bool AsciiEnd)
    {
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
