namespace Platform.Abstractions.Users;

/// <summary>What other grains need to know about a user to authorise and check a change.</summary>
/// <param name="UserId">Id.</param>
/// <param name="Registered">False for an id never registered.</param>
/// <param name="Roles"><c>client</c> and/or <c>worker</c>.</param>
/// <param name="Standing"><c>good</c>, <c>warned</c>, <c>restricted</c> or <c>withdrawn</c>.</param>
/// <param name="Flags">Reputation flags.</param>
/// <param name="Warnings">Warnings on record.</param>
/// <param name="CompletedContracts">Contracts completed (accepted or paid).</param>
/// <param name="ProfileText">Public profile text (for checks that look across texts).</param>
/// <param name="DisplayName">The name shown beside everything the user writes (for checks that look across texts).</param>
/// <param name="ShownName">The name others see (for texts the other party reads): the display name, or the id while the profile's verdict withholds the name.</param>
[GenerateSerializer, Immutable]
public sealed record PartyInfo(
    [property: Id(0)] string UserId,
    [property: Id(1)] bool Registered,
    [property: Id(2)] IReadOnlyList<string> Roles,
    [property: Id(3)] string Standing,
    [property: Id(4)] IReadOnlyList<string> Flags,
    [property: Id(5)] int Warnings,
    [property: Id(6)] int CompletedContracts,
    [property: Id(7)] string? ProfileText,
    [property: Id(8)] string? DisplayName,
    [property: Id(9)] string? ShownName = null);
