using Microsoft.ML;
using Platform.Checks.Scorer;
using Platform.Eval;

namespace Platform.Training;

/// <summary>
/// Checks that the plugin's hand-written scoring (hashed n-grams, dot product, logistic) gives ML.NET's own
/// probabilities on the training data: the features and the weight copy are the same at both ends.
/// </summary>
public static class Consistency
{
    public static void Check(MLContext ml, IReadOnlyList<ITransformer> models, LinearScorer scorer, IReadOnlyList<CorpusItem> items, RuleFindings rules)
    {
        var sample = items.Take(300).ToList();
        var data = ml.Data.LoadFromEnumerable(sample.Select(i => new FeatureRow { Features = Featurizer.Features(rules.Change(i)) }));
        // The features as ML.NET reads them: the plugin's scale of long texts (ScorerSettings.LengthChars) is its own.
        var check = new ScorerCheck(scorer, new ScorerSettings { LengthChars = 0 });
        var ours = sample.Select(i => check.Probabilities(rules.Change(i))).ToList();
        var worst = 0.0;
        for (var k = 0; k < models.Count; k++)
        {
            var theirs = ml.Data.CreateEnumerable<ProbabilityRow>(models[k].Transform(data), reuseRowObject: false).ToList();
            for (var n = 0; n < sample.Count; n++)
            {
                worst = Math.Max(worst, Math.Abs(theirs[n].Probability - ours[n][k]));
            }
        }

        Console.WriteLine($"consistency: largest |ML.NET - plugin| probability difference over {sample.Count} items: {worst:E2}");
        if (worst > 1e-3)
        {
            throw new InvalidOperationException("the plugin's scores differ from ML.NET's: features or weights are not the same");
        }
    }

    private sealed class ProbabilityRow
    {
        public float Probability { get; set; }
    }
}
