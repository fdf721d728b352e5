namespace Platform.Abstractions.Contracts;

/// <summary>One dated fact on a dispute fact sheet.</summary>
/// <param name="At">When.</param>
/// <param name="Kind">Stable code, e.g. <c>job_posted</c>, <c>job_edited</c>, <c>proposal</c>, <c>message</c>, <c>delivered</c>.</param>
/// <param name="ActorId">User id, reviewer or <c>platform</c>.</param>
/// <param name="DetailJa">What happened, in Japanese (full texts included: staff only).</param>
[GenerateSerializer, Immutable]
public sealed record FactEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Kind,
    [property: Id(2)] string ActorId,
    [property: Id(3)] string DetailJa);
