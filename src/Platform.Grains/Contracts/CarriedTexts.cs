using Platform.Abstractions.Contracts;
using Platform.Compliance.Abstractions;
using Platform.Grains.Common;

namespace Platform.Grains.Contracts;

/// <summary>
/// The parties' last proposal-thread texts carried into the contract (<see cref="CarriedText"/>): the proposal thread
/// continues into the contract's, so while a sender's own contract messages are fewer than the checks read, their
/// carried texts come first. Once they are as many, the carried texts are let go.
/// </summary>
internal static class CarriedTexts
{
    /// <summary>The sender's last texts for the checks, oldest first: their carried texts, then their contract messages.</summary>
    public static IReadOnlyList<ThreadText> Recent(ContractState s, string senderId)
    {
        var messages = s.Messages.OrEmpty();
        var count = Snapshots.CountRecent(messages, senderId);
        CarriedText[] carried = count < Snapshots.RecentThreadTexts ? s.Carried ?? [] : [];
        var earlier = 0;
        foreach (var c in carried)
        {
            earlier += c.SenderId == senderId ? 1 : 0;
        }

        // The sender's last carried texts fill what their messages leave, in their order.
        var lead = Math.Min(earlier, Snapshots.RecentThreadTexts - count);
        var recent = Snapshots.Recent(messages, senderId, count, lead);
        for (var i = carried.Length - 1; lead > 0; i--)
        {
            if (carried[i].SenderId == senderId)
            {
                recent[--lead] = new ThreadText(carried[i].ItemId, carried[i].Text, carried[i].At);
            }
        }

        return recent;
    }

    /// <summary>The carried text <paramref name="itemId"/> of <paramref name="senderId"/>, or null.</summary>
    public static CarriedText? Find(ContractState s, string senderId, string itemId) =>
        s.Carried?.FirstOrDefault(c => c.ItemId == itemId && c.SenderId == senderId);

    /// <summary>Lets go of the sender's carried texts once their own contract messages fill what the checks read.</summary>
    public static void Forget(ContractState s, string senderId)
    {
        if (s.Carried is { } carried && Snapshots.CountRecent(s.Messages.OrEmpty(), senderId) >= Snapshots.RecentThreadTexts)
        {
            Forget(s, carried, senderId);
        }
    }

    private static void Forget(ContractState s, CarriedText[] carried, string senderId)
    {
        var kept = carried.Where(c => c.SenderId != senderId).ToArray();
        if (kept.Length < carried.Length)
        {
            s.Carried = kept.Length == 0 ? null : kept;
        }
    }
}
