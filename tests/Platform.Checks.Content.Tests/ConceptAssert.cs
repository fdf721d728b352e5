using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>The two assertions every concept round makes: the category found with evidence, or none of the content categories.</summary>
internal static class ConceptAssert
{
    /// <summary>A finding of <paramref name="category"/>, and every finding shows evidence on the text.</summary>
    public static void Reports(IReadOnlyList<Finding> findings, string category)
    {
        Assert.Contains(findings, f => f.Category == category);
        Assert.All(findings, f => Assert.NotEmpty(f.Evidence));
    }

    /// <summary>
    /// No finding of any category the content check covers (contact is the other plugin's); an allow finding decides nothing
    /// (<c>tos.ordinary_growth</c> clears external_tos for the scorer).
    /// </summary>
    public static void ReportsNoContentCategory(IReadOnlyList<Finding> findings) =>
        Assert.DoesNotContain(
            findings,
            f => f.Decision > Decision.Allow && f.Category is Categories.FakeOfficial or Categories.ExternalTos or Categories.UnpaidSample or Categories.UncertainCompensation
                or Categories.Mlm or Categories.StealthMarketing or Categories.OtherIllegal or Categories.RemoteDesktop);
}
