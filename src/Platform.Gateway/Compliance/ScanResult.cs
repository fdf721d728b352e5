using Platform.Abstractions.Compliance;

namespace Platform.Gateway.Compliance;

/// <summary>What the platform would decide about a text, without changing anything.</summary>
/// <param name="Id">The request's id, if given.</param>
/// <param name="Labels">Violation categories found (advice excluded), as in the corpus format.</param>
/// <param name="Decision"><c>allow</c>, <c>advise</c>, <c>hold</c> or <c>block</c>.</param>
/// <param name="Findings">Findings with evidence spans and Japanese reasons (advice included).</param>
public sealed record ScanResult(string? Id, IReadOnlyList<string> Labels, string Decision, IReadOnlyList<FindingView> Findings);
