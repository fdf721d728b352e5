using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Platform.Checks.Text;

/// <summary>One occurrence of a phrase of set <paramref name="SetId"/> at <paramref name="Start"/>.</summary>
public readonly record struct PhraseHit(int SetId, int Start, int Length);

/// <summary>
/// Finds every phrase of many phrase sets in one pass over a folded text, the search each check plugin runs once per
/// text. At each position one bit test on the hash of the position's two chars rejects most positions; otherwise
/// the candidates of that hash sit side by side in one array (first four chars as one 64-bit word), so a test is a
/// load and a compare, with no pointer to follow. One-char phrases have a bit per char. Immutable once built, so one
/// instance serves every thread.
/// </summary>
public sealed class PhraseMatcher
{
    private const int PairBuckets = 1 << 13;

    private readonly string[] _phrases;
    private readonly int[] _setIdStart;
    private readonly int[] _setIds;
    private readonly bool[] _asciiStart;
    private readonly bool[] _asciiEnd;
    private readonly bool _wholeAsciiWords;
    private readonly ulong[] _pairBits = new ulong[PairBuckets / 64];
    private readonly int[] _bucketStart = new int[PairBuckets + 1];
    private readonly Candidate[] _candidates;
    private readonly ulong[] _singleBits = new ulong[(char.MaxValue + 1) / 64];
    private readonly Dictionary<char, int> _singles = [];

    /// <summary>
    /// Builds the matcher. <paramref name="phrases"/> are already folded like the text; a phrase may belong to several
    /// sets. With <paramref name="wholeAsciiWords"/>, a phrase that starts or ends with an ASCII letter matches whole
    /// words only ("pr" is not found in "print").
    /// </summary>
    public PhraseMatcher(IEnumerable<(string Phrase, int SetId)> phrases, bool wholeAsciiWords)
    {
        var sets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var maxSet = -1;
        foreach (var (phrase, setId) in phrases)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(setId);
            maxSet = Math.Max(maxSet, setId);
            if (phrase.Length == 0)
            {
                continue;
            }

            if (!sets.TryGetValue(phrase, out var ids))
            {
                sets[phrase] = ids = [];
            }

            if (!ids.Contains(setId))
            {
                ids.Add(setId);
            }
        }

        SetCount = maxSet + 1;
        _wholeAsciiWords = wholeAsciiWords;
        _phrases = [.. sets.Keys.Order(StringComparer.Ordinal)];
        _setIdStart = new int[_phrases.Length + 1];
        _asciiStart = new bool[_phrases.Length];
        _asciiEnd = new bool[_phrases.Length];
        var setIds = new List<int>();
        for (var e = 0; e < _phrases.Length; e++)
        {
            var phrase = _phrases[e];
            _setIdStart[e] = setIds.Count;
            setIds.AddRange(sets[phrase]);
            _asciiStart[e] = char.IsAsciiLetter(phrase[0]);
            _asciiEnd[e] = char.IsAsciiLetter(phrase[^1]);
            if (phrase.Length == 1)
            {
                _singles[phrase[0]] = e;
                _singleBits[phrase[0] >> 6] |= 1UL << (phrase[0] & 63);
            }
        }

        _setIdStart[^1] = setIds.Count;
        _setIds = [.. setIds];

        // Candidates grouped by bucket, longest first within one, so that the hits at one position come longest first.
        var longer = Enumerable.Range(0, _phrases.Length)
            .Where(e => _phrases[e].Length > 1)
            .Select(e => (Bucket: PairHash(_phrases[e][0], _phrases[e][1]), Entry: e))
            .OrderBy(x => x.Bucket).ThenByDescending(x => _phrases[x.Entry].Length).ThenBy(x => _phrases[x.Entry], StringComparer.Ordinal)
            .ToArray();
        _candidates = new Candidate[longer.Length];
        for (var k = 0; k < longer.Length; k++)
        {
            var (bucket, entry) = longer[k];
            _candidates[k] = new Candidate(_phrases[entry], entry);
            _bucketStart[bucket + 1]++;
            _pairBits[bucket >> 6] |= 1UL << (bucket & 63);
        }

