using Microsoft.ML.Data;
using Platform.Checks.Scorer;
using Platform.Compliance.Abstractions;

namespace Platform.Training;

/// <summary>Builds the sparse feature vector of a change with the plugin's own <see cref="ScorerFeatures"/> code.</summary>
public static class Featurizer
{
    public static VBuffer<float> Features(StateChange change)
    {
        var sink = new CountSink(new SortedDictionary<int, float>());
        var grams = 0;
        if (!string.IsNullOrEmpty(change.Title))
        {
            grams += ScorerFeatures.VisitGrams(ScorerFeatures.Fold(change.Title).Folded, ref sink);
        }

        if (!string.IsNullOrEmpty(change.Text))
        {
            grams += ScorerFeatures.VisitGrams(ScorerFeatures.Fold(change.Text).Folded, ref sink);
        }

        var scale = ScorerFeatures.GramScale(grams);
        Span<int> meta = stackalloc int[ScorerFeatures.MaxMeta];
        var m = ScorerFeatures.Meta(change, meta);
        var indices = new List<int>(m + sink.Counts.Count);
        var values = new List<float>(m + sink.Counts.Count);
        foreach (var slot in meta[..m].ToArray().Order())
        {
            indices.Add(slot);
            values.Add(1f);
        }

        foreach (var (slot, count) in sink.Counts)
        {
            indices.Add(ScorerFeatures.MetaSlots + slot);
            values.Add(count * scale);
        }

        return new VBuffer<float>(ScorerFeatures.Dimension, indices.Count, values.ToArray(), indices.ToArray());
    }

    private readonly struct CountSink(SortedDictionary<int, float> counts) : IGramSink
    {
        public SortedDictionary<int, float> Counts => counts;

        public void Add(int slot, int start, int length) =>
            counts[slot] = counts.TryGetValue(slot, out var c) ? c + 1 : 1;
    }
}
