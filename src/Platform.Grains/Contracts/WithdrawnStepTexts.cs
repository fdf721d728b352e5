using Platform.Abstractions.Reviews;
using Platform.Domain.Trust;
using Platform.Grains.Common;
using Platform.Grains.Jobs;
using Platform.Grains.Reviews;

namespace Platform.Grains.Contracts;

/// <summary>
/// A withdrawn party's texts written with a contract's step and still withheld for review (a delivery note, a cancellation or
/// termination reason, a rating comment: <see cref="WithheldText"/>), as their held messages are (<see cref="WithdrawnMessages"/>):
/// marked withdrawn (<see cref="WithheldText.Withdrawal"/>), so no reviewer's dismissal shows them to the other party, who keeps
/// seeing the notice in their place, and their review items closed by the platform, uncounted. Lifting the withdrawal withholds
/// them as before and queues them for review again.
/// </summary>
internal static class WithdrawnStepTexts
{
    /// <summary>The outcome of the review item of a withdrawn party's withheld step text (the platform closed it).</summary>
    public const string ItemClosedOutcome = "text withdrawn: author withdrawn";

    private const string Withdrawn = "withdrawn";
    private const string Restoring = "restoring";

    /// <summary>
    /// Marks <paramref name="userId"/>'s withheld step texts withdrawn, saves, and closes their review items, also those an earlier
    /// call marked but was cut off before closing (an item closed already is left as it is): so it may run again. An item the
    /// other party's withheld text of the same step shares (a rating or termination text kept before each had its own item:
    /// <see cref="WithheldText.ReviewItemId"/>) stays open for theirs.
    /// </summary>
    public static async Task WithdrawAsync(IContractHost host, string userId)
    {
        var withheld = host.State.Withheld;
        // Both marks run (|, not ||): texts withheld as before, and texts a lift cut off before they were queued again.
        if (Mark(withheld, userId, null, Withdrawn) | Mark(withheld, userId, Restoring, Withdrawn))
        {
            await host.SaveAsync();
        }

        var queue = ReviewHooks.Queue(host.Grains);
        await Task.WhenAll(Of(host, userId, Withdrawn).Select(t => t.ReviewId).Distinct()
            .Where(itemId => !withheld!.Any(w => w.ReviewId == itemId && w is { ReleasedAt: null, Withdrawal: null }))
            .Select(itemId => queue.WithdrawAsync(ItemKey(host, itemId), WithdrawnTexts.ItemClosedJa, ItemClosedOutcome)));
    }

    /// <summary>
    /// Gives back what <see cref="WithdrawAsync"/> took: each text is withheld as before and its detection queued for review
    /// again, then saved as queued. A text whose item was not queued yet (cut off in between) still says so
    /// (<see cref="WithheldText.Withdrawal"/> <c>restoring</c>) and is queued when this runs again (the lift's durable step).
    /// </summary>
    public static async Task RestoreAsync(IContractHost host, string userId)
    {
        var withheld = host.State.Withheld;
        if (Mark(withheld, userId, Withdrawn, Restoring))
        {
            await host.SaveAsync();
        }

        var restoring = Of(host, userId, Restoring);
        if (restoring.Count == 0)
        {
            return;
        }

        foreach (var text in restoring)
        {
            await ReviewHooks.Queue(host.Grains).EnqueueAsync(Item(host, text));
        }

        Mark(withheld, userId, Restoring, null);
        await host.SaveAsync();
    }

    // The detection of a withheld text as the checks queued it when it was written (EffectDispatcher): filed under the decisive
    // finding, a blocked text as a notice to the support team, due a business day from now.
    private static NewReviewItem Item(IContractHost host, WithheldText text)
    {
        var decisive = text.Findings.FirstOrDefault(f => f.Decision == "block") ?? text.Findings.FirstOrDefault(f => f.Decision == "hold") ?? text.Findings.FirstOrDefault();
        var blocked = text.Decided == "blocked";
        return new NewReviewItem(
            "detection", "auto", "contract", host.ContractId, text.ReviewId, text.WrittenBy, decisive?.Category, decisive?.Code ?? "hold",
            $"自動検知：{decisive?.ReasonJa ?? $"{WithheldTexts.Label(text.ItemId)}の文面が審査待ちです。"}",
            blocked ? 3 : Math.Max(2, ReviewHooks.Severity(decisive?.Category)), BusinessCalendar.DueAfter(host.Now, 1), ItemKey(host, text.ReviewId))
        {
            Findings = text.Findings,
            LatestFindingsWin = true,
            Requeued = true,
        };
    }

    private static bool Mark(List<WithheldText>? withheld, string userId, string? from, string? to)
    {
        var changed = false;
        for (var i = 0; i < (withheld?.Count ?? 0); i++)
        {
            if (withheld![i] is { ReleasedAt: null } text && text.WrittenBy == userId && text.Withdrawal == from)
            {
                withheld[i] = text with { Withdrawal = to };
                changed = true;
            }
        }

        return changed;
    }

    private static List<WithheldText> Of(IContractHost host, string userId, string withdrawal) =>
        [.. host.State.Withheld.OrEmpty().Where(w => w.WrittenBy == userId && w.ReleasedAt is null && w.Withdrawal == withdrawal)];

    // As the checks key the review item of a step's text (EffectDispatcher: the step's item id on the contract).
    private static string ItemKey(IContractHost host, string itemId) => $"held-contract-{host.ContractId}-{itemId}";
}
