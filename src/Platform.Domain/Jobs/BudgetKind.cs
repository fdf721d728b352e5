namespace Platform.Domain.Jobs;

/// <summary>How a job's budget is expressed.</summary>
public enum BudgetKind
{
    Fixed,
    Hourly,
}
