using System.Text.Json;

namespace Examples.NewAccountLinks;

/// <summary>Settings read from <c>new-account-links.json</c> in the plugin's own folder.</summary>
public sealed class NewAccountLinksSettings
{
    public const string FileName = "new-account-links.json";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Accounts with at most this many completed contracts count as new.</summary>
    public int MaxCompletedContracts { get; init; }

    /// <summary>Domains (and their sub-domains) that are never held.</summary>
    public string[] AllowedDomains { get; init; } = [];

    /// <summary>From this many outside links in one text, the support team is notified.</summary>
    public int NotifySupportAtLinks { get; init; } = 2;

    /// <summary>Reads the file beside the plugin assembly; defaults when it is missing.</summary>
    public static NewAccountLinksSettings Load()
    {
        var folder = Path.GetDirectoryName(typeof(NewAccountLinksSettings).Assembly.Location);
        var path = string.IsNullOrEmpty(folder) ? FileName : Path.Combine(folder, FileName);
        return File.Exists(path)
            ? JsonSerializer.Deserialize<NewAccountLinksSettings>(File.ReadAllText(path), JsonOptions) ?? new()
            : new();
    }
}
