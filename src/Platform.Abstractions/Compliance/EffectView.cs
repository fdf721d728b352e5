namespace Platform.Abstractions.Compliance;

/// <summary>An effect dispatched because of a decision, and how it went.</summary>
/// <param name="Kind">e.g. <c>flag_user</c>, <c>hide_job</c>, <c>notify_support</c>.</param>
/// <param name="TargetId">The entity concerned.</param>
/// <param name="Code">Stable English code.</param>
/// <param name="ReasonJa">Reason in Japanese.</param>
/// <param name="Outcome"><c>done</c> or <c>failed: …</c>.</param>
[GenerateSerializer, Immutable]
public sealed record EffectView(
    [property: Id(0)] string Kind,
    [property: Id(1)] string TargetId,
    [property: Id(2)] string Code,
    [property: Id(3)] string ReasonJa,
    [property: Id(4)] string Outcome);
