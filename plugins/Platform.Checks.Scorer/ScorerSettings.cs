using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Checks.Scorer;

/// <summary>scorer.json, read from the plugin's own folder: the probability above which a category is held.</summary>
public sealed record ScorerSettings
{
    /// <summary>Threshold for categories without their own.</summary>
    [JsonPropertyName("threshold")]
    public float Threshold { get; init; } = 0.95f;

    /// <summary>Per-category thresholds.</summary>
    [JsonPropertyName("thresholds")]
    public IReadOnlyDictionary<string, float> Thresholds { get; init; } = new Dictionary<string, float>();

    /// <summary>
    /// A rule's block in a category whose probability from the text alone (without the rules' findings) is below this
    /// is doubted: the engine holds it for review instead (<c>Finding.Doubts</c>). 0 turns doubting off. Chosen on
    /// corpora neither the rules nor the model had seen (docs/benchmarks.md, "Second opinion on rule blocks").
    /// </summary>
    [JsonPropertyName("doubtBelow")]
    public float DoubtBelow { get; init; } = 0.02f;

    /// <summary>
    /// Finding codes never doubted: details the rules read and validate (a phone number, an address, a link, a number
    /// split over messages), which character n-grams cannot weigh.
    /// </summary>
    [JsonPropertyName("notDoubted")]
    public IReadOnlyList<string> NotDoubted { get; init; } = ["contact.phone", "contact.email", "contact.url", "contact.split"];

    /// <summary>How the thresholds were chosen (written by the training tool; not read by the check).</summary>
    [JsonPropertyName("note")]
    public string? Note { get; init; }

    /// <summary>The threshold of a category.</summary>
    public float For(string category) => Thresholds.TryGetValue(category, out var t) ? t : Threshold;

    /// <summary>Reads scorer.json from <paramref name="folder"/>; defaults when it is missing.</summary>
    public static ScorerSettings Load(string folder)
    {
        var path = Path.Combine(folder, "scorer.json");
        return File.Exists(path)
            ? JsonSerializer.Deserialize(File.ReadAllText(path), ScorerJson.Default.ScorerSettings) ?? new ScorerSettings()
            : new ScorerSettings();
    }
}