        for (var h = 0; h < PairBuckets; h++)
        {
            _bucketStart[h + 1] += _bucketStart[h];
        }
    }

    /// <summary>Number of sets (the highest set id plus one).</summary>
    public int SetCount { get; }

    /// <summary>
    /// Writes every occurrence of every phrase in <paramref name="text"/> (overlapping ones included) to
    /// <paramref name="hits"/>, growing it as needed: in start order, and at one start longest first, one hit per set
    /// the phrase belongs to. Stops after the position where the count reaches <paramref name="maxHits"/>, which
    /// keeps a huge text linear. Returns the number of hits written.
    /// </summary>
    public int FindAll(ReadOnlySpan<char> text, ref PhraseHit[] hits, int maxHits = int.MaxValue)
    {
        // Every table has an entry for every char and every pair hash, so these reads need no bounds checks.
        ref var pairBits = ref MemoryMarshal.GetArrayDataReference(_pairBits);
        ref var bucketStart = ref MemoryMarshal.GetArrayDataReference(_bucketStart);
        ref var candidates = ref MemoryMarshal.GetArrayDataReference(_candidates);
        ref var singleBits = ref MemoryMarshal.GetArrayDataReference(_singleBits);
        ref var chars = ref MemoryMarshal.GetReference(text);
        var n = 0;
        for (var pos = 0; pos < text.Length && n < maxHits; pos++)
        {
            var c = Unsafe.Add(ref chars, pos);
            if (pos + 1 < text.Length)
            {
                var h = PairHash(c, Unsafe.Add(ref chars, pos + 1));
                if ((Unsafe.Add(ref pairBits, h >> 6) & (1UL << (h & 63))) != 0)
                {
                    var end = Unsafe.Add(ref bucketStart, h + 1);
                    for (var k = Unsafe.Add(ref bucketStart, h); k < end; k++)
                    {
                        ref var candidate = ref Unsafe.Add(ref candidates, k);
                        if (candidate.IsAt(text, pos) && OnBoundary(candidate.Entry, text, pos))
                        {
                            n = Record(candidate.Entry, pos, ref hits, n);
                        }
                    }
                }
            }

            if ((Unsafe.Add(ref singleBits, c >> 6) & (1UL << (c & 63))) != 0 && _singles[c] is var single && OnBoundary(single, text, pos))
            {
                n = Record(single, pos, ref hits, n);
            }
        }

        return n;
    }

    private static int PairHash(char first, char second) => ((first * 0x9E37) ^ second) & (PairBuckets - 1);

    private bool OnBoundary(int entry, ReadOnlySpan<char> text, int pos)
    {
        if (!_wholeAsciiWords)
        {
            return true;
        }

        if (_asciiStart[entry] && pos > 0 && char.IsAsciiLetter(text[pos - 1]))
        {
            return false;
        }

        var end = pos + _phrases[entry].Length;
        return !_asciiEnd[entry] || end >= text.Length || !char.IsAsciiLetter(text[end]);
    }

    private int Record(int entry, int pos, ref PhraseHit[] hits, int n)
    {
        var length = _phrases[entry].Length;
        for (var i = _setIdStart[entry]; i < _setIdStart[entry + 1]; i++)
        {
            if (n == hits.Length)
            {
                Array.Resize(ref hits, Math.Max(16, n * 2));
            }

            hits[n++] = new PhraseHit(_setIds[i], pos, length);
        }

        return n;
    }

    /// <summary>A phrase of two chars or more: its first four chars as one word and mask, its length and entry.</summary>
    private readonly struct Candidate
    {
        private readonly ulong _word;
        private readonly ulong _mask;
        private readonly string _phrase;
        private readonly int _length;

        public Candidate(string phrase, int entry)
        {
            _phrase = phrase;
            _length = phrase.Length;
            Entry = entry;
            for (var i = 0; i < Math.Min(4, phrase.Length); i++)
            {
                _word |= (ulong)phrase[i] << (16 * i);
                _mask |= 0xFFFFUL << (16 * i);
            }
        }

        public int Entry { get; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool IsAt(ReadOnlySpan<char> text, int pos)
        {
            var length = _length;
            if (pos + length > text.Length)
            {
                return false;
            }

            if (!BitConverter.IsLittleEndian || pos + 4 > text.Length)
            {
                return text.Slice(pos, length).SequenceEqual(_phrase);
            }

            var word = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), pos)));
            return (word & _mask) == _word && (length <= 4 || text.Slice(pos + 4, length - 4).SequenceEqual(_phrase.AsSpan(4)));
        }
    }
}
