using Platform.Abstractions.Common;
using Platform.Domain.Common;

namespace Platform.Grains.Common;

/// <summary>
/// Reading a thread (a contract's messages, a proposal's) as one viewer may see it, a page or one message at a time,
/// so that the caller receives only what it shows. A message's number is its place in the thread (m1, m2, …).
/// </summary>
internal static class Threads
{
    /// <summary>The page of the messages <paramref name="viewerId"/> may see, oldest first.</summary>
    public static IReadOnlyList<MessageView> Page(IReadOnlyList<MessageRecord> messages, string viewerId, int? after, int? before, int limit)
    {
        var visible = new List<int>();
        for (var i = 0; i < messages.Count; i++)
        {
            if (messages[i].VisibleTo(viewerId))
            {
                visible.Add(i);
            }
        }

        var (from, to) = Pages.Range(visible.Count, i => visible[i] + 1, after, before, limit);
        var views = new MessageView[to - from];
        for (var i = from; i < to; i++)
        {
            views[i - from] = messages[visible[i]].ToView(viewerId);
        }

        return views;
    }

    /// <summary>One message <paramref name="viewerId"/> may see; 404 <c>message.not_found</c> otherwise (a held message of the other party's, too).</summary>
    public static MessageView One(IReadOnlyList<MessageRecord> messages, string viewerId, string messageId)
    {
        foreach (var message in messages)
        {
            if (message.Id == messageId && message.VisibleTo(viewerId))
            {
                return message.ToView(viewerId);
            }
        }

        throw DomainProblem.NotFound("message.not_found", $"メッセージ「{DomainProblem.Echo(messageId)}」は見つかりません。").ToException();
    }
}
