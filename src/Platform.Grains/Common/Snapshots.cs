using Platform.Abstractions.Users;
using Platform.Compliance.Abstractions;

namespace Platform.Grains.Common;

/// <summary>Builds the plain snapshots handed to compliance checks.</summary>
internal static class Snapshots
{
    public const int RecentThreadTexts = 5;

    public static PartySnapshot Party(PartyInfo info, PartyRole role) =>
        new(info.UserId, role, info.Flags, info.Warnings, info.Standing, info.CompletedContracts);

    public static IReadOnlyList<string> Recent(IEnumerable<MessageRecord> thread, string senderId) =>
        thread.Where(m => m.SenderId == senderId).TakeLast(RecentThreadTexts).Select(m => m.Text).ToArray();
}
