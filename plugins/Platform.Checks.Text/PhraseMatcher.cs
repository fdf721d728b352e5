using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Platform.Checks.Text;

/// <summary>One occurrence of a phrase of set <paramref name="SetId"/> at <paramref name="Start"/>.</summary>
public readonly record struct PhraseHit(int SetId, int Start, int Length);

/// <summary>
/// Finds every phrase of many phrase sets in one pass over a folded text, the search each check plugin runs once per
/// text. Each position reads its next four chars as one 64-bit word, and three bit tests on hashes of that word reject
/// most positions: one on all four chars (phrases of four chars or more), one on the first three (three-char phrases)
/// and one on the first two (two-char phrases). Keying each phrase by as many chars as it has matters for Japanese:
/// folded kana such as "シテ" or "シテイ" begin many phrases and occur in almost every sentence, and a shorter key let a
/// third of all positions through to lists of candidates that then failed. The candidates of one hash sit side by
/// side, 24 bytes each (first four chars as one word, the next four as another, length, set), so a test is a load and
/// a compare, and a hit of up to eight chars is recorded without touching the phrase itself. The hash tables are
/// sparse bitmaps with a running count per 64 bits, so a large table costs its bits and not a slot per hash.
/// One-char phrases have a bit per char. Immutable once built, so one instance serves every thread.
/// </summary>
public sealed class PhraseMatcher
{
    private const int PairBits = 13;
    private const int TripleBits = 15;
    private const int QuadBits = 18;

    private readonly string[] _phrases;
    private readonly int[] _setIdStart;
    private readonly int[] _setIds;
    private readonly bool _wholeAsciiWords;
    private readonly Buckets _pairs;
    private readonly Buckets _triples;
    private readonly Buckets _quads;
    private readonly ulong[] _singleBits = new ulong[(char.MaxValue + 1) / 64];

    // One-char phrases in char order, the one of char c at the rank of c's bit in _singleBits (a running count per 64 bits
    // and a popcount, as in Buckets): an array read instead of a dictionary look-up per hit.
    private readonly int[] _singleCountBefore = new int[(char.MaxValue + 1) / 64];
    private readonly Candidate[] _singles;

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

            if (phrase.Contains('\0'))
            {
                throw new ArgumentException("A phrase cannot contain U+0000, which stands for the end of the text.", nameof(phrases));
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
        _singles = [.. entries.Where(c => c.Length == 1).OrderBy(c => _phrases[c.Entry][0])];
        foreach (var single in _singles)
        {
            var c = _phrases[single.Entry][0];
            _singleBits[c >> 6] |= 1UL << (c & 63);
        }

        for (var w = 1; w < _singleBits.Length; w++)
        {
            _singleCountBefore[w] = _singleCountBefore[w - 1] + BitOperations.PopCount(_singleBits[w - 1]);
        }

        _pairs = new Buckets(PairBits, entries.Where(c => c.Length == 2), c => PairHash(c.Word));
        _triples = new Buckets(TripleBits, entries.Where(c => c.Length == 3), c => TripleHash(c.Word));
        _quads = new Buckets(QuadBits, entries.Where(c => c.Length > 3), c => QuadHash(c.Word));
    }

    /// <summary>Number of sets (the highest set id plus one).</summary>
    public int SetCount { get; }

    /// <summary>
    /// Writes every occurrence of every phrase in <paramref name="text"/> (overlapping ones included) to
    /// <paramref name="hits"/>, growing it as needed: in start order, and at one start longest first, one hit per set
    /// the phrase belongs to. Stops after the position where the count reaches <paramref name="maxHits"/>, which
    /// keeps a huge text linear. Returns the number of hits written.
    /// </summary>
    public int FindAll(ReadOnlySpan<char> text, ref PhraseHit[] hits, int maxHits = int.MaxValue) =>
        Find<EverySet>(text, ref hits, maxHits);

