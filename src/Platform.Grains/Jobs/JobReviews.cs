using Platform.Abstractions.Common;
using Platform.Abstractions.Jobs;
using Platform.Grains.Common;

namespace Platform.Grains.Jobs;

/// <summary>Reviewer decisions on a job's held items, authorship for reports, and the staff record of a job.</summary>
internal static class JobReviews
{
    /// <summary>Applies a decision; returns false when the item was not held (nothing to do: decisions are idempotent).</summary>
    public static bool Resolve(JobState s, string jobId, string? itemId, bool approve, string reasonJa, DateTimeOffset now)
    {
        if (itemId is null)
        {
            if (!s.HeldForReview)
            {
                return false;
            }

            s.HeldForReview = false;
            if (approve)
            {
                s.Status = "open";
                s.PublishedAt ??= now;
            }
            else
            {
                s.Status = "hidden";
                s.HiddenReasonJa = reasonJa;
            }

            return true;
        }

        var proposal = s.Proposals.OrEmpty().FirstOrDefault(p => p.Id == itemId);
        var message = proposal is null ? FindMessage(s, itemId) : null;
        if (proposal is null && message is null)
        {
            throw Problems.NotFound("proposal", $"{jobId}:{itemId}");
        }

        var status = proposal?.Status ?? message!.Status;
        if (status != "held")
        {
            return false;
        }

        if (proposal is not null)
        {
            proposal.Status = approve ? "delivered" : "blocked";
        }
        else
        {
            message!.Status = approve ? "delivered" : "blocked";
        }

        return true;
    }

    public static string? Author(JobState s, string? itemId)
    {
        if (!s.Exists)
        {
            return null;
        }

        return itemId is null
            ? s.ClientId
            : s.Proposals.OrEmpty().FirstOrDefault(p => p.Id == itemId)?.WorkerId ?? FindMessage(s, itemId)?.SenderId;
    }

    public static JobRecordView Record(JobState s, string jobId, string? proposalId)
    {
        var proposal = s.Proposals.OrEmpty().FirstOrDefault(p => p.Id == proposalId);
        return new JobRecordView
        {
            Id = jobId,
            ClientId = s.ClientId,
            CreatedAt = s.CreatedAt,
            PublishedAt = s.PublishedAt,
            Revisions = s.Revisions.OrEmpty().ToArray(),
            Proposal = proposal?.ToView(jobId, proposal.WorkerId),
            ProposalThread = proposal?.Messages.OrEmpty().Select(m => m.ToView()).ToArray() ?? [],
        };
    }

    /// <summary>The proposal-thread message <paramref name="messageId"/>, or not found.</summary>
    public static MessageRecord Message(JobState s, string jobId, string messageId) =>
        FindMessage(s, messageId) ?? throw Problems.NotFound("message", $"{jobId}:{messageId}");

    private static MessageRecord? FindMessage(JobState s, string messageId) =>
        s.Proposals.OrEmpty().SelectMany(p => p.Messages.OrEmpty()).FirstOrDefault(m => m.Id == messageId);
}
