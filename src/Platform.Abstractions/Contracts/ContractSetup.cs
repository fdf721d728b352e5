namespace Platform.Abstractions.Contracts;

/// <summary>What a new contract starts from: the job, the chosen proposal, the parties and the agreed terms.</summary>
[GenerateSerializer, Immutable]
public sealed record ContractSetup(
    [property: Id(0)] string JobId,
    [property: Id(1)] string ProposalId,
    [property: Id(2)] string ClientId,
    [property: Id(3)] string WorkerId,
    [property: Id(4)] long PriceYen,
    [property: Id(5)] DateOnly DeliveryDate,
    [property: Id(6)] string JobTitle);
