using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Checks.Scorer;

/// <summary>
/// scorer.json, read from the plugin's own folder: the probability above which a category is held. A setting the file
/// leaves out keeps its default below (settable properties: with init-only ones the generated reader set a missing one
/// to 0 or null, which turned the length floor off and failed the load without notDoubted).
/// </summary>
public sealed record ScorerSettings
{
    /// <summary>Threshold for categories without their own.</summary>
    [JsonPropertyName("threshold")]
    public float Threshold { get; set; } = 0.95f;

    /// <summary>Per-category thresholds.</summary>
    [JsonPropertyName("thresholds")]
    public IReadOnlyDictionary<string, float> Thresholds { get; set; } = new Dictionary<string, float>();

    /// <summary>
    /// A rule's block in a category whose probability from the text alone (without the rules' findings) is below this
    /// is doubted: the engine holds it for review instead (<c>Finding.Doubts</c>). 0 turns doubting off. Chosen on
    /// corpora neither the rules nor the model had seen (docs/benchmarks.md, "Second opinion on rule blocks").
    /// </summary>
    [JsonPropertyName("doubtBelow")]
    public float DoubtBelow { get; set; } = 0.02f;

    /// <summary>
    /// Finding codes never doubted: details the rules read and validate (a phone number, an address, a link, a number
    /// split over messages), which character n-grams cannot weigh.
    /// </summary>
    [JsonPropertyName("notDoubted")]
    public IReadOnlyList<string> NotDoubted { get; set; } = ["contact.phone", "contact.email", "contact.url", "contact.split"];

    /// <summary>
    /// Finding codes by which a rule clears a category for the scorer: an <c>Allow</c> finding with one of these codes in a violation
    /// category says the rules read the text as that category's ordinary look-alike (followers grown by posting and analysis, not
    /// bought), and the scorer then gives no finding of its own in that category for the change. A code left out is not honoured
    /// (docs/adr/0009-a-rule-may-clear-a-category.md).
    /// </summary>
    [JsonPropertyName("clearedBy")]
    public IReadOnlyList<string> ClearedBy { get; set; } = ["tos.ordinary_growth"];

    /// <summary>
    /// A change whose title and text hold fewer characters than this (folded) gets no finding of the model's own, only
    /// its second opinion on the rules' blocks: a few words are too little to judge by character n-grams. The corpora
    /// it is trained on hold some 150 items under 20 characters in 57,000, and everyday messages such as 「ご連絡ください」
    /// or 「後ほど連絡いたします」 scored as contact (docs/benchmarks.md, "session twenty-six"). The rules still read them.
    /// </summary>
    [JsonPropertyName("minChars")]
    public int MinChars { get; set; } = 20;

    /// <summary>
    /// A change whose title and text hold more folded characters than this is scored as a text of this length with the same
    /// n-grams in the same proportions (<see cref="LinearScorer.LengthScale"/>): the models were trained on texts of mostly
    /// 40-150 characters, and a whole text's score (its n-grams' weights over the square root of their number) grows like the
    /// square root of its length, so ordinary job posts of some 300 characters full of on-platform words (メッセージ, 連絡,
    /// 打ち合わせ), each sentence of which is allowed alone, added up to off-platform contact and were held
    /// (docs/benchmarks.md, "The scorer on long ordinary posts"). A shorter change scores as before. 0 turns it off.
    /// </summary>
    [JsonPropertyName("lengthChars")]
    public int LengthChars { get; set; } = 160;

    /// <summary>How the thresholds were chosen (written by the training tool; not read by the check).</summary>
    [JsonPropertyName("note")]
    public string? Note { get; set; }

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
