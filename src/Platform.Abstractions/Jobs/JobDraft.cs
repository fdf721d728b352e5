namespace Platform.Abstractions.Jobs;

/// <summary>The fields of a job post, as created or edited by its client.</summary>
/// <param name="Title">Title (up to 100 characters).</param>
/// <param name="Description">What is asked (up to 20,000 characters).</param>
/// <param name="Category">One of the marketplace's category ids.</param>
/// <param name="BudgetKind"><c>fixed</c> or <c>hourly</c>.</param>
/// <param name="BudgetYen">Budget in yen (total, or per hour).</param>
/// <param name="Deadline">Application deadline, or null.</param>
[GenerateSerializer, Immutable]
public sealed record JobDraft(
    [property: Id(0)] string Title,
    [property: Id(1)] string Description,
    [property: Id(2)] string Category,
    [property: Id(3)] string BudgetKind,
    [property: Id(4)] long BudgetYen,
    [property: Id(5)] DateTimeOffset? Deadline);
