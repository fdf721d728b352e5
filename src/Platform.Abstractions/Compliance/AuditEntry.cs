namespace Platform.Abstractions.Compliance;

/// <summary>One compliance decision on one entity: every check's run, the decision and the effects dispatched.</summary>
/// <param name="At">When.</param>
/// <param name="Change">Change kind, e.g. <c>MessageSent</c>.</param>
/// <param name="ItemId">Message, proposal or job id, when the change concerns one item.</param>
/// <param name="Decision">The enforced decision.</param>
/// <param name="Runs">Every check that ran, enforce and shadow.</param>
/// <param name="Effects">Effects dispatched and their outcome.</param>
[GenerateSerializer, Immutable]
public sealed record AuditEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Change,
    [property: Id(2)] string? ItemId,
    [property: Id(3)] string Decision,
    [property: Id(4)] IReadOnlyList<CheckRunView> Runs,
    [property: Id(5)] IReadOnlyList<EffectView> Effects);
