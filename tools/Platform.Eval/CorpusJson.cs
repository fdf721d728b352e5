using System.Text.Json;

namespace Platform.Eval;

/// <summary>
/// Reads one corpus line's JSON object into a <see cref="CorpusItem"/>, field by field, so that a value of the wrong JSON
/// type is named by its field ("text must be a string, not a number") instead of by a serializer's path and position.
/// A field that is absent or null is left null for <see cref="Corpus.Problem"/> to report as missing.
/// </summary>
internal static class CorpusJson
{
    /// <summary>The item's id when it is a string, for naming the item in an error; else null.</summary>
    public static string? Id(JsonElement root) =>
        root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;

    /// <summary>The item; a field of the wrong type throws <see cref="FormatException"/> naming it.</summary>
    public static CorpusItem Item(JsonElement root)
    {
        var context = Field(root, "context", "", JsonValueKind.Object, "an object with stage, disclosure and sender");
        return new CorpusItem(
            Text(root, "id", ""),
            Text(root, "kind", ""),
            Text(root, "title", "", "a string or null"),
            Text(root, "text", ""),
            context is { } c ? new CorpusContext(Text(c, "stage", "context."), Text(c, "disclosure", "context."), Text(c, "sender", "context.")) : null!,
            Labels(root),
            Text(root, "decision", ""),
            Text(root, "note", "", "a string or null"));
    }

    private static IReadOnlyList<string> Labels(JsonElement root)
    {
        if (Field(root, "labels", "", JsonValueKind.Array, "a list of category ids ([] for a benign item)") is not { } labels)
        {
            return null!;
        }

        return [.. labels.EnumerateArray().Select(l => l.ValueKind == JsonValueKind.String
            ? l.GetString()!
            : throw new FormatException($"labels must list category ids (strings), not {Describe(l)}"))];
    }

    private static string Text(JsonElement parent, string name, string prefix, string expected = "a string")
    {
        if (Field(parent, name, prefix, JsonValueKind.String, expected) is not { } value)
        {
            return null!;
        }

        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new FormatException($"{prefix}{name} is not valid text (an unpaired surrogate escape such as \\ud800)");
        }
    }

    private static JsonElement? Field(JsonElement parent, string name, string prefix, JsonValueKind kind, string expected)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == kind ? value : throw new FormatException($"{prefix}{name} must be {expected}, not {Describe(value)}");
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string {value.GetRawText()}",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };
}
