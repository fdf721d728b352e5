namespace Platform.LoadTest.Traffic;

/// <summary>A contract and its endpoints.</summary>
internal sealed record ContractTarget(string ContractId, string ClientId, string WorkerId, Uri Base)
{
    public Uri Messages { get; } = new(Base, $"{ContractId}/messages");
    public Uri Escrow { get; } = new(Base, $"{ContractId}/escrow");
    public Uri Deliveries { get; } = new(Base, $"{ContractId}/deliveries");
    public Uri Acceptance { get; } = new(Base, $"{ContractId}/acceptance");
    public Uri Payment { get; } = new(Base, $"{ContractId}/payment");
    public Uri Ratings { get; } = new(Base, $"{ContractId}/ratings");
}
