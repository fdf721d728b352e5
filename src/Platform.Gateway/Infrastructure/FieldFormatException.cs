using System.Text.Json;

namespace Platform.Gateway.Infrastructure;

/// <summary>
/// A JSON value the gateway's own converters refuse, with a stable code and a Japanese detail for the user (the
/// serializer adds the field's path). Other <see cref="JsonException"/>s carry the parser's English text, which is
/// never shown.
/// </summary>
public sealed class FieldFormatException(string code, string detailJa) : JsonException(detailJa)
{
    public string Code { get; } = code;
}
