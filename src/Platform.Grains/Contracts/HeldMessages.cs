using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Jobs;
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

    /// <summary>
    /// Pulls back into review the sender's earlier pieces that <paramref name="message"/>'s hold or block names
    /// (<see cref="SplitPieces"/>): those in this thread here, one review item each; those carried from the proposal
    /// thread in the job. Evidence on a piece in the other thread is named <c>job:{id}:{messageId}</c> or
    /// <c>contract:{id}:{messageId}</c>.
    /// </summary>
    public static async Task PullBackPiecesAsync(IContractHost host, MessageRecord message)
    {
        var s = host.State;
        var sender = message.SenderId;
        List<MessageRecord>? recalled = null;
        List<(string Id, FindingView Finding)>? carried = null;
        foreach (var (id, found) in SplitPieces.Named(message.Verdict))
        {
            if (CarriedTexts.Find(s, sender, id) is { } text)
            {
                (carried ??= []).Add((id, SplitPieces.For(found, id, message.Id, m =>
                    CarriedTexts.Find(s, sender, m) is null ? $"contract:{host.ContractId}:{m}" : SplitPieces.Field + m, text.From)));
            }
            else if (s.Messages.OrEmpty().FirstOrDefault(m => m.Id == id && m.SenderId == sender) is { } piece
                && MessageRecall.TryRecall(piece, SplitPieces.For(found, id, message.Id, m =>
                    CarriedTexts.Find(s, sender, m) is null ? SplitPieces.Field + m : $"job:{host.Terms.JobId}:{m}")))
            {
                host.Record(sender, "message_recalled", $"メッセージ {id} を審査待ちに戻しました：{SplitPieces.ReasonJa}", host.Now, id);
                (recalled ??= []).Add(piece);
            }
        }

        if (recalled is not null)
        {
            await host.SaveAsync();
            foreach (var piece in recalled)
            {
                await ReviewHooks.HeldAsync(host.Grains, "message", "contract", host.ContractId, piece.Id, sender, piece.Verdict, host.Now,
                    $"held-contract-{host.ContractId}-{piece.Id}");
            }
        }

        foreach (var (id, finding) in carried ?? [])
        {
            await host.Grains.Grain<IJobGrain>(host.Terms.JobId).RecallMessageAsync(id, finding);
        }
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
