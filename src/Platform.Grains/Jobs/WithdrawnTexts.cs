using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Users;
using Platform.Domain.Common;
using Platform.Grains.Common;
using Platform.Grains.Reviews;

namespace Platform.Grains.Jobs;

/// <summary>
/// A withdrawn user's texts on a job (強制退会: a removed user's texts reach no one any more). Their proposals not contracted are
/// withdrawn (<see cref="Status"/>): a client who had one reads it as withdrawn, without its text, and can neither contract it nor
/// write in its thread; one still held stays unknown to the client. Their texts still held for review (a proposal, proposal-thread
/// messages) end undelivered and their review items are closed by the platform. Lifting the withdrawal gives all of it back
/// (<see cref="ProposalRecord.WithdrawnFrom"/>, <see cref="MessageRecord.WithdrawnFrom"/>).
/// </summary>
internal static class WithdrawnTexts
{
    /// <summary>The status of a withdrawn proposal or message.</summary>
    public const string Status = "withdrawn";

    /// <summary>The code a reviewer's approval of a withdrawn user's held text is answered with (<see cref="Abstractions.Jobs.ReviewNote"/>).</summary>
    public const string AuthorWithdrawnCode = "author.withdrawn";

    /// <summary>Why a withdrawn user's held text's review item was closed, as the reviewer reads it (also when they decide it later).</summary>
    public const string ItemClosedJa = "投稿者が強制退会となったため、この文面は相手方に届けず、審査を終了しました（退会が解除されると審査に戻ります）。";

    /// <summary>What a client is told who contracts, or writes on, a proposal withdrawn with its worker (409).</summary>
    public static DomainProblem Refusal(string whatJa) =>
        DomainProblem.Conflict("proposal.withdrawn", $"この提案は、提案者が強制退会となったため取り下げられました。{whatJa}");

    /// <summary>
    /// Withdraws <paramref name="userId"/>'s texts on the job (<see cref="Withdraw"/>), saves, and closes the review items of those
    /// that were held, also those an earlier call withdrew when it was cut off before closing them (<see cref="CloseItemsAsync"/>).
    /// </summary>
    public static async Task WithdrawAsync(IGrainFactory grains, JobState s, string jobId, string userId, Func<Task> save)
    {
        if (Withdraw(s, userId))
        {
            await save();
        }

        await CloseItemsAsync(grains, s, jobId, userId);
    }

    /// <summary>
    /// Gives back what <see cref="Withdraw"/> took (<see cref="Restore"/>), saves, and queues the texts held again for review, then
    /// saves them as queued. Idempotent, so the lift's durable step may run it again (<see cref="Users.UserLadder.FinishAsync"/>): a
    /// text held again whose item was not queued yet (cut off in between) still says so (<see cref="ProposalRecord.WithdrawnFrom"/>
    /// <c>held</c>) and is queued then.
    /// </summary>
    public static async Task RestoreAsync(IGrainFactory grains, JobState s, string jobId, string userId, Func<Task> save, DateTimeOffset now)
    {
        if (Restore(s, userId))
        {
            await save();
        }

        var requeued = HeldAgain(s, userId).ToList();
        if (requeued.Count == 0)
        {
            return;
        }

        foreach (var (kind, itemId, verdict, _) in requeued)
        {
            await ReviewHooks.HeldAsync(grains, kind, "job", jobId, itemId, userId, verdict, now, ItemKey(jobId, itemId), requeued: true);
        }

        foreach (var (_, _, _, queued) in requeued)
        {
            queued();
        }

        await save();
    }

    /// <summary>
    /// Links the workers of the proposals made before the user grain listed the jobs a worker proposes to (<see cref="ProposalRecord.Linked"/>
    /// false) to this job, once, when it starts (<see cref="IUserGrain.LinkProposalAsync"/>, one call per worker): their withdrawal, and
    /// its lift, reach it from then on, and a worker withdrawn already has their texts here withdrawn now, as their withdrawal would
    /// have done. When a worker cannot be reached (or the job not saved), the proposals stay unlinked and the job's next start tries
    /// again; nothing else waits on it.
    /// </summary>
    public static async Task LinkEarlierAsync(IGrainFactory grains, JobState s, string jobId, Func<Task> save)
    {
        var earlier = s.Proposals.OrEmpty().Where(p => !p.Linked).ToList();
        if (earlier.Count == 0)
        {
            return;
        }

        try
        {
            foreach (var workerId in earlier.Select(p => p.WorkerId).Distinct())
            {
                if (await grains.Grain<IUserGrain>(workerId).LinkProposalAsync(jobId))
                {
                    await WithdrawAsync(grains, s, jobId, workerId, save);
                }
            }

            earlier.ForEach(p => p.Linked = true);
            await save();
        }
        catch (Exception)
        {
            // Linked on the job's next start: a link is idempotent, and so is withdrawing the texts.
            earlier.ForEach(p => p.Linked = false);
        }
    }

