using Platform.Abstractions.Compliance;
using Platform.Abstractions.Contracts;
using Platform.Compliance.Abstractions;
using Platform.Grains.Common;
using Platform.Grains.Reviews;

namespace Platform.Grains.Jobs;

/// <summary>
/// What the checks read of a proposal thread (the proposal's own text is its first message), what of it continues into
/// the contract made from it, and pulling the earlier pieces of a split contact detail back into review.
/// </summary>
internal static class ProposalThreads
{
    /// <summary>The sender's last texts in the thread, oldest first: the worker's begin with the proposal's own text.</summary>
    public static IReadOnlyList<ThreadText> Recent(ProposalRecord proposal, string senderId)
    {
        var messages = proposal.Messages.OrEmpty();
        var count = Snapshots.CountRecent(messages, senderId);
        var lead = senderId == proposal.WorkerId && count < Snapshots.RecentThreadTexts ? 1 : 0;
        var recent = Snapshots.Recent(messages, senderId, count, lead);
        if (lead == 1)
        {
            recent[0] = new ThreadText(proposal.Id, proposal.Text, proposal.At);
        }

        return recent;
    }

    /// <summary>
    /// What a worker is told who proposes again to the job of their blocked proposal, or writes in its thread: a worker
    /// proposes once to a job and a blocked proposal's thread is closed, so neither goes on; the proposal's verdict says why
    /// it was blocked.
    /// </summary>
    public static string BlockedSentence(ProposalRecord proposal) =>
        $"この募集へのあなたの提案（{proposal.Id}）は、利用規約に反する内容を含むためブロックされました。提案は1つの募集に1件までのため、" +
        "この募集に提案し直すことも、この提案のスレッドでやり取りを続けることもできません。ブロックの理由は提案の審査結果（verdict）に表示されています。" +
        "ほかの募集には提案できます。";

    /// <summary>Each party's last texts in the thread (their ends only), carried into the contract made from it.</summary>
    public static IReadOnlyList<CarriedText> Carried(ProposalRecord proposal, string clientId) =>
        [.. Carry(proposal, proposal.WorkerId), .. Carry(proposal, clientId)];

    /// <summary>
    /// Pulls back into review the sender's earlier texts in this thread that <paramref name="message"/>'s hold or block
    /// names as pieces of one contact detail (<see cref="SplitPieces"/>): hidden from the recipient, one review item each.
    /// </summary>
    public static async Task PullBackPiecesAsync(
        IGrainFactory grains, JobState s, string jobId, ProposalRecord proposal, MessageRecord message, Func<Task> save, DateTimeOffset now)
    {
        List<(string Id, string Kind, string AuthorId, VerdictView Verdict)>? recalled = null;
        foreach (var (id, found) in SplitPieces.Named(message.Verdict))
        {
            var own = id == proposal.Id ? proposal.WorkerId == message.SenderId : proposal.Messages.OrEmpty().Any(m => m.Id == id && m.SenderId == message.SenderId);
            if (own && TryRecall(s, jobId, id, SplitPieces.For(found, id, message.Id, m => SplitPieces.Field + m)) is { } held)
            {
                (recalled ??= []).Add((id, held.Kind, held.AuthorId, held.Verdict));
            }
        }

        if (recalled is null)
        {
            return;
        }

        await save();
        foreach (var (id, kind, authorId, verdict) in recalled)
        {
            await ReviewHooks.HeldAsync(grains, kind, "job", jobId, id, authorId, verdict, now, $"held-job-{jobId}-{id}");
        }
    }

    /// <summary>
    /// Marks a delivered thread message, or the proposal <paramref name="itemId"/> names, held with
    /// <paramref name="finding"/> added to its verdict; what to queue for review, or null when it was not delivered.
    /// </summary>
    public static (string Kind, string AuthorId, VerdictView Verdict)? TryRecall(JobState s, string jobId, string itemId, FindingView finding)
    {
        if (s.Proposals.OrEmpty().FirstOrDefault(p => p.Id == itemId) is { } proposal)
        {
            if (proposal.Status != "delivered")
            {
                return null;
            }

            proposal.Status = "held";
            proposal.Verdict = new VerdictView("hold", [.. proposal.Verdict.Findings, finding]);
            return ("proposal", proposal.WorkerId, proposal.Verdict);
        }

        var message = JobReviews.Message(s, jobId, itemId);
        return MessageRecall.TryRecall(message, finding) ? ("message", message.SenderId, message.Verdict) : null;
    }

    private static IEnumerable<CarriedText> Carry(ProposalRecord proposal, string senderId) =>
        Recent(proposal, senderId).Select(t => CarriedText.Of(senderId, t.ItemId, t.Text, t.At));
}
