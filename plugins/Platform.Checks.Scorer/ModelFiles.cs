using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Platform.Checks.Scorer;

/// <summary>
/// Loads the trained ML.NET models (Model/&lt;category&gt;.zip) and copies each linear model's weights and bias
/// into a <see cref="LinearScorer"/>. ML.NET runs only here, once, when the plugin loads.
/// </summary>
public static class ModelFiles
{
    /// <summary>The model folder inside a plugin folder.</summary>
    public const string FolderName = "Model";

    /// <summary>The description file inside the model folder.</summary>
    public const string InfoFile = "model.json";

    /// <summary>Loads every category's model from <paramref name="modelFolder"/>; throws when a file is missing or was trained on other features.</summary>
    public static LinearScorer Load(string modelFolder)
    {
        var info = JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(modelFolder, InfoFile)), ScorerJson.Default.ModelInfo)
            ?? throw new InvalidDataException($"{InfoFile} is empty");
        if (info.FeaturesVersion != ScorerFeatures.Version || info.Dimension != ScorerFeatures.Dimension)
        {
            throw new InvalidDataException(
                $"model trained on features v{info.FeaturesVersion} ({info.Dimension}), plugin has v{ScorerFeatures.Version} ({ScorerFeatures.Dimension}): retrain");
        }

        var ml = new MLContext(seed: info.Seed);
        var weights = new List<IReadOnlyList<float>>();
        var bias = new List<float>();
        foreach (var category in LinearScorer.Categories)
        {
            var file = info.Files.TryGetValue(category, out var f) ? f : category + ".zip";
            using var stream = File.OpenRead(Path.Combine(modelFolder, file));
            var model = ml.Model.Load(stream, out _);
            var (w, b) = Linear(model);
            weights.Add(w);
            bias.Add(b);
        }

        return new LinearScorer(weights, bias);
    }

    /// <summary>The weights and bias of the linear binary model inside a trained or loaded transformer.</summary>
    public static (IReadOnlyList<float> Weights, float Bias) Linear(ITransformer model)
    {
        var last = model is TransformerChain<ITransformer> chain ? chain.LastTransformer : model;
        object? parameters = last is IPredictionTransformer<object> predictor
            ? predictor.Model
            : throw new InvalidDataException($"not a prediction transformer: {last.GetType().Name}");

        // A logistic regression comes wrapped with its calibrator; the linear model is its SubModel.
        if (parameters is CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> calibrated)
        {
            parameters = calibrated.SubModel;
        }

        return parameters is LinearBinaryModelParameters linear
            ? (linear.Weights, linear.Bias)
            : throw new InvalidDataException($"not a linear binary model: {parameters?.GetType().Name}");
    }
}
