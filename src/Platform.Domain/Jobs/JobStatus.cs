namespace Platform.Domain.Jobs;

/// <summary>A job post's status: draft → open → closed, or hidden by the platform.</summary>
public enum JobStatus
{
    Draft,
    Open,
    Closed,
    Hidden,
}
