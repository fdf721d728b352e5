using Platform.Abstractions.Users;

namespace Platform.Grains.Users;

/// <summary>A user's notifications: adding notices that happen at most once per related entity and instant, idempotently.</summary>
internal static class Inbox
{
    /// <summary>
    /// Adds each notice whose type, related id and time <paramref name="inbox"/> does not hold yet; returns how many were
    /// added. The time tells a disclosure revoked again, after it was reinstated, from the first revocation retried.
    /// </summary>
    public static int AddOnce(List<NotificationView> inbox, IReadOnlyList<NotificationView> notices)
    {
        if (notices.Count == 0)
        {
            return 0;
        }

        var held = new HashSet<(string Type, string? RelatedId, DateTimeOffset At)>();
        foreach (var n in inbox)
        {
            held.Add((n.Type, n.RelatedId, n.At));
        }

        var added = 0;
        foreach (var notice in notices)
        {
            if (held.Add((notice.Type, notice.RelatedId, notice.At)))
            {
                inbox.Add(notice);
                added++;
            }
        }

        return added;
    }
}
