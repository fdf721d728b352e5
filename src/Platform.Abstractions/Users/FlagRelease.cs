namespace Platform.Abstractions.Users;

/// <summary>What undoing an automatic measure against a user gave back, after a reviewer dismissed the detection that took it.</summary>
/// <param name="Code">The flag's code (e.g. <c>mass_send</c>, or a check's code such as <c>mlm.recruiting</c>).</param>
/// <param name="Removed">True when this call removed the flag.</param>
/// <param name="KeptForOthers">True when the flag stays because another detection that set it is still open or was confirmed
/// (or it was set otherwise: by a reviewer, or before sources were kept).</param>
/// <param name="StepsLifted">The ladder steps the platform had taken automatically for the flag and lifted now
/// (<c>warning</c>, <c>restriction</c>, <c>withdrawal</c>), lightest first.</param>
/// <param name="Reinstated">Approvals on the user's contracts given back (revoked because of the user).</param>
/// <param name="Reopened">Requests the revocation had closed while pending that may now be made again.</param>
/// <param name="NotReinstatedBecause">Why nothing revoked because of the user was looked at: <c>flagged</c> (another flag remains),
/// <c>restricted</c> or <c>withdrawn</c>; null when it was.</param>
[GenerateSerializer, Immutable]
public sealed record FlagRelease(
    [property: Id(0)] string Code,
    [property: Id(1)] bool Removed,
    [property: Id(2)] bool KeptForOthers,
    [property: Id(3)] IReadOnlyList<string> StepsLifted,
    [property: Id(4)] int Reinstated,
    [property: Id(5)] int Reopened,
    [property: Id(6)] string? NotReinstatedBecause);
