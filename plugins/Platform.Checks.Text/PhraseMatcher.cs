using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Platform.Checks.Text;

/// <summary>One occurrence of a phrase of set <paramref name="SetId"/> at <paramref name="Start"/>.</summary>
public readonly record struct PhraseHit(int SetId, int Start, int Length);

/// <summary>
/// Finds every phrase of many phrase sets in one pass over a folded text, the search each check plugin runs once per
/// text. At each position one bit test on the hash of the position's two chars rejects most positions; otherwise
/// the candidates of that hash sit side by side in one array, 16 bytes each (first four chars as one 64-bit word,
/// length, set), so a test is a load and a compare, and a hit is recorded without touching the phrase itself: the
/// scan is bound by memory reads, and the tables are laid out for few of them. One-char phrases have a bit per char.
/// Immutable once built, so one instance serves every thread.
/// </summary>
public sealed class PhraseMatcher
{
    private const int PairBuckets = 1 << 13;

    private readonly string[] _phrases;
    private readonly int[] _setIdStart;
    private readonly int[] _setIds;
    private readonly bool _wholeAsciiWords;
    private readonly ulong[] _pairBits = new ulong[PairBuckets / 64];
    private readonly int[] _bucketStart = new int[PairBuckets + 1];
    private readonly Candidate[] _candidates;
    private readonly ulong[] _singleBits = new ulong[(char.MaxValue + 1) / 64];
    private readonly Dictionary<char, Candidate> _singles = [];

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
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(setId, Candidate.Several);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(phrase.Length, Candidate.MaxLength);
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
        var setIds = new List<int>();
        for (var e = 0; e < _phrases.Length; e++)
        {
            _setIdStart[e] = setIds.Count;
            setIds.AddRange(sets[_phrases[e]]);
        }

        _setIdStart[^1] = setIds.Count;
        _setIds = [.. setIds];
        var entries = Enumerable.Range(0, _phrases.Length).Select(e => new Candidate(_phrases[e], e, sets[_phrases[e]])).ToArray();
        foreach (var single in entries.Where(c => c.Length == 1))
        {
            var c = _phrases[single.Entry][0];
            _singles[c] = single;
            _singleBits[c >> 6] |= 1UL << (c & 63);
        }

