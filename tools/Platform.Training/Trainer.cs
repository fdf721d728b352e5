using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Platform.Checks.Scorer;
using Platform.Compliance.Abstractions;
using Platform.Eval;

namespace Platform.Training;

/// <summary>
/// Trains one L-BFGS logistic regression per violation category on the scorer's features (with the findings of the
/// rule checks, <see cref="RuleFindings"/>), single-threaded with a fixed seed (same corpus, rules and seed, same
/// weights), and writes Model/&lt;category&gt;.zip and Model/model.json.
/// </summary>
public static class Trainer
{
    public const float DefaultL1 = 0.001f;
    public const float DefaultL2 = 0.001f;

    // Zip entries get this time instead of "now", so the same weights give byte-identical files.
    private static readonly DateTimeOffset FixedTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<ITransformer> Train(IReadOnlyList<CorpusItem> items, RuleFindings rules, int seed, float l1, float l2, out IDataView data, out MLContext ml)
    {
        ml = new MLContext(seed);

        // Every item twice: with the rules' findings and without any. The rules were written against these corpora,
        // so with their findings alone the models learn to trust them and leave the n-grams nearly unweighted, which
        // adds nothing on text the rules miss (docs/benchmarks.md, "Rule findings as features"); the copy without
        // findings makes the n-grams carry every category by themselves.
        var features = items.Select(i => Featurizer.Features(rules.Change(i)))
            .Concat(items.Select(i => Featurizer.Features(RuleFindings.None.Change(i))))
            .ToList();
        var labelled = items.Concat(items).ToList();

        var models = new List<ITransformer>();
        data = null!;
        foreach (var category in LinearScorer.Categories)
        {
            var rows = labelled.Select((item, n) => new FeatureRow { Label = item.Labels.Contains(category), Features = features[n] }).ToList();
            data = ml.Data.LoadFromEnumerable(rows);
            var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(FeatureRow.Label),
                FeatureColumnName = nameof(FeatureRow.Features),
                L1Regularization = l1,
                L2Regularization = l2,
                OptimizationTolerance = 1e-7f,
                MaximumNumberOfIterations = 1000,
                NumberOfThreads = 1,
            });
            models.Add(trainer.Fit(data));
        }

        return models;
    }

    public static void Save(MLContext ml, IDataView data, IReadOnlyList<ITransformer> models, string modelFolder, TrainingSet set, RuleFindings rules, int seed, float l1, float l2)
    {
        Directory.CreateDirectory(modelFolder);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var k = 0; k < models.Count; k++)
        {
            var category = LinearScorer.Categories[k];
            var file = category + ".zip";
            var path = Path.Combine(modelFolder, file);
            ml.Model.Save(models[k], data.Schema, path);
            FixTimestamps(path);
            files[category] = file;
        }

        var info = new ModelInfo
        {
            FeaturesVersion = ScorerFeatures.Version,
            Dimension = ScorerFeatures.Dimension,
            Seed = seed,
            Trainer = $"LbfgsLogisticRegression L1={l1} L2={l2} threads=1, each item with and without the rules' findings",
            Corpus = set.Files,
            Rules = rules.Checks,
            TrainItems = set.Train.Count,
            Positives = LinearScorer.Categories.ToDictionary(c => c, c => set.Train.Count(i => i.Labels.Contains(c))),
            Files = files,
        };
        File.WriteAllText(
            Path.Combine(modelFolder, ModelFiles.InfoFile),
            JsonSerializer.Serialize(info, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    private static void FixTimestamps(string path)
    {
        var bytes = File.ReadAllBytes(path);
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        File.WriteAllBytes(path, output.ToArray());
    }
}