    /// <summary>
    /// Like <see cref="FindAll"/>, but one hit per place: a phrase found at a position is written once instead of once per
    /// set it belongs to. Its <see cref="PhraseHit.SetId"/> is a place key: the phrase's only set when it has one (zero or
    /// more), else the complement of its entry (<c>~entry</c>, negative), whose sets <see cref="SetsOf"/> gives in the order
    /// <see cref="FindAll"/> writes them. A phrase of one set, most of them, then costs its reader no look-up of its sets.
    /// Stops where <see cref="FindAll"/> stops (the hits counted per set), so the two see the same occurrences. Returns the
    /// number of places written.
    /// </summary>
    public int FindPlaces(ReadOnlySpan<char> text, ref PhraseHit[] hits, int maxHits = int.MaxValue) =>
        Find<OnePerPlace>(text, ref hits, maxHits);

    /// <summary>The sets of phrase entry <paramref name="entry"/> (<c>~key</c> of a <see cref="FindPlaces"/> place key that is negative).</summary>
    public ReadOnlySpan<int> SetsOf(int entry) => _setIds.AsSpan(_setIdStart[entry], _setIdStart[entry + 1] - _setIdStart[entry]);

    /// <summary>Number of phrase entries (distinct phrases): the bound of <see cref="FindPlaces"/>' entries.</summary>
    public int EntryCount => _phrases.Length;

    private int Find<TMode>(ReadOnlySpan<char> text, ref PhraseHit[] hits, int maxHits)
        where TMode : struct, IRecordMode
    {
        // Every table has an entry for every char and every hash, so these reads need no bounds checks.
        ref var quadBits = ref MemoryMarshal.GetArrayDataReference(_quads.Bits);
        ref var tripleBits = ref MemoryMarshal.GetArrayDataReference(_triples.Bits);
        ref var pairBits = ref MemoryMarshal.GetArrayDataReference(_pairs.Bits);
        ref var singleBits = ref MemoryMarshal.GetArrayDataReference(_singleBits);
        var length = text.Length;
        var n = 0;
        // Hits counted per set (n itself when every set's hit is written): the bound maxHits applies to it.
        var counted = 0;
        for (var pos = 0; pos < length && (TMode.Places ? counted : n) < maxHits; pos++)
        {
            var word = WordAt(text, pos);
            var h = QuadHash(word);
            if ((Unsafe.Add(ref quadBits, h >> 6) & (1UL << h)) != 0)
            {
                n = MatchLong<TMode>(h, word, text, pos, ref hits, n, ref counted);
            }

            h = TripleHash(word);
            if ((Unsafe.Add(ref tripleBits, h >> 6) & (1UL << h)) != 0)
            {
                n = Match<TMode>(_triples, h, word, text, pos, ref hits, n, ref counted);
            }

            h = PairHash(word);
            if ((Unsafe.Add(ref pairBits, h >> 6) & (1UL << h)) != 0)
            {
                n = Match<TMode>(_pairs, h, word, text, pos, ref hits, n, ref counted);
            }

            var c = (char)word;
            if ((Unsafe.Add(ref singleBits, c >> 6) & (1UL << c)) != 0)
            {
                n = RecordSingle<TMode>(text, pos, ref hits, n, ref counted);
            }
        }

        return n;
    }

    // How hits are written: one per set a phrase belongs to (FindAll), or one per place (FindPlaces). A type argument, so the
    // scan loop is compiled once for each with the choice folded away.
    private interface IRecordMode
    {
        static abstract bool Places { get; }
    }

    private struct EverySet : IRecordMode
    {
        public static bool Places => false;
    }

    private struct OnePerPlace : IRecordMode
    {
        public static bool Places => true;
    }

    // Multiplicative hashes of all four, the first three and the first two chars of a word: the top bits of the product.
    private static int QuadHash(ulong word) => (int)((word * 0x9E37_79B9_7F4A_7C15UL) >> (64 - QuadBits));

