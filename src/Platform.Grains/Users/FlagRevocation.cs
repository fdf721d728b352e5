namespace Platform.Grains.Users;

/// <summary>
/// A flag's revocation of the user's approved disclosures, stored with the flag before it is done and cleared once every
/// contract has answered and the month's statistics took its count: a revocation cut off part-way (a contract's write
/// refused, the host stopped, the month's write refused) is finished by a timer, the user's next flag or step, or the
/// grain's next activation, instead of leaving approvals standing or revocations uncounted.
/// </summary>
/// <param name="ReasonJa">The flag's reason.</param>
/// <param name="At">When the flag was stored: its count goes to that month.</param>
/// <param name="Number">
/// The flag's number, which the contracts it revokes record (<see cref="Contracts.ContractState.RevokedBy"/>) and its count
/// is sent under (<see cref="UserLadder.FlagSource"/>, numbered 1), so that the fan-out sent again after a stop arrives at
/// the same count and the month takes it once. Drawn at random when the flag is stored (the user keeps no counter): it
/// only has to differ from the user's other flags whose revocations still stand. 0 for one stored before flags were numbered.
/// </param>
[GenerateSerializer, Immutable]
public sealed record FlagRevocation([property: Id(0)] string ReasonJa, [property: Id(1)] DateTimeOffset At, [property: Id(2)] int Number = 0)
{
    /// <summary>
    /// The user's earlier flags whose revocation was still unfinished (or not yet counted) when this one was stored: this
    /// one's fan-out finishes theirs, and counts their revocations under their own numbers and months. Null almost always.
    /// </summary>
    [Id(3)] public FlagRevocation[]? Earlier { get; init; }

    /// <summary>A new flag's number (1 to <see cref="int.MaxValue"/>).</summary>
    public static int NewNumber() => Random.Shared.Next(1, int.MaxValue);

    /// <summary>This flag and the earlier ones it finishes, each without its own earlier list.</summary>
    public IEnumerable<FlagRevocation> All() => Earlier is null ? [this] : [this with { Earlier = null }, .. Earlier];
}
