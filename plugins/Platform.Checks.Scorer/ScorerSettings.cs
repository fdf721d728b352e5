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
            ? JsonSerializer.Deserialize<ScorerSettings>(File.ReadAllText(path)) ?? new ScorerSettings()
            : new ScorerSettings();
    }
}
