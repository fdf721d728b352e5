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
    /// The sender's last few messages in a thread, oldest first, blocked ones included: a blocked piece never reached the
    /// other party, but it shows what the sender is spelling out ("LINEやってますか？" blocked, then "IDは…"). Read from the
    /// end, so a long thread costs no more than a short one.
    /// </summary>
    public static IReadOnlyList<ThreadText> Recent(IReadOnlyList<MessageRecord> thread, string senderId)
    {
        var recent = new List<ThreadText>(RecentThreadTexts);
        for (var i = thread.Count - 1; i >= 0 && recent.Count < RecentThreadTexts; i--)
        {
            var m = thread[i];
            if (m.SenderId == senderId)
            {
                recent.Add(new ThreadText(m.Id, m.Text, m.At));
            }
        }

        recent.Reverse();
        return recent;
    }
}
