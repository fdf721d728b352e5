namespace Platform.Abstractions.Reviews;

/// <summary>One violation category chosen in the reports merged into a review item, and who chose it.</summary>
/// <param name="Category">The violation category.</param>
/// <param name="Reporters">The reporters who chose it, first first (a reporter who chose several categories is under each).</param>
[GenerateSerializer, Immutable]
public sealed record ReportedCategory(
    [property: Id(0)] string Category,
    [property: Id(1)] IReadOnlyList<string> Reporters);
