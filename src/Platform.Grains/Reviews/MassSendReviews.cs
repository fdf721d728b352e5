using Platform.Abstractions.Compliance;
using Platform.Abstractions.Reviews;
using Platform.Grains.Users;

namespace Platform.Grains.Reviews;

/// <summary>The support team's one alert for a mass-send (一斉送信), and what dismissing it does to the copies it lists.</summary>
internal static class MassSendReviews
{
    /// <summary>Whether <paramref name="item"/> is a sender's mass-send alert.</summary>
    public static bool IsAlert(NewReviewItem item) => item is { Kind: "detection", Code: MassSends.Code };

    /// <summary>
    /// The alert with a further copy's evidence added: every copy of the campaign is listed once (by its thread and
    /// message), whenever it was found.
    /// </summary>
    public static NewReviewItem WithCopies(NewReviewItem alert, NewReviewItem more) =>
        alert with { Findings = [.. alert.Findings.UnionBy(more.Findings, CopyOf)] };

    /// <summary>
    /// The review-item keys of the held copies a dismissed alert lists (<c>held-{kind}-{id}-{message}</c>, as
    /// <see cref="HeldWrites"/> and the pull-back key them).
    /// </summary>
    public static IEnumerable<string> HeldCopyKeys(NewReviewItem alert) =>
        alert.Findings.Select(CopyOf).OfType<string>().Select(copy => copy.Split(':', 3)).Where(p => p.Length == 3)
            .Select(p => $"held-{p[0]}-{p[1]}-{p[2]}").Distinct();

    /// <summary>
    /// Whether a held copy's item may be released with the alert's dismissal: nothing but the mass-send holds it. A copy
    /// also held for something else (a contact detail, say) stays for a reviewer to decide on that.
    /// </summary>
    public static bool HeldOnlyAsCopy(ReviewItemView copy) =>
        copy.Item.Kind == "message" && copy.Item.Findings.Any(f => f.Code == MassSends.Code)
        && copy.Item.Findings.Where(f => f.Decision is "hold" or "block").All(f => f.Code == MassSends.Code);

    // The copy a finding of the alert stands for: its evidence names the thread and the message.
    private static string? CopyOf(FindingView finding) => finding.Evidence.FirstOrDefault()?.Field;
}
