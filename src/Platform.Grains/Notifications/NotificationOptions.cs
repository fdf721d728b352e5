namespace Platform.Grains.Notifications;

/// <summary>Where the support team is told at once about automatic detections (configuration section <c>Notifications</c>).</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>URL that receives a JSON POST per alert; none when empty.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Attempts per alert (bounded retries).</summary>
    public int WebhookAttempts { get; set; } = 3;

    /// <summary>Delay before the first retry; doubled for each further one.</summary>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);
}
