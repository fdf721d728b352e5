using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Platform.Compliance.Abstractions;

namespace Platform.Checks.Scorer;

/// <summary>
/// The trained linear models of all categories as plain arrays, so scoring a text is one pass of hashed
/// n-grams, each adding its row of per-category weights: no ML.NET call per text. Immutable once built.
/// </summary>
public sealed class LinearScorer
{
    /// <summary>Number of categories scored (the nine violation categories).</summary>
    public const int Count = 9;

    // Each slot's weights are one row of 16 floats (9 used, the rest 0): 64 bytes, one cache line, added with one
    // 512-bit vector. The table (2^14 rows, 1 MB) is allocated pinned and starts on a 64-byte boundary, so a row
    // never straddles two lines.
    private const int Stride = 16;
    private const int Alignment = 64;

    private readonly float[] _table;
    private readonly int _grams;
    private readonly int _meta;
    private readonly float[] _bias;

    /// <summary>Builds the scorer from one weight vector (length <see cref="ScorerFeatures.Dimension"/>) and bias per category.</summary>
    public LinearScorer(IReadOnlyList<IReadOnlyList<float>> weights, IReadOnlyList<float> bias)
    {
        if (weights.Count != Count || bias.Count != Count)
        {
            throw new ArgumentException($"expected {Count} models, got {weights.Count}");
        }

        var rows = ScorerFeatures.Buckets + ScorerFeatures.MetaSlots;
        _table = GC.AllocateArray<float>(rows * Stride + Alignment / sizeof(float), pinned: true);
        _grams = AlignedStart(_table);
        _meta = _grams + ScorerFeatures.Buckets * Stride;
        _bias = [.. bias];
        for (var k = 0; k < Count; k++)
        {
            var w = weights[k];
            if (w.Count != ScorerFeatures.Dimension)
            {
                throw new ArgumentException($"model {k}: {w.Count} weights, expected {ScorerFeatures.Dimension}");
            }

            for (var s = 0; s < ScorerFeatures.MetaSlots; s++)
            {
                _table[_meta + s * Stride + k] = w[s];
            }

            for (var s = 0; s < ScorerFeatures.Buckets; s++)
            {
                _table[_grams + s * Stride + k] = w[ScorerFeatures.MetaSlots + s];
            }
        }
    }

    /// <summary>The categories in score order: <see cref="Categories.Violations"/>.</summary>
    public static IReadOnlyList<string> Categories => Platform.Compliance.Abstractions.Categories.Violations;

    /// <summary>
    /// Probability per category (logistic of the linear score) for a change whose title and text are folded; when
    /// <paramref name="textAlone"/> is not empty, also the probability the text gets without what the rule checks found
    /// (as the models were trained on every item twice, with and without), from the same pass.
    /// </summary>
    /// <remarks>
    /// A change with more n-grams than <paramref name="lengthGrams"/> (when it is above 0) gets its
    /// <paramref name="probabilities"/> as a text of that many n-grams with the same n-grams in the same proportions
    /// (<see cref="LengthScale"/>): the models were trained on short texts, and a whole long text's score grows like the
    /// square root of its length. <paramref name="textAlone"/> stays the whole text's (its floor was chosen on those scores;
    /// scaled, long violations the rules block fell under it); for a long text the second opinion on the rules' blocks also
    /// reads the stretch around the rule's evidence (<see cref="ScoreAlone"/>).
    /// </remarks>
    public void Score(StateChange change, ReadOnlySpan<char> foldedTitle, ReadOnlySpan<char> foldedText, Span<float> probabilities, Span<float> textAlone = default, int lengthGrams = 0)
    {
        var sink = new SumSink(_table, _grams);
        var grams = ScorerFeatures.VisitGrams(foldedTitle, ref sink) + ScorerFeatures.VisitGrams(foldedText, ref sink);
        var sum = sink.Sum;
        Span<int> meta = stackalloc int[ScorerFeatures.MaxMeta];
        var t = ScorerFeatures.TextMeta(change, meta);
        var z = AddRows(sum * LengthScale(grams, lengthGrams), meta[..t]);
        if (!textAlone.IsEmpty)
        {
            TextAlone(sum * ScorerFeatures.GramScale(grams), meta[..t], textAlone);
        }

        var r = ScorerFeatures.RuleMeta(change.Findings, meta[t..]);
        Logistic(AddRows(z, meta.Slice(t, r)), probabilities);
    }

    /// <summary>
    /// The probability per category a title and a stretch of folded text get alone, without what the rule checks found (the
    /// <c>textAlone</c> of <see cref="Score"/> for that stretch): the second opinion on a rule's block in a long text reads the
    /// stretch around the rule's evidence, not the whole text.
    /// </summary>
    public void ScoreAlone(StateChange change, ReadOnlySpan<char> foldedTitle, ReadOnlySpan<char> foldedStretch, Span<float> textAlone)
    {
        var sink = new SumSink(_table, _grams);
        var grams = ScorerFeatures.VisitGrams(foldedTitle, ref sink) + ScorerFeatures.VisitGrams(foldedStretch, ref sink);
        Span<int> meta = stackalloc int[ScorerFeatures.MaxMeta];
        var t = ScorerFeatures.TextMeta(change, meta);
        TextAlone(sink.Sum * ScorerFeatures.GramScale(grams), meta[..t], textAlone);
    }