    private static int TripleHash(ulong word) => (int)(((word & 0xFFFF_FFFF_FFFF) * 0x9E37_79B9_7F4A_7C15UL) >> (64 - TripleBits));

    private static int PairHash(ulong word) => (int)(((uint)word * 0x9E37_79B1u) >> (32 - PairBits));

    // Two- and three-char phrases: the word's first chars decide, and a whole-word test for ASCII ones.
    private int Match<TMode>(Buckets buckets, int h, ulong word, ReadOnlySpan<char> text, int pos, ref PhraseHit[] hits, int n, ref int counted)
        where TMode : struct, IRecordMode
    {
        ref var candidates = ref MemoryMarshal.GetArrayDataReference(buckets.Candidates);
        var (first, end) = buckets.Range(h);
        for (var k = first; k < end; k++)
        {
            ref var candidate = ref Unsafe.Add(ref candidates, k);
            if ((word & candidate.Mask) == candidate.Word && (candidate.IsShortAndPlain || IsWholeWord(candidate, text, pos)))
            {
                n = Record<TMode>(candidate, pos, ref hits, n, ref counted);
            }
        }

        return n;
    }

    // Phrases of four chars or more: the whole word, then the next four chars (read once per position) as one more
    // word, and only past eight chars or for a whole-word test the phrase itself.
    private int MatchLong<TMode>(int h, ulong word, ReadOnlySpan<char> text, int pos, ref PhraseHit[] hits, int n, ref int counted)
        where TMode : struct, IRecordMode
    {
        ref var candidates = ref MemoryMarshal.GetArrayDataReference(_quads.Candidates);
        var (first, end) = _quads.Range(h);
        ulong tail = 0;
        var tailRead = false;
        for (var k = first; k < end; k++)
        {
            ref var candidate = ref Unsafe.Add(ref candidates, k);
            if (word != candidate.Word)
            {
                continue;
            }

            var length = candidate.Length;
            if (length > 4)
            {
                if (pos + length > text.Length)
                {
                    continue;
                }

                if (!tailRead)
                {
                    tail = WordAt(text, pos + 4);
                    tailRead = true;
                }

                if ((tail & Candidate.MaskOf(length - 4)) != candidate.Tail || (length > 8 && !RestMatches(candidate, text, pos)))
                {
                    continue;
                }
            }

            if (IsWholeWord(candidate, text, pos))
            {
                n = Record<TMode>(candidate, pos, ref hits, n, ref counted);
            }
        }

        return n;
    }

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

