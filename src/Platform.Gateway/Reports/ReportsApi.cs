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
        reports.MapPost("/", ReportAsync).WithSummary("Report a job, message, proposal or user; answers a receipt.");
        reports.MapGet("/{id}", ReceiptAsync).WithSummary("One's own report receipt.");
        return api;
    }

    private static async Task<IResult> ReportAsync(ReportBody? body, HttpContext http, IGrainFactory grains)
    {
        if (Guard.Body(body) is { } missing)
        {
            return missing;
        }

        if (!ActingUser.TryGet(http, out var actor, out var problem))
        {
            return problem!;
        }

        var receipt = await grains.Grain<IReviewQueueGrain>("default").ReportAsync(
            new ReportRequest(actor, body!.TargetKind ?? "", body.TargetId ?? "", body.Category ?? "", body.Comment));
        return Results.Created($"/api/reports/{receipt.Id}", receipt);
    }

    private static async Task<IResult> ReceiptAsync(string id, HttpContext http, IGrainFactory grains)
    {
        if (!ActingUser.TryGet(http, out var actor, out var problem))
        {
            return problem!;
        }

        return Results.Ok(await grains.Grain<IReviewQueueGrain>("default").GetReceiptAsync(id, actor));
    }
}
