using Platform.Abstractions.Contracts;
using Platform.Grains.Common;

namespace Platform.Grains.Contracts;

/// <summary>
/// Finds a text written with a contract's step for a report: <c>delivery</c> (by its number), <c>cancellation</c> (a
/// contract has one), <c>termination</c> (the Nth early-termination request, 1 for the first: a refused request can be
/// followed by another) and <c>rating</c> (by the rater's user id). A step without a text (a rating without a comment, a
/// cancellation by the platform) has nothing to report.
/// </summary>
internal static class StepTexts
{
    /// <summary>The report target kinds that name a step's text.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["delivery", "cancellation", "termination", "rating"];

    public static StepTextView? Find(ContractState s, string kind, string? item)
    {
        var setup = s.Setup!;
        switch (kind)
        {
            case "delivery" when int.TryParse(item, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                && s.Deliveries.OrEmpty().FirstOrDefault(d => d.Number == number) is { } delivery:
                return View($"delivery-{number}", "delivery-" + number, setup.WorkerId, delivery.At);
            case "cancellation" when item is null && s.History.OrEmpty().FirstOrDefault(e => e.Type == "cancelled") is { } cancelled
                && (cancelled.ActorId == setup.ClientId || cancelled.ActorId == setup.WorkerId):
                return View("cancellation", "cancellation", cancelled.ActorId, cancelled.At);
            case "termination" when int.TryParse(item, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1
                && s.History.OrEmpty().Where(e => e.Type == "termination_requested").Skip(n - 1).FirstOrDefault() is { } requested:
                return View($"termination-{n}", "termination", requested.ActorId, requested.At);
            case "rating" when item is not null && s.Ratings.OrEmpty().FirstOrDefault(r => r.ByUserId == item) is { } rating
                && !string.IsNullOrWhiteSpace(rating.Comment):
                return View($"rating-{item}", "rating", item, rating.At);
            default:
                return null;
        }

        StepTextView View(string itemId, string withheldId, string writer, DateTimeOffset at) =>
            new(itemId, writer, at, WithheldTexts.Of(s, withheldId, writer, at) is { ReleasedAt: null });
    }
}
