using System.Globalization;
using Platform.Abstractions.Common;
using Platform.Abstractions.Jobs;
using Platform.Grains.Common;

namespace Platform.Grains.Jobs;

/// <summary>Reviewer decisions on a job's held items, authorship for reports, and the staff record of a job.</summary>
internal static class JobReviews
{
    /// <summary>The review item key of the post held at revision <paramref name="revision"/>.</summary>
    public static string HeldPostKey(string jobId, int revision) => $"held-job-{jobId}-r{revision}";

    /// <summary>The item id (<c>r{N}</c>) naming the revision a held post's review item <paramref name="key"/> is about; null when the key names none.</summary>
    public static string? RevisionItemOf(string jobId, string key)
    {
        var prefix = $"held-job-{jobId}-r";
        return key.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(key.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? $"r{n}"
            : null;
    }

    /// <summary>
    /// Applies a decision; returns false when the item was not held (nothing to do: decisions are idempotent). <paramref name="note"/>
    /// says why an approval of the post did not open it.
    /// </summary>
    public static bool Resolve(JobState s, string jobId, string? itemId, bool approve, string reasonJa, DateTimeOffset now, out string? note)
    {
        note = null;
        if (itemId is null || IsRevision(itemId, out _))
        {
            return ResolvePost(s, itemId, approve, reasonJa, now, out note);
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

    // The reviewer read revision N of the post: an approval opens the post only if that is still its text and the text is
    // not blocked (an edit while held is refused, JobGrain.EditAsync, but a state stored before that rule may differ).
    private static bool ResolvePost(JobState s, string? itemId, bool approve, string reasonJa, DateTimeOffset now, out string? note)
    {
        note = null;
        if (!s.HeldForReview)
        {
            return false;
        }

        var current = s.Revisions.OrEmpty().Count;
        var reviewed = itemId is not null && IsRevision(itemId, out var n) ? n : current;
        if (!approve)
        {
            s.HeldForReview = false;
            s.Status = "hidden";
            s.HiddenReasonJa = reasonJa;
        }
        else if (s.Verdict.Decision == "block")
        {
            s.HeldForReview = false;
            s.Status = "hidden";
            s.HiddenReasonJa = s.Verdict.Findings.FirstOrDefault(f => f.Decision == "block")?.ReasonJa ?? s.Verdict.Findings.FirstOrDefault()?.ReasonJa;
            note = $"job not released: its current text (revision {current}) is blocked; hidden";
        }
        else if (reviewed != current)
        {
            // The current text is not the one approved: it waits for its own review, or the client publishes it again (checked again).
            s.HeldForReview = s.Verdict.Decision == "hold";
            note = s.HeldForReview
                ? $"job not released: revision {reviewed} was reviewed, revision {current} awaits its own review"
                : $"job not released: revision {reviewed} was reviewed, the post has changed since; left a draft";
        }
        else
        {
            s.HeldForReview = false;
            s.Status = "open";
            s.PublishedAt ??= now;
        }

        return true;
    }

    private static bool IsRevision(string itemId, out int revision)
    {
        revision = 0;
        return itemId.Length > 1 && itemId[0] == 'r' && int.TryParse(itemId.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out revision);
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
