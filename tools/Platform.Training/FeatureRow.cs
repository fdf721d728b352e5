using Microsoft.ML.Data;
using Platform.Checks.Scorer;

namespace Platform.Training;

/// <summary>One training example for one category: the scorer's feature vector and whether the item has the category.</summary>
public sealed class FeatureRow
{
    public bool Label { get; set; }

    [VectorType(ScorerFeatures.Dimension)]
    public VBuffer<float> Features { get; set; }
}
