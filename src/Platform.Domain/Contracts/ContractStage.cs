namespace Platform.Domain.Contracts;

/// <summary>A contract's stage (プロジェクト方式).</summary>
public enum ContractStage
{
    Contracted,
    EscrowFunded,
    Delivered,
    Accepted,
    Paid,
    Cancelled,
}
