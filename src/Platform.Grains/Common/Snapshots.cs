using Platform.Abstractions.Users;
using Platform.Compliance.Abstractions;

namespace Platform.Grains.Common;

/// <summary>Builds the plain snapshots handed to compliance checks.</summary>
internal static class Snapshots
{
    public const int RecentThreadTexts = 5;

    public static PartySnapshot Party(PartyInfo info, PartyRole role) =>
        new(info.UserId, role, info.Flags, info.Warnings, info.Standing, info.CompletedContracts);

    /// <summary>The sender's last few messages in a thread that reached (or may reach) the other party, oldest first.</summary>
    public static IReadOnlyList<ThreadText> Recent(IEnumerable<MessageRecord> thread, string senderId) =>
        thread.Where(m => m.SenderId == senderId && m.Status != "blocked").TakeLast(RecentThreadTexts).Select(m => new ThreadText(m.Id, m.Text, m.At)).ToArray();
}
