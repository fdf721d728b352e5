namespace Platform.Abstractions.Compliance;

/// <summary>A deployed plugin package: its name, how many times it was deployed, and the checks it provided (<c>name@version</c>).</summary>
[GenerateSerializer, Immutable]
public sealed record StoredPackage([property: Id(0)] string Name, [property: Id(1)] int Deploys, [property: Id(2)] IReadOnlyList<string> Checks);
