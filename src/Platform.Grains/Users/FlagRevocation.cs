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
/// the same count and the month takes it once. The user's flags are numbered in order (<see cref="Next"/>, kept in
/// <see cref="UserState.LastFlag"/>), so it differs from every other flag of the user whose revocations a contract still
/// records. 0 for one stored before flags were numbered; a flag numbered at random before they were numbered in order keeps
/// its number.
/// </param>
[GenerateSerializer, Immutable]
public sealed record FlagRevocation([property: Id(0)] string ReasonJa, [property: Id(1)] DateTimeOffset At, [property: Id(2)] int Number = 0)
{
    /// <summary>
    /// The user's earlier flags whose revocation was still unfinished (or not yet counted) when this one was stored: this
    /// one's fan-out finishes theirs, and counts their revocations under their own numbers and months. Null almost always.
    /// </summary>
    [Id(3)] public FlagRevocation[]? Earlier { get; init; }

    /// <summary>
    /// The user's next flag number (the one after <see cref="UserState.LastFlag"/>, which it advances; the caller saves it with the
    /// flag), passing over any still pending (<paramref name="pending"/>: one numbered at random before flags were numbered in order).
    /// </summary>
    public static int Next(UserState s, FlagRevocation? pending)
    {
        var taken = pending?.All().Select(f => f.Number).ToHashSet();
        do
        {
            s.LastFlag = s.LastFlag == int.MaxValue ? 1 : s.LastFlag + 1;
        }
        while (taken?.Contains(s.LastFlag) == true);

        return s.LastFlag;
    }

    /// <summary>This flag and the earlier ones it finishes, each without its own earlier list.</summary>
    public IEnumerable<FlagRevocation> All() => Earlier is null ? [this] : [this with { Earlier = null }, .. Earlier];
}
