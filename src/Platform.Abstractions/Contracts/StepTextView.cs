namespace Platform.Abstractions.Contracts;

/// <summary>A text a party wrote with a contract's step (a delivery note, a cancellation or termination reason, a rating comment), as a report finds it.</summary>
/// <param name="ItemId">Which text in the contract: <c>delivery-N</c>, <c>cancellation</c>, <c>termination-N</c> (the Nth request) or <c>rating-{raterId}</c>.</param>
/// <param name="WrittenBy">The party who wrote it.</param>
/// <param name="At">When (the step's instant).</param>
/// <param name="Withheld">True while the checks withhold it: the other party was shown a notice in its place.</param>
[GenerateSerializer, Immutable]
public sealed record StepTextView(
    [property: Id(0)] string ItemId,
    [property: Id(1)] string WrittenBy,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] bool Withheld);
