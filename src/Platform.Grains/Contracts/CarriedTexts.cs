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
        var recent = Snapshots.Recent(s.Messages.OrEmpty(), senderId);
        if (s.Carried is not { } carried || recent.Count >= Snapshots.RecentThreadTexts)
        {
            return recent;
        }

        var earlier = carried.Where(c => c.SenderId == senderId).Select(c => new ThreadText(c.ItemId, c.Text, c.At)).ToArray();
        return earlier.Length == 0 ? recent : [.. earlier[Math.Max(0, earlier.Length - (Snapshots.RecentThreadTexts - recent.Count))..], .. recent];
    }

    /// <summary>The carried text <paramref name="itemId"/> of <paramref name="senderId"/>, or null.</summary>
    public static CarriedText? Find(ContractState s, string senderId, string itemId) =>
        s.Carried?.FirstOrDefault(c => c.ItemId == itemId && c.SenderId == senderId);

    /// <summary>Lets go of the sender's carried texts once their own contract messages fill what the checks read.</summary>
    public static void Forget(ContractState s, string senderId)
    {
        if (s.Carried is not { } carried || !carried.Any(c => c.SenderId == senderId)
            || Snapshots.Recent(s.Messages.OrEmpty(), senderId).Count < Snapshots.RecentThreadTexts)
        {
            return;
        }

        var kept = carried.Where(c => c.SenderId != senderId).ToArray();
        s.Carried = kept.Length == 0 ? null : kept;
    }
}
