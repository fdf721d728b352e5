namespace Platform.Abstractions.Compliance;

/// <summary>A grain whose compliance decisions can be read by staff.</summary>
public interface IAuditable
{
    /// <summary>Every recorded compliance decision on this entity, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> GetAuditAsync();
}
