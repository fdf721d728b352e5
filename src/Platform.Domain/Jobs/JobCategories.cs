namespace Platform.Domain.Jobs;

/// <summary>The job categories the marketplace offers.</summary>
public static class JobCategories
{
    public static IReadOnlyList<string> All { get; } =
    [
        "web_development", "app_development", "design", "writing", "translation",
        "video", "marketing", "data_entry", "business_support", "other",
    ];

    public static bool IsKnown(string? category) => category is not null && All.Contains(category);
}