    /// <summary>The number of n-grams of a folded text of <paramref name="chars"/> characters.</summary>
    public static int Grams(int chars) => chars < ScorerFeatures.MinN ? 0 : 2 * chars - 3;

    /// <summary>
    /// The value of each n-gram occurrence in a text of <paramref name="grams"/> n-grams: <see cref="ScorerFeatures.GramScale"/>
    /// (1/sqrt(grams)) up to <paramref name="lengthGrams"/>; above it sqrt(lengthGrams)/grams, the score a text of lengthGrams
    /// n-grams gets with the same n-grams in the same proportions (the sum times lengthGrams/grams, scaled by
    /// 1/sqrt(lengthGrams)), which is also the mean score of the text's windows of that length. 0 turns it off.
    /// </summary>
    public static float LengthScale(int grams, int lengthGrams) => lengthGrams > 0 && grams > lengthGrams
        ? MathF.Sqrt(lengthGrams) / grams
        : ScorerFeatures.GramScale(grams);

    // Only when a rule blocked: kept out of the hot path of Score.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void TextAlone(Vector512<float> grams, ReadOnlySpan<int> meta, Span<float> textAlone) => Logistic(AddRows(grams, meta), textAlone);

    private Vector512<float> AddRows(Vector512<float> z, ReadOnlySpan<int> slots)
    {
        foreach (var slot in slots)
        {
            z += Vector512.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(_table), (nuint)(_meta + slot * Stride));
        }

        return z;
    }

    private void Logistic(Vector512<float> z, Span<float> probabilities)
    {
        for (var k = 0; k < Count; k++)
        {
            probabilities[k] = 1f / (1f + MathF.Exp(-(_bias[k] + z.GetElement(k))));
        }
    }

    /// <summary>Characters of the evidence a score shows: a phrase a reviewer can read, not a lone 3-gram.</summary>
    public const int EvidenceChars = 10;

    /// <summary>
    /// The folded span of <see cref="EvidenceChars"/> characters (the whole text when shorter) whose n-grams add most
    /// to category <paramref name="k"/>, or (-1, 0) when none adds anything.
    /// </summary>
    public (int Start, int Length) Strongest(ReadOnlySpan<char> folded, int k)
    {
        if (folded.Length < ScorerFeatures.MinN)
        {
            return (-1, 0);
        }

        // What the n-grams starting at each char add, then the best run of starts whose n-grams end inside the span.
        var added = folded.Length <= 512 ? stackalloc float[folded.Length] : new float[folded.Length];
        added.Clear();
        var sink = new StartSink(_table, _grams + k, added);
        ScorerFeatures.VisitGrams(folded, ref sink);
        var width = Math.Min(EvidenceChars, folded.Length);
        var starts = width - ScorerFeatures.MaxN + 1;
        var sum = 0f;
        for (var i = 0; i < Math.Max(1, starts); i++)
        {
            sum += added[i];
        }

        var (best, at) = (sum, 0);
        for (var s = 1; s + width <= folded.Length; s++)
        {
            sum += added[s + starts - 1] - added[s - 1];
            if (sum > best)
            {
                (best, at) = (sum, s);
            }
        }

        return best > 0 ? (at, width) : (-1, 0);
    }

    // The first float index of _table whose address is a multiple of 64 (the array is pinned: it never moves).
    private static int AlignedStart(float[] table)
    {
        var address = (long)Marshal.UnsafeAddrOfPinnedArrayElement(table, 0);
        return (int)((Alignment - (address % Alignment)) % Alignment) / sizeof(float);
    }

    // Slots are below Buckets by construction (VisitGrams), so the unchecked load stays inside the table. 2-grams and
    // 3-grams add into separate sums (the length is a constant at each inlined call), two independent add chains.
    private struct SumSink(float[] table, int offset) : IGramSink
    {
        private Vector512<float> _pairs;
        private Vector512<float> _triples;

        public readonly Vector512<float> Sum => _pairs + _triples;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int slot, int start, int length)
        {
            var row = Vector512.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(table), (nuint)(offset + slot * Stride));
            if (length == ScorerFeatures.MinN)
            {
                _pairs += row;
            }
            else
            {
                _triples += row;
            }
        }
    }

    private readonly ref struct StartSink(float[] table, int offset, Span<float> added) : IGramSink
    {
        private readonly Span<float> _added = added;

        public void Add(int slot, int start, int length) => _added[start] += table[offset + slot * Stride];
    }
}
