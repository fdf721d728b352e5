using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Platform.Grains.Notifications;

/// <summary>POSTs each alert as JSON to <c>Notifications:WebhookUrl</c>, with a bounded number of attempts and doubling delays.</summary>
internal sealed class WebhookSender(SupportAlerts alerts, IOptions<NotificationOptions> options, ILogger<WebhookSender> logger) : BackgroundService
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    // As the gateway writes its answers: Japanese as written, not \uXXXX (a body for a program, never embedded in a page).
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var url = options.Value.WebhookUrl;
        await foreach (var alert in alerts.Reader.ReadAllAsync(stoppingToken))
        {
            if (string.IsNullOrWhiteSpace(url))
            {
                continue;
            }

            var delay = options.Value.WebhookRetryDelay;
            for (var attempt = 1; attempt <= Math.Max(1, options.Value.WebhookAttempts); attempt++)
            {
                try
                {
                    using var response = await Http.PostAsJsonAsync(url, new
                    {
                        type = "review_item",
                        sequence = alert.Sequence,
                        at = alert.At,
                        itemId = alert.Item.Id,
                        kind = alert.Item.Item.Kind,
                        code = alert.Item.Item.Code,
                        category = alert.Item.Item.Category,
                        severity = alert.Item.Severity,
                        summaryJa = alert.Item.Item.SummaryJa,
                        dueAt = alert.Item.Item.DueAt,
                        sourceKind = alert.Item.Item.SourceKind,
                        sourceId = alert.Item.Item.SourceId,
                        subjectUserId = alert.Item.Item.SubjectUserId,
                        findings = alert.Item.Item.Findings,
                    }, Json, stoppingToken);
                    if (response.IsSuccessStatusCode)
                    {
                        break;
                    }

                    logger.LogWarning("Webhook answered {Status} for alert {Sequence} (attempt {Attempt})", (int)response.StatusCode, alert.Sequence, attempt);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(ex, "Webhook failed for alert {Sequence} (attempt {Attempt})", alert.Sequence, attempt);
                }

                await Task.Delay(delay, stoppingToken);
                delay *= 2;
            }
        }
    }
}
