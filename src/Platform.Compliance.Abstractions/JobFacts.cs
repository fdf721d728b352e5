namespace Platform.Compliance.Abstractions;

/// <summary>Job-post facts a check may use for advice (budget, deadline, category).</summary>
/// <param name="Category">Job category id, e.g. <c>web_development</c>, <c>writing</c>.</param>
/// <param name="BudgetKind"><c>fixed</c> or <c>hourly</c>.</param>
/// <param name="BudgetYen">Budget in yen (total for fixed, per hour for hourly); null when not given.</param>
/// <param name="Deadline">Application or delivery deadline; null when not given.</param>
public sealed record JobFacts(string Category, string BudgetKind, long? BudgetYen, DateTimeOffset? Deadline);
