namespace Platform.Abstractions.Jobs;

/// <summary>The client's terms when turning a proposal into a contract.</summary>
/// <param name="ProposalId">The proposal chosen.</param>
/// <param name="PriceYen">Agreed price; null takes the proposal's price.</param>
/// <param name="DeliveryDate">Agreed delivery date.</param>
[GenerateSerializer, Immutable]
public sealed record AwardContract(
    [property: Id(0)] string ProposalId,
    [property: Id(1)] long? PriceYen,
    [property: Id(2)] DateOnly DeliveryDate);
