using System.Text.Json.Serialization;

namespace Platform.Checks.Scorer;

/// <summary>
/// The plugin's JSON metadata, generated at build time. Reading with the serializer's default options would cache the
/// plugin's types in <c>JsonSerializerOptions.Default</c>, a static of the host's framework, and that cache would keep
/// every loaded version of the plugin in memory: a replaced scorer would never unload (dotnet/runtime#65323).
/// </summary>
[JsonSerializable(typeof(ModelInfo))]
[JsonSerializable(typeof(ScorerSettings))]
internal sealed partial class ScorerJson : JsonSerializerContext;
