namespace Platform.Abstractions.Reviews;

/// <summary>An immediate notice to the support team (webhook and event stream) about a new automatic detection.</summary>
/// <param name="Sequence">1, 2, 3… per queue.</param>
/// <param name="At">When.</param>
/// <param name="Item">The queue item.</param>
[GenerateSerializer, Immutable]
public sealed record ReviewAlert(
    [property: Id(0)] long Sequence,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] ReviewItemView Item);
