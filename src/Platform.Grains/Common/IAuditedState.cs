using Platform.Abstractions.Compliance;

namespace Platform.Grains.Common;

/// <summary>An entity state that keeps the audit entries of its compliance decisions (see <see cref="StateLists"/>).</summary>
internal interface IAuditedState
{
    /// <summary>Decisions worth reading (findings or failed runs), oldest first; null until the first one.</summary>
    List<AuditEntry>? Audit { get; set; }
}
