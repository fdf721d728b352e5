namespace Platform.LoadTest.Traffic;

/// <summary>The fields of a generated job post.</summary>
internal sealed record JobText(string Title, string Description, string Category, string BudgetKind, long BudgetYen);
