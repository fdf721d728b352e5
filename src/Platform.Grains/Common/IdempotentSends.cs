namespace Platform.Grains.Common;

/// <summary>
/// The sends of one thread, and the proposals or deliveries of one job or contract, remembered under their
/// <c>Idempotency-Key</c>: stored in the same write as what was created, so a retry of a create that was answered with
/// an error but committed finds it and returns it, and a retry of one that was not committed (or was refused) creates
/// it. The latest <see cref="Kept"/> are kept, for <see cref="KeptFor"/>.
/// </summary>
internal static class IdempotentSends
{
    public const int Kept = 100;

    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(24);

    /// <summary>The message <paramref name="userId"/> sent earlier under <paramref name="key"/>, when it is remembered and stored.</summary>
    public static MessageRecord? Earlier(List<IdempotentSend>? sends, List<MessageRecord>? messages, string userId, string? key, DateTimeOffset now)
    {
        var sent = Find(sends, userId, key, now);
        return sent is null ? null : messages?.Find(m => m.Id == sent.MessageId && m.Status is not (MessageRecord.Queuing or MessageRecord.Refused));
    }

    /// <summary>
    /// The message sent earlier under the key, for a retry with <paramref name="text"/>: the same text answers it, another
    /// text is refused (409 <c>request.idempotency_key_reused</c>) and sends nothing.
    /// </summary>
    public static MessageRecord Retried(MessageRecord earlier, string text) =>
        earlier.Text == text ? earlier : throw IdempotentRequests.Reused();

    /// <summary>What <paramref name="userId"/> created earlier under <paramref name="key"/>, when it is still remembered.</summary>
    public static IdempotentSend? Find(List<IdempotentSend>? sends, string userId, string? key, DateTimeOffset now) =>
        key is null ? null : sends?.FindLast(s => s.UserId == userId && s.Key == key && now - s.At < KeptFor);

    /// <summary>
    /// Remembers a create under <paramref name="key"/> (nothing without one), with the fingerprint of its request
    /// (<paramref name="request"/>, 0 for a message); returns the list to store.
    /// </summary>
    public static List<IdempotentSend>? Remember(List<IdempotentSend>? sends, string userId, string? key, string messageId, DateTimeOffset now, long request = 0)
    {
        if (key is null)
        {
            return sends;
        }

        sends ??= [];
        sends.RemoveAll(s => now - s.At >= KeptFor);
        if (sends.Count >= Kept)
        {
            sends.RemoveRange(0, sends.Count - Kept + 1);
        }

        sends.Add(new IdempotentSend(userId, key, messageId, now, request));
        return sends;
    }
}
