using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Abstractions.Common;
using Platform.Abstractions.Reviews;
using Platform.Gateway.Infrastructure;

namespace Platform.Gateway.Reports;

/// <summary>Violation reports (違反申告): send-only; the reporter gets a receipt, never the verdict.</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports");
        reports.MapPost("/", ReportAsync)
            .WithSummary("Report a job, message, proposal or user, or a contract's delivery note, cancellation or termination reason or rating comment (its parties only); answers a receipt. A retry with the same Idempotency-Key returns the first receipt and files nothing (the key with another report: 409).");
        reports.MapGet("/{id}", ReceiptAsync).WithSummary("One's own report receipt.");
        return api;
    }

    private static async Task<IResult> ReportAsync(ReportBody? body, HttpContext http, IGrainFactory grains)
    {
        if ((Guard.IdempotencyKey(http, out var key) ?? Guard.Body(body)) is { } invalid)
        {
            return invalid;
        }

        if (!ActingUser.TryGet(http, out var actor, out var problem))
        {
            return problem!;
        }

        // Under a key the receipt's id comes from the reporter and the key, so a retry finds the receipt the first attempt stored.
        var receipt = await grains.Grain<IReviewQueueGrain>("default").ReportAsync(
            new ReportRequest(actor, body!.TargetKind ?? "", body.TargetId ?? "", body.Category ?? "", body.Comment),
            key is null ? null : Ids.For("rcpt", actor, key));
        return Answers.Created($"/api/reports/{receipt.Id}", receipt);
    }

    private static async Task<IResult> ReceiptAsync(string id, HttpContext http, IGrainFactory grains)
    {
        if (!ActingUser.TryGet(http, out var actor, out var problem))
        {
            return problem!;
        }

        return Answers.Ok(await grains.Grain<IReviewQueueGrain>("default").GetReceiptAsync(id, actor));
    }
}
