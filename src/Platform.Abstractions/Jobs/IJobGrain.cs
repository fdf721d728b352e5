using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Contracts;

namespace Platform.Abstractions.Jobs;

/// <summary>One job post: its fields, status, proposals with their threads, and the contract made from it.</summary>
public interface IJobGrain : IGrainWithStringKey, IAuditable
{
    /// <summary>
    /// Creates the post as a draft, or published at once; checked by compliance. With <paramref name="repeatable"/>
    /// (the id comes from the client's <c>Idempotency-Key</c>), a post that <paramref name="clientId"/> already created
    /// here is returned as it is now instead of refused, so a retry never posts the job twice; the key with another post
    /// (title, description, category, budget or deadline) is refused (409 <c>request.idempotency_key_reused</c>).
    /// </summary>
    Task<JobView> CreateAsync(string clientId, JobDraft draft, bool publish, bool repeatable = false);

    /// <summary>Edits a draft or open post (client only); checked by compliance. A post held for review is not edited (409 <c>job.held_for_review</c>).</summary>
    Task<JobView> EditAsync(string actorId, JobDraft draft);

    /// <summary>Publishes a draft (client only); checked by compliance.</summary>
    Task<JobView> PublishAsync(string actorId);

    /// <summary>Closes recruiting (client only).</summary>
    Task<JobView> CloseAsync(string actorId);

    /// <summary>The post as <paramref name="viewerId"/> may see it: open posts to anyone, others to the client only.</summary>
    Task<JobView> GetAsync(string viewerId);

    /// <summary>
    /// A worker proposes; the proposal text is checked by compliance. A proposal with the <paramref name="idempotencyKey"/>
    /// of one the worker made here earlier (within 24 hours) returns that proposal as it is now and proposes nothing; the
    /// key with another text or price is refused (409 <c>request.idempotency_key_reused</c>).
    /// </summary>
    Task<ProposalView> ProposeAsync(string workerId, string text, long priceYen, string? idempotencyKey = null);

    /// <summary>Proposals the viewer may see: all for the client, their own for a worker.</summary>
    Task<IReadOnlyList<ProposalView>> GetProposalsAsync(string viewerId);

    /// <summary>
    /// A message in a proposal thread (client or that proposal's worker); checked by compliance. A send with the
    /// <paramref name="idempotencyKey"/> of an earlier stored send by the same party (within 24 hours) returns that message;
    /// the key with another text is refused (409 <c>request.idempotency_key_reused</c>).
    /// </summary>
    Task<MessageView> SendProposalMessageAsync(string actorId, string proposalId, string text, string? idempotencyKey = null);

    /// <summary>A proposal thread, or one page of it (<see cref="Pages.Range"/>), as the viewer may see it, oldest first.</summary>
    Task<IReadOnlyList<MessageView>> GetProposalThreadAsync(string viewerId, string proposalId, int? after = null, int? before = null, int limit = int.MaxValue);

    /// <summary>One message of a proposal thread the viewer may see; 404 <c>message.not_found</c> otherwise.</summary>
    Task<MessageView> GetProposalMessageAsync(string viewerId, string proposalId, string messageId);

    /// <summary>The client turns a proposal into a contract; the post closes.</summary>
    Task<ContractView> AwardAsync(string actorId, AwardContract award);

    /// <summary>Hides the post for a violation (platform action); a post hidden for its client's withdrawal stays hidden when the withdrawal is lifted.</summary>
    Task HideAsync(string code, string reasonJa);

    /// <summary>Hides the post if it is open, because its client was withdrawn (強制退会); drafts and closed posts keep their status.</summary>
    Task HideForWithdrawalAsync(string reasonJa);

    /// <summary>Opens again a post <see cref="HideForWithdrawalAsync"/> hid (the withdrawal was lifted); any other post is left as it is.</summary>
    Task RestoreAfterWithdrawalAsync();

    /// <summary>
    /// <paramref name="userId"/> was withdrawn (強制退会): their proposals here not contracted are withdrawn (status <c>withdrawn</c>; the
    /// client reads one they had received as withdrawn, without its text, and can neither contract it nor write in its thread, 409
    /// <c>proposal.withdrawn</c>; one that was still held stays unknown to them), and their texts here still held for review (a proposal,
    /// proposal-thread messages) end undelivered, their review items closed by the platform (a reviewer's later decision is refused, 409
    /// <c>review.already_decided</c>, saying why). Idempotent: done again (a withdrawal finished again after a stop), it changes nothing and
    /// closes any such item still open.
    /// </summary>
    Task WithdrawTextsOfAsync(string userId);

    /// <summary>
    /// The withdrawal of <paramref name="userId"/> was lifted: what <see cref="WithdrawTextsOfAsync"/> withdrew here comes back, a text
    /// delivered before (or approved by a reviewer meanwhile) delivered again, one that was held held again and queued for review.
    /// Idempotent: done again (the lift's give-back finished after a stop), it queues those it held again but had not queued yet.
    /// </summary>
    Task RestoreTextsOfAsync(string userId);

    /// <summary>
    /// A reviewer's decision on a held item (called by the review queue): <paramref name="itemId"/> <c>r{N}</c> (or null) for the post at
    /// revision N, the text the reviewer read (published or hidden), a proposal id, or a proposal message id (delivered or blocked). An
    /// approval opens the post only while revision N is its current text and that text is not blocked (a blocked one is hidden), and
    /// delivers a proposal or message only while its writer is not withdrawn (強制退会; otherwise it is withdrawn with the writer's other
    /// texts here, and delivered if the withdrawal is lifted). Returns null when the decision was applied as asked (or had been already),
    /// otherwise why not (<see cref="ReviewNote"/>, for the reviewer). The writer is told the outcome (<c>job_released</c>,
    /// <c>job_rejected</c>, <c>proposal_…</c>, <c>message_…</c>), a refusal with the reviewer's reason.
    /// </summary>
    Task<ReviewNote?> ResolveReviewAsync(string? itemId, bool approve, string reviewerId, string reasonJa);

    /// <summary>
    /// Pulls a delivered proposal-thread message back into review (e.g. one copy of a mass-send, or a piece of a contact
    /// detail split into the contract's messages), or a proposal's own text when <paramref name="messageId"/> names the
    /// proposal: it is hidden from the recipient and queued for a reviewer with <paramref name="finding"/>. False when it
    /// is not delivered (already held or blocked).
    /// </summary>
    Task<bool> RecallMessageAsync(string messageId, FindingView finding);

    /// <summary>Who wrote the post (null item), a proposal or a proposal message; null when unknown.</summary>
    Task<string?> GetAuthorAsync(string? itemId);

    /// <summary>The post's full record with one proposal and its thread, for staff fact sheets.</summary>
    Task<JobRecordView> GetRecordAsync(string? proposalId);
}
