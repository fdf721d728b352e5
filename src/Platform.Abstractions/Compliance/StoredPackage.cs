namespace Platform.Abstractions.Compliance;

/// <summary>
/// The latest staff action on one plugin through the API: a deploy (the checks it provided, <c>name@version</c>) or a
/// removal. <see cref="Deploys"/> counts the actions, so a silo can tell one it has not applied yet; <see cref="At"/>
/// is when it was made, to compare with a plugin folder written by hand since.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StoredPackage(
    [property: Id(0)] string Name,
    [property: Id(1)] int Deploys,
    [property: Id(2)] IReadOnlyList<string> Checks,
    [property: Id(3)] bool Removed = false,
    [property: Id(4)] DateTimeOffset At = default);
