using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Abstractions.Common;
using Platform.Abstractions.Contracts;
using Platform.Gateway.Infrastructure;

namespace Platform.Gateway.Trust;

/// <summary>A party's trust requests on a contract: contact disclosure (連絡先公開申請) and nudge (連絡催促申請).</summary>
public static class TrustApi
{
    public static IEndpointRouteBuilder MapTrustApi(this IEndpointRouteBuilder api)
    {
        var contracts = api.MapGroup("/contracts").WithTags("Contracts: trust");
        contracts.MapPost("/{id}/disclosure", (string id, HttpContext http, IGrainFactory g) => As(http, g, id, (c, actor) => c.RequestDisclosureAsync(actor)))
            .WithSummary("Ask for contact disclosure (連絡先公開申請): approved at once when both records are clear, otherwise reviewed within 2 business days; on approval, messages held only for their contact details are delivered. 409 disclosure.not_funded before escrow, disclosure.contract_ended on a cancelled contract.");
        contracts.MapPost("/{id}/nudge", (string id, HttpContext http, IGrainFactory g) => As(http, g, id, (c, actor) => c.RequestNudgeAsync(actor)))
            .WithSummary("Ask the platform to nudge the silent other party (連絡催促申請).");
        return api;
    }

    private static async Task<IResult> As(HttpContext http, IGrainFactory grains, string id, Func<IContractGrain, string, Task<ContractView>> action)
    {
        if (!ActingUser.TryGet(http, out var actor, out var problem))
        {
            return problem!;
        }

        return Answers.Ok(await action(grains.Grain<IContractGrain>(id), actor));
    }
}
