using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Abstractions.Common;
using Platform.Abstractions.Jobs;
using Platform.Gateway.Infrastructure;

namespace Platform.Gateway.Jobs;

/// <summary>Job posts, proposals, proposal threads and awarding a contract.</summary>
public static class JobsApi
{
    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder api)
    {
        var jobs = api.MapGroup("/jobs").WithTags("Jobs");
        jobs.MapPost("/", CreateAsync)
            .WithSummary("Post a job (draft, or published with publish=true); checked by compliance. A retry with the same Idempotency-Key returns the job the first one created (the key with another post: 409).");
        jobs.MapGet("/{id}", (string id, HttpContext http, IGrainFactory g) => As(http, id, (actor, job) => job(g).GetAsync(actor)))
            .WithSummary("One job as the viewer may see it: an open job to anyone, a draft, held or closed one to its client only (where a job's Location points).");
        jobs.MapPut("/{id}", EditAsync).WithSummary("Edit one's draft or open job; checked by compliance.");
        jobs.MapPost("/{id}/publish", (string id, HttpContext http, IGrainFactory g) => As(http, id, (actor, job) => job(g).PublishAsync(actor)))
            .WithSummary("The client publishes a draft; checked by compliance.");
        jobs.MapPost("/{id}/close", (string id, HttpContext http, IGrainFactory g) => As(http, id, (actor, job) => job(g).CloseAsync(actor)))
            .WithSummary("The client closes recruiting: no further proposals.");
        jobs.MapPost("/{id}/proposals", ProposeAsync)
            .WithSummary("A worker proposes; checked by compliance. A retry with the same Idempotency-Key returns the proposal the first one made (the key with another text or price: 409).");
        jobs.MapGet("/{id}/proposals", (string id, HttpContext http, IGrainFactory g) => As(http, id, (actor, job) => job(g).GetProposalsAsync(actor)))
            .WithSummary("The proposals the viewer may see: all of them to the job's client, a worker's own to that worker.");
        jobs.MapGet("/{id}/proposals/{proposalId}", (string id, string proposalId, HttpContext http, IGrainFactory g) =>
            As(http, id, async (actor, job) => Guard.Single(await job(g).GetProposalsAsync(actor), p => p.Id, "proposal", "提案", proposalId)))
            .WithSummary("One proposal, as the viewer may see it (where a proposal's Location points).");
        jobs.MapPost("/{id}/proposals/{proposalId}/messages", SendMessageAsync)
            .WithSummary("A message in a proposal thread; checked by compliance. A retry with the same Idempotency-Key returns the first answer (the key with another text: 409).");
        jobs.MapGet("/{id}/proposals/{proposalId}/messages", (string id, string proposalId, HttpContext http, IGrainFactory g) =>
            PageQuery.TryRead(http.Request.Query, out var page) is { } invalid
                ? Task.FromResult(invalid)
                : As(http, id, (actor, job) => job(g).GetProposalThreadAsync(actor, proposalId, page.After, page.Before, page.Limit)))
            .WithSummary("A proposal thread as the viewer may see it, oldest first: the latest 100 by default; ?after=N / ?before=N (message numbers), ?limit= up to 500.");
        jobs.MapGet("/{id}/proposals/{proposalId}/messages/{messageId}", (string id, string proposalId, string messageId, HttpContext http, IGrainFactory g) =>
            As(http, id, (actor, job) => job(g).GetProposalMessageAsync(actor, proposalId, messageId)))
            .WithSummary("One message of a proposal thread, as the viewer may see it (where a message's Location points).");
        jobs.MapPost("/{id}/proposals/{proposalId}/contract", AwardAsync).WithSummary("The client makes a contract from a proposal.");
        return api;
    }

    private static async Task<IResult> CreateAsync(JobRequest? body, HttpContext http, IGrainFactory grains)
    {
        if ((Guard.IdempotencyKey(http, out var key) ?? Guard.Body(body)) is { } invalid)
        {
            return invalid;
        }

        if (!ActingUser.TryGet(http, out var actor, out var problem))
        {
            return problem!;
        }

        if (ToDraft(body!) is not { } draft)
        {
            return MissingBudget();
        }

        var id = key is null ? Ids.New("j") : Ids.For("j", actor, key);
        var view = await grains.Grain<IJobGrain>(id).CreateAsync(actor, draft, body!.Publish ?? false, repeatable: key is not null);
        return Answers.Created($"/api/jobs/{id}", view);
    }

    private static Task<IResult> EditAsync(string id, JobRequest? body, HttpContext http, IGrainFactory grains)
    {
        if (Guard.Body(body) is { } missing)
        {
            return Task.FromResult(missing);
        }

        return ToDraft(body!) is { } draft
            ? As(http, id, (actor, job) => job(grains).EditAsync(actor, draft))
            : Task.FromResult(MissingBudget());
    }

    private static Task<IResult> ProposeAsync(string id, ProposalRequest? body, HttpContext http, IGrainFactory grains)
    {
        if ((Guard.IdempotencyKey(http, out var key) ?? Guard.Body(body)) is { } invalid)
        {
            return Task.FromResult(invalid);
        }

        if (body!.PriceYen is not { } price)
        {
            return Task.FromResult(ApiProblems.Invalid("priceYen", "priceYen（提案金額）は必須です。", "field.required"));
        }

        return As(http, id, (actor, job) => job(grains).ProposeAsync(actor, body.Text ?? "", price, key), created: p => $"/api/jobs/{id}/proposals/{p.Id}");
    }

    private static Task<IResult> SendMessageAsync(string id, string proposalId, MessageRequest? body, HttpContext http, IGrainFactory grains) =>
        (Guard.IdempotencyKey(http, out var key) ?? Guard.Body(body)) is { } invalid
            ? Task.FromResult(invalid)
            : As(http, id, (actor, job) => job(grains).SendProposalMessageAsync(actor, proposalId, body!.Text ?? "", key),
                created: m => $"/api/jobs/{id}/proposals/{proposalId}/messages/{m.Id}");

    private static Task<IResult> AwardAsync(string id, string proposalId, ContractRequest? body, HttpContext http, IGrainFactory grains)
    {
        if (Guard.Body(body) is { } missing)
        {
            return Task.FromResult(missing);
        }

        if (body!.DeliveryDate is not { } date)
        {
            return Task.FromResult(ApiProblems.Invalid("deliveryDate", "deliveryDate（納期、yyyy-MM-dd）は必須です。", "field.required"));
        }

        return As(http, id, (actor, job) => job(grains).AwardAsync(actor, new AwardContract(proposalId, body.PriceYen, date)),
            created: c => $"/api/contracts/{c.Id}");
    }

    private static JobDraft? ToDraft(JobRequest body) => body.Budget is { AmountYen: { } amount }
        ? new JobDraft(body.Title ?? "", body.Description ?? "", body.Category ?? "", body.Budget.Kind ?? "", amount, body.Deadline)
        : null;

    private static IResult MissingBudget() =>
        ApiProblems.Invalid("budget.amountYen", "budget（kind と amountYen）は必須です。", "field.required");

    private static async Task<IResult> As<T>(HttpContext http, string id, Func<string, Func<IGrainFactory, IJobGrain>, Task<T>> action, Func<T, string>? created = null)
    {
        if (!ActingUser.TryGet(http, out var actor, out var problem))
        {
            return problem!;
        }

        var result = await action(actor, grains => grains.Grain<IJobGrain>(id));
        return created is null ? Answers.Ok(result) : Answers.Created(created(result), result);
    }
}
