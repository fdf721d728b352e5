namespace Platform.Grains.Users;

/// <summary>
/// A flag's revocation of the user's approved disclosures, stored with the flag before it is done and cleared once every
/// contract has answered: a revocation cut off part-way (a contract's write refused, the host stopped) is finished by a
/// timer, the user's next flag or step, or the grain's next activation, instead of leaving approvals standing.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FlagRevocation([property: Id(0)] string ReasonJa, [property: Id(1)] DateTimeOffset At);
