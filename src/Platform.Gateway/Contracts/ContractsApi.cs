using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Abstractions.Common;
using Platform.Abstractions.Contracts;
using Platform.Gateway.Infrastructure;
using Platform.Gateway.Jobs;

namespace Platform.Gateway.Contracts;

/// <summary>A contract's lifecycle: escrow, delivery, acceptance, payment, cancellation, early termination, messages, ratings, history.</summary>
public static class ContractsApi
{
    public static IEndpointRouteBuilder MapContractsApi(this IEndpointRouteBuilder api)
    {
        var contracts = api.MapGroup("/contracts").WithTags("Contracts");
        contracts.MapGet("/{id}", (string id, HttpContext http, IGrainFactory g) => As(http, g, id, (c, actor) => c.GetAsync(actor)))
            .WithSummary("The contract for one of its parties: stage, amounts, disclosure status and requests.");
        contracts.MapPost("/{id}/escrow", (string id, HttpContext http, IGrainFactory g) => As(http, g, id, (c, actor) => c.FundEscrowAsync(actor)))
            .WithSummary("The client funds escrow (仮払い).");
        contracts.MapPost("/{id}/deliveries", (string id, DeliveryRequest? body, HttpContext http, IGrainFactory g) =>
            (Guard.IdempotencyKey(http, out var key) ?? Guard.Body(body)) is { } invalid
                ? Task.FromResult(invalid)
                : As(http, g, id, (c, actor) => c.DeliverAsync(actor, body!.Note ?? "", key)))
            .WithSummary("The worker delivers (納品). A retry with the same Idempotency-Key returns the contract without a second delivery (the key with another note: 409).");
        contracts.MapPost("/{id}/acceptance", (string id, HttpContext http, IGrainFactory g) => As(http, g, id, (c, actor) => c.AcceptAsync(actor)))
            .WithSummary("The client accepts the delivery (検収).");
        contracts.MapPost("/{id}/payment", (string id, HttpContext http, IGrainFactory g) => As(http, g, id, (c, actor) => c.ConfirmPaymentAsync(actor)))
            .WithSummary("The client confirms payment (支払い確定).");
        contracts.MapPost("/{id}/cancellation", (string id, ReasonRequest? body, HttpContext http, IGrainFactory g) =>
            WithBody(body, () => As(http, g, id, (c, actor) => c.CancelAsync(actor, body!.Reason ?? ""))))
            .WithSummary("Cancel before delivery: either party before escrow, only the worker after it (escrow refunded to the client).");
        contracts.MapPost("/{id}/termination", (string id, ReasonRequest? body, HttpContext http, IGrainFactory g) =>
            WithBody(body, () => As(http, g, id, (c, actor) => c.RequestTerminationAsync(actor, body!.Reason ?? ""))))
            .WithSummary("Ask to end the contract early (契約途中終了リクエスト).");
        contracts.MapPost("/{id}/termination/response", RespondAsync).WithSummary("Accept or refuse the other party's early-termination request.");
        contracts.MapPost("/{id}/messages", (string id, MessageRequest? body, HttpContext http, IGrainFactory g) =>
            WithBody(body, () => Guard.IdempotencyKey(http, out var key) is { } badKey
                ? Task.FromResult(badKey)
                : As(http, g, id, (c, actor) => c.SendMessageAsync(actor, body!.Text ?? "", key), m => $"/api/contracts/{id}/messages/{m.Id}")))
            .WithSummary("Send a message; checked by compliance (delivered, held or blocked). A retry with the same Idempotency-Key returns the first answer (the key with another text: 409).");
        contracts.MapGet("/{id}/messages", (string id, HttpContext http, IGrainFactory g) =>
            PageQuery.TryRead(http.Request.Query, out var page) is { } invalid
                ? Task.FromResult(invalid)
                : As(http, g, id, (c, actor) => c.GetMessagesAsync(actor, page.After, page.Before, page.Limit)))
            .WithSummary("The thread as the viewer may see it, oldest first: the latest 100 by default; ?after=N / ?before=N (message numbers), ?limit= up to 500.");
        contracts.MapGet("/{id}/messages/{messageId}", (string id, string messageId, HttpContext http, IGrainFactory g) =>
            As(http, g, id, (c, actor) => c.GetMessageAsync(actor, messageId)))
            .WithSummary("One message of the thread, as the viewer may see it (where a message's Location points).");
        contracts.MapPost("/{id}/ratings", RateAsync).WithSummary("Rate the other party after acceptance.");
        contracts.MapGet("/{id}/history", (string id, HttpContext http, IGrainFactory g) => As(http, g, id, (c, actor) => c.GetHistoryAsync(actor)))
            .WithSummary("The contract's append-only history.");
        return api;
    }

    private static Task<IResult> RespondAsync(string id, TerminationResponseRequest? body, HttpContext http, IGrainFactory grains)
    {
        if (Guard.Body(body) is { } missing)
        {
            return Task.FromResult(missing);
        }

        return body!.Accept is { } accept
            ? As(http, grains, id, (c, actor) => c.RespondTerminationAsync(actor, accept))
            : Task.FromResult(ApiProblems.Invalid("accept", "accept（true で合意、false で拒否）は必須です。", "field.required"));
    }

    private static Task<IResult> RateAsync(string id, RatingRequest? body, HttpContext http, IGrainFactory grains)
    {
        if (Guard.Body(body) is { } missing)
        {
            return Task.FromResult(missing);
        }

        return body!.Stars is { } stars
            ? As(http, grains, id, (c, actor) => c.RateAsync(actor, stars, body.Comment))
            : Task.FromResult(ApiProblems.Invalid("stars", "stars（1〜5）は必須です。", "field.required"));
    }

    private static Task<IResult> WithBody<T>(T? body, Func<Task<IResult>> next) where T : class =>
        Guard.Body(body) is { } missing ? Task.FromResult(missing) : next();

    private static async Task<IResult> As<T>(HttpContext http, IGrainFactory grains, string id, Func<IContractGrain, string, Task<T>> action, Func<T, string>? created = null)
    {
        if (!ActingUser.TryGet(http, out var actor, out var problem))
        {
            return problem!;
        }

        var result = await action(grains.Grain<IContractGrain>(id), actor);
        return created is null ? Answers.Ok(result) : Answers.Created(created(result), result);
    }
}
