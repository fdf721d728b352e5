using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Platform.Abstractions.Common;
using Platform.Abstractions.Reviews;
using Platform.Gateway.Infrastructure;

namespace Platform.Gateway.Staff;

/// <summary>The support team's review queue: list, decide, and a live stream of automatic detections.</summary>
public static class ReviewsApi
{
    public static IEndpointRouteBuilder MapReviewsApi(this IEndpointRouteBuilder staff)
    {
        var reviews = staff.MapGroup("/reviews").WithTags("Staff: reviews");
        reviews.MapGet("/", ListAsync)
            .WithSummary("Review items, open first, by due time then severity; ?status=open|decided, ?kind=, ?category=, ?subject= (user id), ?limit=.");
        reviews.MapGet("/stream", StreamAsync).WithSummary("Server-sent events (text/event-stream): one `review_item` event per new automatic detection.");
        reviews.MapGet("/{itemId}", (string itemId, IGrainFactory g) => Queue(g).GetAsync(itemId))
            .WithSummary("One review item, open or decided (decided ones beyond the list's latest 500 too).");
        reviews.MapPost("/{itemId}/decision", DecideAsync).WithSummary("Decide an item: approve or reject, with a reason; the decision flows back to the item.");
        return staff;
    }

    private static async Task<IResult> ListAsync(HttpContext http, IGrainFactory grains)
    {
        var query = http.Request.Query;
        if (PageQuery.Read(query, "limit", 1, out var limit) is { } invalid)
        {
            return invalid;
        }

        string? Text(string name) => query.TryGetValue(name, out var v) ? v.ToString() : null;
        return Results.Ok(await Queue(grains).ListAsync(Text("status"), Text("kind"), Text("category"), Text("subject"), limit ?? int.MaxValue));
    }

    private static IReviewQueueGrain Queue(IGrainFactory grains) => grains.Grain<IReviewQueueGrain>("default");

    private static async Task<IResult> DecideAsync(string itemId, DecisionBody? body, HttpContext http, IGrainFactory grains)
    {
        if (Guard.Body(body) is { } missing)
        {
            return missing;
        }

        if (body!.Decision is not ("approve" or "reject"))
        {
            return ApiProblems.Invalid("decision", "decision は approve か reject を指定してください。", "review.unknown_decision");
        }

        return Results.Ok(await Queue(grains).DecideAsync(itemId, Reviewer.Of(http, body.Reviewer), body.Decision == "approve", body.Reason ?? ""));
    }

    private static async Task StreamAsync(HttpContext http, IGrainFactory grains, IHostApplicationLifetime lifetime, CancellationToken aborted)
    {
        // The stream ends when its client goes away or when the host stops: Kestrel waits for open requests before the
        // silo stops, and a stream left open (a reviewer's dashboard) took the whole shutdown time, so the silo then
        // stopped non-gracefully (its grains not deactivated, its reminders not handed over).
        using var ends = CancellationTokenSource.CreateLinkedTokenSource(aborted, lifetime.ApplicationStopping);
        var ct = ends.Token;
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        var queue = Queue(grains);
        // The host's options, as every other answer: the same fields and Japanese as written, not \uXXXX.
        var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var last = long.TryParse(http.Request.Headers["Last-Event-ID"], out var resume) ? resume : await queue.GetLastAlertSequenceAsync();
        try
        {
            // Inside the try: a client gone (or a host stopping) before the first line is an ordinary end, not an error.
            await http.Response.WriteAsync(": connected\n\n", ct);
            await http.Response.Body.FlushAsync(ct);
            while (!ct.IsCancellationRequested)
            {
                foreach (var alert in await queue.GetAlertsAsync(last))
                {
                    await http.Response.WriteAsync($"id: {alert.Sequence}\nevent: review_item\ndata: {JsonSerializer.Serialize(alert.Item, json)}\n\n", ct);
                    last = alert.Sequence;
                }

                await http.Response.Body.FlushAsync(ct);
                await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away, or the host is stopping (the client reconnects with Last-Event-ID to another host).
        }
    }
}
