using System.Globalization;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Storage;
using Platform.Grains.Common;

namespace Platform.Grains.Jobs;

/// <summary>
/// Persisted state of one job post. Its lists are null until their first item (<see cref="StateLists"/>). The
/// proposals (each with its thread) and the revisions grow with the post: a storage that serialises keeps each
/// proposal, and the revisions in pages, beside the rest (<see cref="IStoredInParts"/>).
/// </summary>
[GenerateSerializer]
public sealed class JobState : IAuditedState, IStoredInParts
{
    // Pages small enough that PostgreSQL keeps each part inline (under its 2 kB TOAST threshold), and the open page
    // in the row small: a revision carries the whole post.
    private const int RevisionsPerPage = 2;
    private const int ProposalKeyLength = 7;

    [NonSerialized] private int _storedProposals;
    [NonSerialized] private int _storedRevisions;

    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string ClientId { get; set; } = "";
    [Id(2)] public JobDraft? Fields { get; set; }
    [Id(3)] public string Status { get; set; } = "draft";
    [Id(4)] public DateTimeOffset CreatedAt { get; set; }
    [Id(5)] public DateTimeOffset? PublishedAt { get; set; }
    [field: NonSerialized] public List<ProposalRecord>? Proposals { get; set; }
    [Id(7)] public string? ContractId { get; set; }
    [Id(8)] public VerdictView Verdict { get; set; } = VerdictView.Allow;
    [Id(9)] public bool HeldForReview { get; set; }
    [Id(10)] public List<AuditEntry>? Audit { get; set; }
    [Id(11)] public string? HiddenReasonJa { get; set; }
    [field: NonSerialized] public List<JobRevisionView>? Revisions { get; set; }

    /// <summary>Hidden because its client was withdrawn (強制退会), not for a violation of its own: lifting the withdrawal opens it again.</summary>
    [Id(14)] public bool HiddenByWithdrawal { get; set; }

    /// <summary>The proposal the contract (<see cref="ContractId"/>) was made from; null in states stored before it was kept.</summary>
    [Id(15)] public string? ContractProposalId { get; set; }

    /// <summary>Proposal-thread messages sent under an <c>Idempotency-Key</c> (<see cref="IdempotentSends"/>).</summary>
    [Id(16)] public List<IdempotentSend>? Sends { get; set; }

    /// <summary>The proposals of a state written before they were stored apart: read, never written again.</summary>
    [Id(6)] public List<ProposalRecord>? ProposalsInRow { get => null; set => Proposals = value; }

    /// <summary>The revisions of a state written before they were stored in pages: read, never written again.</summary>
    [Id(12)] public List<JobRevisionView>? RevisionsInRow { get => null; set => Revisions = value; }

    [Id(13)] public JobRevisionView[]? RevisionsOpen { get => StoredPages.Open(Revisions, RevisionsPerPage); set => Revisions = value is null ? null : [.. value]; }

    void IStoredInParts.CollectChanged(IStatePartWriter writer)
    {
        var proposals = Proposals.OrEmpty();
        for (var i = 0; i < proposals.Count; i++)
        {
            // A proposal is written when it is new or changed, or its thread's open page changed (it travels with it).
            var proposal = proposals[i];
            var key = StoredPages.Key("p", i);
            proposal.StoredMessages = StoredPages.Collect(
                writer, key + "m", ProposalRecord.MessagesPerPage, proposal.Messages, proposal.StoredMessages, MessageRecord.TakeChanged, out var openChanged);
            var count = proposal.Messages.OrEmpty().Count;
            if (ProposalRecord.TakeChanged(proposal) | openChanged | i >= _storedProposals | count != proposal.WrittenMessages)
            {
                writer.Write(key, proposal);
                proposal.WrittenMessages = count;
            }
        }

        _storedProposals = proposals.Count;
        _storedRevisions = StoredPages.Collect(writer, "r", RevisionsPerPage, Revisions, _storedRevisions);
    }

    void IStoredInParts.Restore(string key, IStatePartReader reader)
    {
        // p000003 is a proposal, p000003m000001 a full page of its thread (after it in key order), r000000 a page of revisions.
        if (key[0] == 'r')
        {
            Revisions = StoredPages.Restore(Revisions, ref _storedRevisions, reader);
        }
        else if (key.Length == ProposalKeyLength)
        {
            var proposal = reader.Read<ProposalRecord>();
            ProposalRecord.TakeChanged(proposal);
            foreach (var message in proposal.Messages.OrEmpty())
            {
                MessageRecord.TakeChanged(message);
            }

            proposal.WrittenMessages = proposal.Messages.OrEmpty().Count;
            (Proposals ??= []).Add(proposal);
            _storedProposals = Proposals.Count;
        }
        else
        {
            var proposal = Proposals![int.Parse(key.AsSpan(1, ProposalKeyLength - 1), CultureInfo.InvariantCulture)];
            proposal.Messages = StoredPages.Restore(proposal.Messages, ref proposal.StoredMessages, reader, MessageRecord.TakeChanged);
            proposal.WrittenMessages = proposal.Messages.Count;
        }
    }
}
