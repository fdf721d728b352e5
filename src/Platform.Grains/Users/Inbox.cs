using Platform.Abstractions.Users;

namespace Platform.Grains.Users;

/// <summary>A user's notifications: adding notices that happen at most once per related entity, idempotently.</summary>
internal static class Inbox
{
    /// <summary>Adds each notice whose type and related id <paramref name="inbox"/> does not hold yet; returns how many were added.</summary>
    public static int AddOnce(List<NotificationView> inbox, IReadOnlyList<NotificationView> notices)
    {
        if (notices.Count == 0)
        {
            return 0;
        }

        var held = new HashSet<(string Type, string? RelatedId)>();
        foreach (var n in inbox)
        {
            held.Add((n.Type, n.RelatedId));
        }

        var added = 0;
        foreach (var notice in notices)
        {
            if (held.Add((notice.Type, notice.RelatedId)))
            {
                inbox.Add(notice);
                added++;
            }
        }

        return added;
    }
}
