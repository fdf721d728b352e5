using Platform.Abstractions.Users;
using Platform.Compliance.Abstractions;

namespace Platform.Grains.Common;

/// <summary>Builds the plain snapshots handed to compliance checks.</summary>
internal static class Snapshots
{
    /// <summary>How many of the sender's messages are handed over: a detail split into a dozen one-digit pieces still joins.</summary>
    public const int RecentThreadTexts = 12;

    public static PartySnapshot Party(PartyInfo info, PartyRole role) =>
        new(info.UserId, role, info.Flags, info.Warnings, info.Standing, info.CompletedContracts);

    /// <summary>
    /// How many of the sender's last messages in a thread are handed over (at most <see cref="RecentThreadTexts"/>), blocked
    /// ones included: a blocked piece never reached the other party, but it shows what the sender is spelling out
    /// ("LINEやってますか？" blocked, then "IDは…"). Read from the end, so a long thread costs no more than a short one.
    /// </summary>
    public static int CountRecent(IReadOnlyList<MessageRecord> thread, string senderId)
    {
        var count = 0;
        for (var i = thread.Count - 1; i >= 0 && count < RecentThreadTexts; i--)
        {
            count += thread[i].SenderId == senderId ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// The sender's last <paramref name="count"/> messages (<see cref="CountRecent"/>), oldest first, after
    /// <paramref name="lead"/> slots left for the caller's earlier texts: one array of the final length, built once per
    /// message checked.
    /// </summary>
    public static ThreadText[] Recent(IReadOnlyList<MessageRecord> thread, string senderId, int count, int lead)
    {
        if (count + lead == 0)
        {
            return [];
        }

        var recent = new ThreadText[lead + count];
        for (int i = thread.Count - 1, j = recent.Length - 1; j >= lead; i--)
        {
            var m = thread[i];
            if (m.SenderId == senderId)
            {
                recent[j--] = new ThreadText(m.Id, m.Text, m.At);
            }
        }

        return recent;
    }
}
