using Microsoft.Extensions.Options;

namespace Platform.Grains.Notifications;

/// <summary>Refuses a start with a webhook that is no http(s) URL, or a number of attempts or a retry delay that cannot be meant; each failure names the key.</summary>
internal sealed class NotificationOptionsValidator : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        const string Section = NotificationOptions.Section;
        List<string> failures = [];
        if (!string.IsNullOrWhiteSpace(options.WebhookUrl)
            && !(Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)))
        {
            failures.Add($"{Section}:WebhookUrl: '{options.WebhookUrl}' is not an http or https URL");
        }

        if (options.WebhookAttempts < 1)
        {
            failures.Add($"{Section}:WebhookAttempts must be at least 1, not {options.WebhookAttempts}");
        }

        if (options.WebhookRetryDelay < TimeSpan.Zero)
        {
            failures.Add($"{Section}:WebhookRetryDelay must be 0 or more, not {options.WebhookRetryDelay}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
