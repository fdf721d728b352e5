using Platform.Abstractions.Contracts;
using Platform.Grains.Common;

namespace Platform.Grains.Contracts;

/// <summary>A contract's state as its parties see it.</summary>
internal static class ContractViews
{
    public static ContractView View(string id, ContractState s) => new()
    {
        Id = id,
        JobId = s.Setup!.JobId,
        ProposalId = s.Setup!.ProposalId,
        ClientId = s.Setup!.ClientId,
        WorkerId = s.Setup!.WorkerId,
        PriceYen = s.Setup!.PriceYen,
        DeliveryDate = s.Setup!.DeliveryDate,
        JobTitle = s.Setup!.JobTitle,
        Stage = s.Stage,
        Disclosure = s.Disclosure,
        CreatedAt = s.CreatedAt,
        Deliveries = s.Deliveries.OrEmpty().ToArray(),
        AcceptedAt = s.AcceptedAt,
        PaidAt = s.PaidAt,
        Termination = s.Termination,
        Ratings = s.Ratings.OrEmpty().ToArray(),
        MessageCount = s.Messages.OrEmpty().Count,
        DisclosureRequest = s.DisclosureRequest,
        Nudge = s.Nudge,
    };
}
