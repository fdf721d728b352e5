namespace Platform.Domain.Trust;

/// <summary>What the disclosure rule needs to know about one party.</summary>
/// <param name="Standing"><c>good</c>, <c>warned</c>, <c>restricted</c> or <c>withdrawn</c>.</param>
/// <param name="FlagCount">Reputation flags on the user.</param>
/// <param name="CompletedOtherContracts">Completed contracts other than the one the request is about.</param>
public sealed record PartyRecord(string Standing, int FlagCount, int CompletedOtherContracts);
