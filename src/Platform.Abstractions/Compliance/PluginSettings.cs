namespace Platform.Abstractions.Compliance;

/// <summary>The check modes staff chose, by check name, and the packages they deployed.</summary>
[GenerateSerializer, Immutable]
public sealed record PluginSettings(
    [property: Id(0)] IReadOnlyDictionary<string, string> Modes,
    [property: Id(1)] IReadOnlyList<StoredPackage> Packages);
