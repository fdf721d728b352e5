using System.Text.Json.Serialization;

namespace Platform.Eval;

/// <summary>The context of a corpus item.</summary>
public sealed record CorpusContext(
    [property: JsonPropertyName("stage")] string Stage,
    [property: JsonPropertyName("disclosure")] string Disclosure,
    [property: JsonPropertyName("sender")] string Sender);
