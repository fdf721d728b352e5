using Platform.Grains.Common;
using Platform.Grains.Jobs;
using Platform.Grains.Reviews;

namespace Platform.Grains.Contracts;

/// <summary>
/// A withdrawn party's messages on a contract still held for review (強制退会: a removed user's texts reach no one any more), as
/// their held proposal-thread texts on a job are (<see cref="WithdrawnTexts"/>): they end undelivered (status <c>withdrawn</c>,
/// shown to their sender alone; the other party sees nothing of them, not even an event) and their review items are closed by
/// the platform, uncounted, so no reviewer finds them waiting. Lifting the withdrawal holds them again and queues them for review
/// again, as it does the held proposals.
/// </summary>
internal static class WithdrawnMessages
{
    /// <summary>The outcome of the review item of a withdrawn party's held message (the platform closed it).</summary>
    public const string ItemClosedOutcome = "message withdrawn: author withdrawn";

    /// <summary>
    /// Ends <paramref name="userId"/>'s held messages undelivered, saves, and closes their review items, also those an earlier call
    /// ended when it was cut off before closing them (an item closed already is left as it is): so it may run again.
    /// </summary>
    public static async Task WithdrawAsync(IContractHost host, string userId)
    {
        var changed = false;
        foreach (var message in host.State.Messages.OrEmpty())
        {
            if (message.SenderId == userId && message.Status == "held")
            {
                (message.Status, message.WithdrawnFrom) = (WithdrawnTexts.Status, "held");
                changed = true;
            }
        }

        if (changed)
        {
            await host.SaveAsync();
        }

        var queue = ReviewHooks.Queue(host.Grains);
        await Task.WhenAll(Of(host, userId, WithdrawnTexts.Status).Select(m =>
            queue.WithdrawAsync(ItemKey(host, m.Id), WithdrawnTexts.ItemClosedJa, ItemClosedOutcome)));
    }

    /// <summary>
    /// Gives back what <see cref="WithdrawAsync"/> took: each message is held again and queued for review again, then saved as
    /// queued. A message held again whose item was not queued yet (cut off in between) still says so (<c>WithdrawnFrom</c>
    /// <c>held</c>) and is queued when this runs again (the lift's durable step).
    /// </summary>
    public static async Task RestoreAsync(IContractHost host, string userId)
    {
        var changed = false;
        foreach (var message in Of(host, userId, WithdrawnTexts.Status))
        {
            message.Status = "held";
            changed = true;
        }

        if (changed)
        {
            await host.SaveAsync();
        }

        var requeued = Of(host, userId, "held").ToList();
        if (requeued.Count == 0)
        {
            return;
        }

        foreach (var message in requeued)
        {
            await ReviewHooks.HeldAsync(host.Grains, "message", "contract", host.ContractId, message.Id, userId, message.Verdict, host.Now, ItemKey(host, message.Id), requeued: true);
        }

        requeued.ForEach(m => m.WithdrawnFrom = null);
        await host.SaveAsync();
    }

    // The user's messages of that status that were held when withdrawn (and, held, not yet queued again).
    private static IEnumerable<MessageRecord> Of(IContractHost host, string userId, string status) =>
        host.State.Messages.OrEmpty().Where(m => m.SenderId == userId && m.Status == status && m.WithdrawnFrom == "held");

    private static string ItemKey(IContractHost host, string messageId) => $"held-contract-{host.ContractId}-{messageId}";
}