    /// <summary>Withdraws <paramref name="userId"/>'s proposals (but the one contracted) and held proposal-thread messages; whether any changed.</summary>
    public static bool Withdraw(JobState s, string userId)
    {
        var changed = false;
        foreach (var proposal in s.Proposals.OrEmpty())
        {
            if (proposal.WorkerId == userId && proposal.Status is "delivered" or "held" && proposal.Id != s.ContractProposalId)
            {
                proposal.WithdrawnFrom = proposal.Status;
                proposal.Status = Status;
                changed = true;
            }

            foreach (var message in proposal.Messages.OrEmpty())
            {
                if (message.SenderId == userId && message.Status == "held")
                {
                    message.WithdrawnFrom = "held";
                    message.Status = Status;
                    changed = true;
                }
            }
        }

        return changed;
    }

    /// <summary>
    /// Closes the review items of <paramref name="userId"/>'s withdrawn held texts (but <paramref name="except"/>, an item being
    /// decided now), as the platform's, uncounted; an item closed already is left as it is, so this may run again.
    /// </summary>
    public static Task CloseItemsAsync(IGrainFactory grains, JobState s, string jobId, string userId, string? except = null)
    {
        var queue = ReviewHooks.Queue(grains);
        return Task.WhenAll(Held(s, userId).Where(t => t.ItemId != except).Select(t =>
            queue.WithdrawAsync(ItemKey(jobId, t.ItemId), ItemClosedJa, $"{t.Kind} withdrawn: author withdrawn")));
    }

    /// <summary>
    /// Gives back what <see cref="Withdraw"/> took from <paramref name="userId"/>: a text delivered before, or approved while
    /// withdrawn, is delivered; one that was held is held again, still marked (<c>WithdrawnFrom</c> <c>held</c>) until its review
    /// item is queued again (<see cref="RestoreAsync"/>). Whether any changed.
    /// </summary>
    public static bool Restore(JobState s, string userId)
    {
        var changed = false;
        foreach (var proposal in s.Proposals.OrEmpty())
        {
            if (proposal.WorkerId == userId && proposal.Status == Status)
            {
                proposal.Status = proposal.WithdrawnFrom == "held" ? "held" : "delivered";
                proposal.WithdrawnFrom = proposal.Status == "held" ? "held" : null;
                changed = true;
            }

            foreach (var message in proposal.Messages.OrEmpty())
            {
                if (message.SenderId == userId && message.Status == Status)
                {
                    message.Status = message.WithdrawnFrom == "released" ? "delivered" : "held";
                    message.WithdrawnFrom = message.Status == "held" ? "held" : null;
                    changed = true;
                }
            }
        }

        return changed;
    }

    // The user's texts held again by a lift whose review items are not queued again yet, each with what marks it queued.
    private static IEnumerable<(string Kind, string ItemId, VerdictView Verdict, Action Queued)> HeldAgain(JobState s, string userId)
    {
        foreach (var proposal in s.Proposals.OrEmpty())
        {
            if (proposal.WorkerId == userId && proposal is { Status: "held", WithdrawnFrom: "held" })
            {
                yield return ("proposal", proposal.Id, proposal.Verdict, () => proposal.WithdrawnFrom = null);
            }

            foreach (var message in proposal.Messages.OrEmpty())
            {
                if (message.SenderId == userId && message is { Status: "held", WithdrawnFrom: "held" })
                {
                    yield return ("message", message.Id, message.Verdict, () => message.WithdrawnFrom = null);
                }
            }
        }
    }

    /// <summary>The writer of the proposal or proposal-thread message <paramref name="itemId"/> while it is held; null otherwise.</summary>
    public static string? HeldAuthor(JobState s, string itemId)
    {
        foreach (var proposal in s.Proposals.OrEmpty())
        {
            if (proposal.Id == itemId)
            {
                return proposal.Status == "held" ? proposal.WorkerId : null;
            }

            if (proposal.Messages.OrEmpty().FirstOrDefault(m => m.Id == itemId) is { } message)
            {
                return message.Status == "held" ? message.SenderId : null;
            }
        }

        return null;
    }

    /// <summary>The review item key of a held proposal or proposal-thread message (as <see cref="ReviewHooks.HeldAsync"/> was given it).</summary>
    public static string ItemKey(string jobId, string itemId) => $"held-job-{jobId}-{itemId}";

    // The user's withdrawn texts that were still held (their review items to close).
    private static IEnumerable<(string Kind, string ItemId)> Held(JobState s, string userId) =>
        s.Proposals.OrEmpty()
            .Where(p => p.WorkerId == userId && p.Status == Status && p.WithdrawnFrom == "held").Select(p => ("proposal", p.Id))
            .Concat(s.Proposals.OrEmpty().SelectMany(p => p.Messages.OrEmpty())
                .Where(m => m.SenderId == userId && m.Status == Status && m.WithdrawnFrom == "held").Select(m => ("message", m.Id)));
}
