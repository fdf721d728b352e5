using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>The two assertions the contact rounds make: an off-platform contact finding with its decision, or none.</summary>
internal static class ContactAssert
{
    /// <summary>An off_platform_contact finding with <paramref name="decision"/>.</summary>
    public static void Finds(IReadOnlyList<Finding> findings, Decision decision) =>
        Assert.Contains(findings, f => f.Category == Categories.OffPlatformContact && f.Decision == decision);

    /// <summary>No off_platform_contact finding at all.</summary>
    public static void FindsNone(IReadOnlyList<Finding> findings) =>
        Assert.DoesNotContain(findings, f => f.Category == Categories.OffPlatformContact);
}
