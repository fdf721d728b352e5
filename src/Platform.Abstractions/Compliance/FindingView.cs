namespace Platform.Abstractions.Compliance;

/// <summary>One finding as shown to the user and recorded in the audit trail.</summary>
/// <param name="Category">Violation category id, or <c>advice</c>.</param>
/// <param name="Decision"><c>allow</c>, <c>advise</c>, <c>hold</c> or <c>block</c>.</param>
/// <param name="Code">Stable English code.</param>
/// <param name="ReasonJa">Reason in Japanese.</param>
/// <param name="Score">Confidence 0–1.</param>
/// <param name="Evidence">Where in the text.</param>
[GenerateSerializer, Immutable]
public sealed record FindingView(
    [property: Id(0)] string Category,
    [property: Id(1)] string Decision,
    [property: Id(2)] string Code,
    [property: Id(3)] string ReasonJa,
    [property: Id(4)] double Score,
    [property: Id(5)] IReadOnlyList<EvidenceView> Evidence);
