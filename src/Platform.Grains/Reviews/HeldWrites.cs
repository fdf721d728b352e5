using Platform.Grains.Common;

namespace Platform.Grains.Reviews;

/// <summary>
/// Stores a held message and its review item so that a change answered with an error leaves nothing behind: the
/// message is first stored as <see cref="MessageRecord.Queuing"/> (shown to no one), then its review item is stored,
/// then the message is stored as held. When the item or a write fails, the message is refused (shown to no one, never
/// reviewed) and an item already queued for it (its detection, or the item itself when only the last write failed) is
/// withdrawn. A message still queuing when its grain activates (the refusal could not be written, or the first write
/// committed although it was reported as failed) is refused then.
/// </summary>
internal static class HeldWrites
{
    /// <summary>
    /// Commits the change that added <paramref name="message"/> (<paramref name="commit"/>: the grain's compliance commit);
    /// a held message is then queued for review, <paramref name="onHeld"/> records it, and <paramref name="save"/> writes it.
    /// </summary>
    public static Task CommitAsync(
        IGrainFactory grains, MessageRecord message, string sourceKind, string sourceId, DateTimeOffset at, Func<Task> commit, Func<Task> save, Action? onHeld = null) =>
        // Most messages are not held: their commit is the whole of it, with no state machine of its own per message.
        message.Status != "held" ? commit() : CommitHeldAsync(grains, message, sourceKind, sourceId, at, commit, save, onHeld);

    private static async Task CommitHeldAsync(
        IGrainFactory grains, MessageRecord message, string sourceKind, string sourceId, DateTimeOffset at, Func<Task> commit, Func<Task> save, Action? onHeld)
    {
        message.Status = MessageRecord.Queuing;
        await commit();
        try
        {
            await ReviewHooks.HeldAsync(grains, "message", sourceKind, sourceId, message.Id, message.SenderId, message.Verdict, at, Key(sourceKind, sourceId, message.Id));
            message.Status = "held";
            onHeld?.Invoke();
            await save();
        }
        catch
        {
            message.Status = MessageRecord.Refused;
            try
            {
                await WithdrawAsync(grains, sourceKind, sourceId, message.Id);
                await save();
            }
            catch (Exception)
            {
                // The database is still out: the message stays refused in memory, and whichever activation reads it
                // as queuing refuses it again (RefuseQueuedAsync).
            }

            throw;
        }
    }

    /// <summary>Refuses the messages a failed change left queuing (see the type), withdrawing any item queued for them.</summary>
    public static async Task RefuseQueuedAsync(IGrainFactory grains, IEnumerable<MessageRecord> messages, string sourceKind, string sourceId)
    {
        foreach (var message in messages)
        {
            if (message.Status == MessageRecord.Queuing)
            {
                await WithdrawAsync(grains, sourceKind, sourceId, message.Id);
                message.Status = MessageRecord.Refused;
            }
        }
    }

    private static string Key(string sourceKind, string sourceId, string messageId) => $"held-{sourceKind}-{sourceId}-{messageId}";

    private static Task WithdrawAsync(IGrainFactory grains, string sourceKind, string sourceId, string messageId) =>
        ReviewHooks.Queue(grains).WithdrawAsync(Key(sourceKind, sourceId, messageId), "メッセージの送信が完了しなかったため、審査は不要になりました。", "withdrawn: the message was not stored");
}
