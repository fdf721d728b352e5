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
    public void Score(StateChange change, ReadOnlySpan<char> foldedTitle, ReadOnlySpan<char> foldedText, Span<float> probabilities, Span<float> textAlone = default)
    {
        var sink = new SumSink(_table, _grams);
        var grams = ScorerFeatures.VisitGrams(foldedTitle, ref sink) + ScorerFeatures.VisitGrams(foldedText, ref sink);
        var z = sink.Sum * ScorerFeatures.GramScale(grams);
        Span<int> meta = stackalloc int[ScorerFeatures.MaxMeta];
        var t = ScorerFeatures.TextMeta(change, meta);
        z = AddRows(z, meta[..t]);
        if (!textAlone.IsEmpty)
        {
            Logistic(z, textAlone);
        }

        var r = ScorerFeatures.RuleMeta(change.Findings, meta[t..]);
        Logistic(AddRows(z, meta.Slice(t, r)), probabilities);
    }

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
