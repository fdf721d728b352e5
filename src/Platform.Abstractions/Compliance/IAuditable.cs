namespace Platform.Abstractions.Compliance;

/// <summary>A grain whose compliance decisions can be read by staff.</summary>
public interface IAuditable
{
    /// <summary>
    /// Every recorded compliance decision on this entity, oldest first; 404 <c>user.not_found</c>, <c>job.not_found</c> or
    /// <c>contract.not_found</c> when the entity does not exist (and nothing was ever recorded on it).
    /// </summary>
    Task<IReadOnlyList<AuditEntry>> GetAuditAsync();
}
