using Platform.Abstractions.Common;
using Platform.Grains.Common;

namespace Platform.Grains.Contracts;

/// <summary>A reviewer's decision on a held contract message.</summary>
internal static class HeldMessages
{
    /// <summary>Delivers or blocks the message; a message no longer held is returned unchanged (decisions are idempotent).</summary>
    public static async Task<MessageView> ResolveAsync(IContractHost host, string messageId, bool approve, string reviewerId, string reasonJa)
    {
        _ = host.Terms;
        var message = host.State.Messages.FirstOrDefault(m => m.Id == messageId) ?? throw Problems.NotFound("message", messageId);
        if (message.Status != "held")
        {
            return message.ToView();
        }

        message.Status = approve ? "delivered" : "blocked";
        host.Record(reviewerId, approve ? "message_released" : "message_rejected",
            approve ? $"審査の結果、メッセージ {messageId} を配信しました。" : $"審査の結果、メッセージ {messageId} は配信しません：{reasonJa}", host.Now);
        await host.SaveAsync();
        if (approve)
        {
            await NudgeWorkflow.OnMessageAsync(host, message.SenderId);
        }

        return message.ToView();
    }
}
