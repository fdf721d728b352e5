using Platform.Abstractions.Users;
using Platform.Compliance.Abstractions;

namespace Platform.Grains.Common;

/// <summary>Builds the plain snapshots handed to compliance checks.</summary>
internal static class Snapshots
{
    public const int RecentThreadTexts = 5;

    public static PartySnapshot Party(PartyInfo info, PartyRole role) =>
        new(info.UserId, role, info.Flags, info.Warnings, info.Standing, info.CompletedContracts);

    /// <summary>
    /// The sender's last few messages in a thread that reached (or may reach) the other party, oldest first. Read from
    /// the end, so a long thread costs no more than a short one.
    /// </summary>
    public static IReadOnlyList<ThreadText> Recent(IReadOnlyList<MessageRecord> thread, string senderId)
    {
        var recent = new List<ThreadText>(RecentThreadTexts);
        for (var i = thread.Count - 1; i >= 0 && recent.Count < RecentThreadTexts; i--)
        {
            var m = thread[i];
            if (m.SenderId == senderId && m.Status != "blocked")
            {
                recent.Add(new ThreadText(m.Id, m.Text, m.At));
            }
        }

        recent.Reverse();
        return recent;
    }
}