        // Candidates grouped by bucket, longest first within one, so that the hits at one position come longest first.
        _candidates = entries
            .Where(c => c.Length > 1)
            .OrderBy(c => PairHash(_phrases[c.Entry][0], _phrases[c.Entry][1]))
            .ThenByDescending(c => c.Length)
            .ThenBy(c => _phrases[c.Entry], StringComparer.Ordinal)
            .ToArray();
        foreach (var candidate in _candidates)
        {
            var bucket = PairHash(_phrases[candidate.Entry][0], _phrases[candidate.Entry][1]);
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
        var length = text.Length;
        var n = 0;
        for (var pos = 0; pos < length && n < maxHits; pos++)
        {
            var c = Unsafe.Add(ref chars, pos);
            if (pos + 1 < length)
            {
                var h = PairHash(c, Unsafe.Add(ref chars, pos + 1));
                if ((Unsafe.Add(ref pairBits, h >> 6) & (1UL << (h & 63))) != 0)
                {
                    // The four chars at pos, zero past the end (no phrase char is zero, so those never match).
                    var word = pos + 4 <= length
                        ? Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref chars, pos)))
                        : WordAtEnd(text, pos);
                    var end = Unsafe.Add(ref bucketStart, h + 1);
                    for (var k = Unsafe.Add(ref bucketStart, h); k < end; k++)
                    {
                        ref var candidate = ref Unsafe.Add(ref candidates, k);
                        if ((word & candidate.Mask) == candidate.Word && (candidate.IsShortAndPlain || Confirm(candidate, text, pos)))
                        {
                            n = Record(candidate, pos, ref hits, n);
                        }
                    }
                }
            }

            if ((Unsafe.Add(ref singleBits, c >> 6) & (1UL << (c & 63))) != 0)
            {
                n = RecordSingle(text, pos, ref hits, n);
            }
        }

        return n;
    }

    private static int PairHash(char first, char second) => ((first * 0x9E37) ^ second) & (PairBuckets - 1);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong WordAtEnd(ReadOnlySpan<char> text, int pos)
    {
        ulong word = 0;
        for (var i = 0; pos + i < text.Length && i < 4; i++)
        {
            word |= (ulong)text[pos + i] << (16 * i);
        }

        return word;
    }

    // The first four chars match: the rest of the phrase, and whole ASCII words. Out of the scan loop, which stays small.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool Confirm(in Candidate candidate, ReadOnlySpan<char> text, int pos)
    {
        var end = pos + candidate.Length;
        if (end > text.Length
            || (candidate.Length > 4 && !text[(pos + 4)..end].SequenceEqual(_phrases[candidate.Entry].AsSpan(4))))
        {
            return false;
        }

        return !_wholeAsciiWords
            || ((!candidate.AsciiStart || pos == 0 || !char.IsAsciiLetter(text[pos - 1]))
                && (!candidate.AsciiEnd || end >= text.Length || !char.IsAsciiLetter(text[end])));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int RecordSingle(ReadOnlySpan<char> text, int pos, ref PhraseHit[] hits, int n)
    {
        var single = _singles[text[pos]];
        return Confirm(single, text, pos) ? Record(single, pos, ref hits, n) : n;
    }

    private int Record(in Candidate candidate, int pos, ref PhraseHit[] hits, int n)
    {
        if (n + 1 >= hits.Length || candidate.SetId == Candidate.Several)
        {
            return RecordSeveral(candidate, pos, ref hits, n);
        }

        hits[n] = new PhraseHit(candidate.SetId, pos, candidate.Length);
        return n + 1;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int RecordSeveral(in Candidate candidate, int pos, ref PhraseHit[] hits, int n)
    {
        for (var i = _setIdStart[candidate.Entry]; i < _setIdStart[candidate.Entry + 1]; i++)
        {
            if (n == hits.Length)
            {
                Array.Resize(ref hits, Math.Max(16, n * 2));
            }

            hits[n++] = new PhraseHit(_setIds[i], pos, candidate.Length);
        }

        return n;
    }

    /// <summary>
    /// A phrase in 16 bytes: its first four chars as one word (zero past its end), its entry, length, set (or
    /// <see cref="Several"/>) and whether it starts or ends with an ASCII letter.
    /// </summary>
    private readonly struct Candidate
    {
        public const int Several = ushort.MaxValue;
        public const int MaxLength = 0x3FFF;
        private const int AsciiStartFlag = 0x4000;
        private const int AsciiEndFlag = 0x8000;

        public readonly ulong Word;
        public readonly int Entry;
        private readonly ushort _lengthAndFlags;
        private readonly ushort _setId;

        public Candidate(string phrase, int entry, List<int> sets)
        {
            Entry = entry;
            for (var i = 0; i < Math.Min(4, phrase.Length); i++)
            {
                Word |= (ulong)phrase[i] << (16 * i);
            }

            _lengthAndFlags = (ushort)(phrase.Length
                | (char.IsAsciiLetter(phrase[0]) ? AsciiStartFlag : 0)
                | (char.IsAsciiLetter(phrase[^1]) ? AsciiEndFlag : 0));
            _setId = (ushort)(sets.Count == 1 ? sets[0] : Several);
        }

        public int Length => _lengthAndFlags & MaxLength;

        public int SetId => _setId;

        public bool AsciiStart => (_lengthAndFlags & AsciiStartFlag) != 0;

        public bool AsciiEnd => (_lengthAndFlags & AsciiEndFlag) != 0;

        /// <summary>Four chars or fewer and no ASCII letter at either end: a matching word is a hit, whatever the flag.</summary>
        public bool IsShortAndPlain => _lengthAndFlags <= 4;

        /// <summary>The bits of <see cref="Word"/> that the phrase fills (its first two to four chars).</summary>
        public ulong Mask => ulong.MaxValue >> (64 - (16 * Math.Min(Length, 4)));
    }
}
