using System.Text.Json.Serialization;

namespace Platform.Eval;

/// <summary>One labelled corpus line (corpus-format.md).</summary>
public sealed record CorpusItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("context")] CorpusContext Context,
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels,
    [property: JsonPropertyName("decision")] string Decision,
    [property: JsonPropertyName("note")] string? Note);
