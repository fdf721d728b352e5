using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;
using Platform.Grains.Reviews;
using Platform.Grains.Common;

namespace Platform.Grains.Contracts;

/// <summary>A reviewer's decision on a held contract message.</summary>
internal static class HeldMessages
{
    /// <summary>Takes a delivered message back into review; false when it is not delivered.</summary>
    public static async Task<bool> RecallAsync(IContractHost host, string messageId, FindingView finding)
    {
        var message = host.State.Messages.OrEmpty().FirstOrDefault(m => m.Id == messageId) ?? throw Problems.NotFound("message", messageId);
        if (!MessageRecall.TryRecall(message, finding))
        {
            return false;
        }

        host.Record(message.SenderId, "message_recalled", $"メッセージ {messageId} を審査待ちに戻しました：{finding.ReasonJa}", host.Now, messageId);
        await host.SaveAsync();
        await ReviewHooks.HeldAsync(host.Grains, "message", "contract", host.ContractId, messageId, message.SenderId, message.Verdict, host.Now,
            $"held-contract-{host.ContractId}-{messageId}");
        return true;
    }

    /// <summary>Delivers or blocks the message; a message no longer held is returned unchanged (decisions are idempotent).</summary>
    public static async Task<MessageView> ResolveAsync(IContractHost host, string messageId, bool approve, string reviewerId, string reasonJa)
    {
        _ = host.Terms;
        var message = host.State.Messages.OrEmpty().FirstOrDefault(m => m.Id == messageId) ?? throw Problems.NotFound("message", messageId);
        if (message.Status != "held")
        {
            return message.ToView();
        }

        message.Status = approve ? "delivered" : "blocked";
        host.Record(reviewerId, approve ? "message_released" : "message_rejected",
            approve ? $"審査の結果、メッセージ {messageId} を配信しました。" : $"審査の結果、メッセージ {messageId} は配信しません：{reasonJa}", host.Now, messageId);
        await host.SaveAsync();
        if (approve)
        {
            await NudgeWorkflow.OnMessageAsync(host, message.SenderId);
        }

        return message.ToView();
    }
}