    // The four chars at pos as one word, zero past the end (no phrase char is zero, so those never match).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong WordAt(ReadOnlySpan<char> text, int pos) =>
        pos + 4 <= text.Length
            ? Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), pos)))
            : WordAtEnd(text, pos);

    // The first eight chars match and the phrase fits in the text: the chars past eight. Out of the scan loop, which stays small.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool RestMatches(in Candidate candidate, ReadOnlySpan<char> text, int pos) =>
        text.Slice(pos + 8, candidate.Length - 8).SequenceEqual(_phrases[candidate.Entry].AsSpan(8));

    // The phrase matches at pos: with whole ASCII words, no ASCII letter joins it at an end that is a letter.
    private bool IsWholeWord(in Candidate candidate, ReadOnlySpan<char> text, int pos) =>
        !_wholeAsciiWords || !(candidate.AsciiStart || candidate.AsciiEnd) || IsApart(candidate, text, pos);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsApart(in Candidate candidate, ReadOnlySpan<char> text, int pos)
    {
        var end = pos + candidate.Length;
        return (!candidate.AsciiStart || pos == 0 || !char.IsAsciiLetter(text[pos - 1]))
            && (!candidate.AsciiEnd || end >= text.Length || !char.IsAsciiLetter(text[end]));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int RecordSingle<TMode>(ReadOnlySpan<char> text, int pos, ref PhraseHit[] hits, int n, ref int counted)
        where TMode : struct, IRecordMode
    {
        var c = text[pos];
        ref readonly var single = ref _singles[_singleCountBefore[c >> 6] + BitOperations.PopCount(_singleBits[c >> 6] & ((1UL << c) - 1))];
        return IsWholeWord(single, text, pos) ? Record<TMode>(single, pos, ref hits, n, ref counted) : n;
    }

    private int Record<TMode>(in Candidate candidate, int pos, ref PhraseHit[] hits, int n, ref int counted)
        where TMode : struct, IRecordMode
    {
        if (TMode.Places)
        {
            if (n == hits.Length)
            {
                Array.Resize(ref hits, Math.Max(16, n * 2));
            }

            if (candidate.SetId == Candidate.Several)
            {
                hits[n] = new PhraseHit(~candidate.Entry, pos, candidate.Length);
                counted += _setIdStart[candidate.Entry + 1] - _setIdStart[candidate.Entry];
            }
            else
            {
                hits[n] = new PhraseHit(candidate.SetId, pos, candidate.Length);
                counted++;
            }

            return n + 1;
        }

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
    /// Candidates grouped by hash, longest first within one (so that the hits at one position come longest first),
    /// with a bit per hash that has any. A hash's group is found by counting the bits before its own (a running count
    /// per 64 bits and one popcount), so the table holds a start per group and not per hash.
    /// </summary>
    private sealed class Buckets
    {
        private readonly int[] _countBefore;
        private readonly int[] _groupStart;

        public Buckets(int hashBits, IEnumerable<Candidate> candidates, Func<Candidate, int> hash)
        {
            var size = 1 << hashBits;
            Bits = new ulong[size / 64];
            Candidates = candidates.OrderBy(hash).ThenByDescending(c => c.Length).ThenBy(c => c.Entry).ToArray();
            var groupStart = new List<int>();
            for (var k = 0; k < Candidates.Length; k++)
            {
                var h = hash(Candidates[k]);
                if (k == 0 || h != hash(Candidates[k - 1]))
                {
                    groupStart.Add(k);
                }

                Bits[h >> 6] |= 1UL << (h & 63);
            }

            groupStart.Add(Candidates.Length);
            _groupStart = [.. groupStart];
            _countBefore = new int[Bits.Length];
            for (var w = 1; w < Bits.Length; w++)
            {
                _countBefore[w] = _countBefore[w - 1] + BitOperations.PopCount(Bits[w - 1]);
            }
        }

        public ulong[] Bits { get; }

        public Candidate[] Candidates { get; }

        /// <summary>The candidates [first, end) of hash <paramref name="h"/>, whose bit is set.</summary>
        public (int First, int End) Range(int h)
        {
            var w = h >> 6;
            var group = _countBefore[w] + BitOperations.PopCount(Bits[w] & ((1UL << h) - 1));
            return (_groupStart[group], _groupStart[group + 1]);
        }
    }

    /// <summary>
    /// A phrase in 24 bytes: its first four chars as one word and the next four as another (zero past its end), its
    /// entry, length, set (or <see cref="Several"/>) and whether it starts or ends with an ASCII letter.
    /// </summary>
    private readonly struct Candidate
    {
        public const int Several = ushort.MaxValue;
        public const int MaxLength = 0x3FFF;
        private const int AsciiStartFlag = 0x4000;
        private const int AsciiEndFlag = 0x8000;

        public readonly ulong Word;
        public readonly ulong Tail;
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

            for (var i = 4; i < Math.Min(8, phrase.Length); i++)
            {
                Tail |= (ulong)phrase[i] << (16 * (i - 4));
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
        public ulong Mask => MaskOf(Length);

        /// <summary>The bits of a word that the first <paramref name="chars"/> chars fill (all four past four).</summary>
        public static ulong MaskOf(int chars) => ulong.MaxValue >> (64 - (16 * Math.Min(chars, 4)));
    }
}
