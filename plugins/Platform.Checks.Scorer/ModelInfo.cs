using System.Text.Json.Serialization;

namespace Platform.Checks.Scorer;

/// <summary>Model/model.json, written by the training tool beside the model files: what the models were trained on.</summary>
public sealed record ModelInfo
{
    /// <summary><see cref="ScorerFeatures.Version"/> at training time.</summary>
    [JsonPropertyName("featuresVersion")]
    public int FeaturesVersion { get; init; }

    /// <summary><see cref="ScorerFeatures.Dimension"/> at training time.</summary>
    [JsonPropertyName("dimension")]
    public int Dimension { get; init; }

    /// <summary>The seed of the MLContext that trained the models.</summary>
    [JsonPropertyName("seed")]
    public int Seed { get; init; }

    /// <summary>The trainer and its settings.</summary>
    [JsonPropertyName("trainer")]
    public string Trainer { get; init; } = "";

    /// <summary>Training files with their SHA-256.</summary>
    [JsonPropertyName("corpus")]
    public IReadOnlyDictionary<string, string> Corpus { get; init; } = new Dictionary<string, string>();

    /// <summary>The rule checks (name, version) whose findings were features at training time.</summary>
    [JsonPropertyName("rules")]
    public IReadOnlyDictionary<string, string> Rules { get; init; } = new Dictionary<string, string>();

    /// <summary>Items trained on.</summary>
    [JsonPropertyName("trainItems")]
    public int TrainItems { get; init; }

    /// <summary>Positive training items per category.</summary>
    [JsonPropertyName("positives")]
    public IReadOnlyDictionary<string, int> Positives { get; init; } = new Dictionary<string, int>();

    /// <summary>Model file per category, relative to the Model folder.</summary>
    [JsonPropertyName("files")]
    public IReadOnlyDictionary<string, string> Files { get; init; } = new Dictionary<string, string>();
}
