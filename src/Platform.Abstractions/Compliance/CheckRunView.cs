namespace Platform.Abstractions.Compliance;

/// <summary>One check's run on one change, as kept in the audit trail.</summary>
/// <param name="Name">Check name.</param>
/// <param name="Version">Check version.</param>
/// <param name="Mode"><c>enforce</c> or <c>shadow</c>.</param>
/// <param name="Status"><c>ok</c>, <c>failed</c>, <c>timed_out</c> or <c>skipped</c>.</param>
/// <param name="Findings">What it found (recorded in shadow mode too).</param>
/// <param name="ElapsedMs">Time taken.</param>
/// <param name="Error">Failure message, if any.</param>
[GenerateSerializer, Immutable]
public sealed record CheckRunView(
    [property: Id(0)] string Name,
    [property: Id(1)] string Version,
    [property: Id(2)] string Mode,
    [property: Id(3)] string Status,
    [property: Id(4)] IReadOnlyList<FindingView> Findings,
    [property: Id(5)] double ElapsedMs,
    [property: Id(6)] string? Error);
