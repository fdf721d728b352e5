namespace Platform.Abstractions.Users;

/// <summary>What a new user gives when registering.</summary>
/// <param name="DisplayName">Name shown to others.</param>
/// <param name="Roles"><c>client</c> and/or <c>worker</c>.</param>
/// <param name="ProfileText">Public profile text (checked by compliance).</param>
[GenerateSerializer, Immutable]
public sealed record RegisterUser(
    [property: Id(0)] string DisplayName,
    [property: Id(1)] IReadOnlyList<string> Roles,
    [property: Id(2)] string? ProfileText);
