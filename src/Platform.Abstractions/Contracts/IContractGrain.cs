using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;

namespace Platform.Abstractions.Contracts;

/// <summary>One contract (プロジェクト方式): stage, deliveries, acceptance, payment, early termination, messages and history.</summary>
/// <remarks>Every action names the acting user; a user who is not a party gets a forbidden refusal, and a stage that does not allow the action a conflict. Refused actions change nothing.</remarks>
public interface IContractGrain : IGrainWithStringKey, IAuditable
{
    /// <summary>
    /// Creates the contract (called by the job when the client awards a proposal). <paramref name="carried"/>: each
    /// party's last texts in the proposal thread, handed to the checks with their first contract messages.
    /// </summary>
    Task<ContractView> CreateAsync(ContractSetup setup, IReadOnlyList<CarriedText>? carried = null);

    /// <summary>The contract, for a party.</summary>
    Task<ContractView> GetAsync(string viewerId);

    /// <summary>The client funds escrow (仮払い): contracted → escrow_funded.</summary>
    Task<ContractView> FundEscrowAsync(string actorId);

    /// <summary>
    /// The worker delivers (納品): escrow_funded → delivered (again from delivered for a re-delivery). A delivery with the
    /// <paramref name="idempotencyKey"/> of one the worker made here earlier (within 24 hours) returns the contract as it is
    /// now and delivers nothing; the key with another note is refused (409 <c>request.idempotency_key_reused</c>).
    /// </summary>
    Task<ContractView> DeliverAsync(string actorId, string note, string? idempotencyKey = null);

    /// <summary>The client accepts the delivery (検収): delivered → accepted.</summary>
    Task<ContractView> AcceptAsync(string actorId);

    /// <summary>The client confirms payment (支払い確定): accepted → paid; escrow is released to the worker.</summary>
    Task<ContractView> ConfirmPaymentAsync(string actorId);

    /// <summary>
    /// A party cancels before delivery: either party before escrow is funded; after it the worker, or the client while the
    /// worker is withdrawn (強制退会); the escrow is then refunded to the client.
    /// </summary>
    Task<ContractView> CancelAsync(string actorId, string reasonJa);

    /// <summary>Either party asks to end the contract early (after escrow, before acceptance).</summary>
    Task<ContractView> RequestTerminationAsync(string actorId, string reasonJa);

    /// <summary>The other party accepts (contract cancelled, escrow refunded) or refuses the pending request.</summary>
    Task<ContractView> RespondTerminationAsync(string actorId, bool accept);

    /// <summary>
    /// A party writes a message; checked by compliance (delivered, held or blocked). A send with the
    /// <paramref name="idempotencyKey"/> of an earlier stored send by the same party (within 24 hours) returns that message
    /// and sends nothing; the key with another text is refused (409 <c>request.idempotency_key_reused</c>).
    /// </summary>
    Task<MessageView> SendMessageAsync(string actorId, string text, string? idempotencyKey = null);

    /// <summary>
    /// The thread, or one page of it (<see cref="Pages.Range"/>; messages numbered m1, m2, … in the thread), as the viewer
    /// may see it, oldest first: others' held and blocked messages are not shown.
    /// </summary>
    Task<IReadOnlyList<MessageView>> GetMessagesAsync(string viewerId, int? after = null, int? before = null, int limit = int.MaxValue);

    /// <summary>One message the viewer may see; 404 <c>message.not_found</c> otherwise.</summary>
    Task<MessageView> GetMessageAsync(string viewerId, string messageId);

    /// <summary>A party rates the other after acceptance, once.</summary>
    Task<ContractView> RateAsync(string actorId, int stars, string? comment);

    /// <summary>The append-only history of the contract, for a party.</summary>
    Task<IReadOnlyList<ContractEvent>> GetHistoryAsync(string viewerId);

    /// <summary>
    /// Revokes an approved contact disclosure because <paramref name="flaggedUserId"/> was flagged, and persists that
    /// before answering, with the number of the user's ladder <paramref name="step"/> that revokes it, or of the user's
    /// <paramref name="flag"/> (one of the two; neither for a flag that has no number).
    /// Does not tell the other party: it returns the notice they are owed, for the caller to deliver
    /// (batched per recipient). Returns the same notice again when the disclosure was already revoked for the same user
    /// (<see cref="Revocation.RevokedNow"/> false, <see cref="Revocation.Step"/> or <see cref="Revocation.Flag"/> the
    /// measure that revoked it), so a retried flag or step can deliver what a failed one did not, and count its
    /// revocations once; null when there is nothing to revoke for that user. Counts nothing itself.
    /// </summary>
    Task<Revocation?> RevokeApprovalsAsync(string flaggedUserId, string reasonJa, int? step = null, int? flag = null);

    /// <summary>
    /// Gives back what <see cref="RevokeApprovalsAsync"/> took because <paramref name="userId"/> was flagged, now that the
    /// measure was undone (a reviewer dismissed the detection) and the user has no flag left and is neither restricted nor
    /// withdrawn: an approval is approved again, a request closed while pending may be made again. The record keeps the
    /// revocation and says it was reinstated; the history says so too. Nothing is given back on a cancelled contract, or
    /// while the other party is restricted, withdrawn or flagged since the request (the revocation then stands for them:
    /// undoing their measure gives it back). Counts what it gives back in the month's statistics once that is stored; a
    /// give-back stored but not counted (the call was cut off in between) is counted by the next call. Does not tell the
    /// parties: it returns the notice both are owed (the same one again when an earlier call for the same user gave it
    /// back, so a retried dismissal can deliver it); null when there is nothing to give back for that user.
    /// </summary>
    Task<Reinstatement?> ReinstateApprovalsAsync(string userId);

    /// <summary>
    /// <paramref name="userId"/>, a party, was withdrawn (強制退会) at <paramref name="at"/> (when the step was taken): when the
    /// contract is still open (neither paid nor cancelled), returns the notice the other party is owed (<c>counterpart_withdrawn</c>,
    /// related to the contract, at <paramref name="at"/>), naming the contract and what they can do now; the caller delivers it, so
    /// a withdrawal finished again hands out the same notice and its recipient keeps it once. Null for an ended contract or a user
    /// who is not a party; nothing is changed on the contract.
    /// </summary>
    Task<PartyNotice?> TellPartyWithdrawnAsync(string userId, DateTimeOffset at);

    /// <summary>
    /// <paramref name="userId"/>, a party, was withdrawn (強制退会): their messages here still held for review end undelivered (status
    /// <c>withdrawn</c>, shown to them alone; the other party sees nothing of them), their texts written with a step and still
    /// withheld (a delivery note, a cancellation or termination reason, a rating comment) stay withheld for good (the other party
    /// keeps the notice in their place), and the review items of both are closed by the platform (a reviewer's later decision is
    /// refused, 409 <c>review.already_decided</c>, saying why). Idempotent: done again (a withdrawal
    /// finished again after a stop), it changes nothing and closes any such item still open.
    /// </summary>
    Task WithdrawTextsOfAsync(string userId);

    /// <summary>
    /// The withdrawal of <paramref name="userId"/> was lifted: the messages <see cref="WithdrawTextsOfAsync"/> ended are held again, the
    /// step texts withheld as before, and each queued for review again (as the lift does a held proposal). Idempotent: done again, it queues those it held again but had not
    /// queued yet.
    /// </summary>
    Task RestoreTextsOfAsync(string userId);

    /// <summary>A party asks for contact disclosure (連絡先公開申請): approved at once when both records are clear, otherwise queued for a reviewer (due in 2 business days).</summary>
    Task<ContractView> RequestDisclosureAsync(string actorId);

    /// <summary>A reviewer's decision on the pending disclosure request (called by the review queue).</summary>
    Task<ContractView> DecideDisclosureAsync(bool approve, string reviewerId, string reasonJa);

    /// <summary>A party asks the platform to nudge the silent other party (連絡催促申請).</summary>
    Task<ContractView> RequestNudgeAsync(string actorId);

    /// <summary>Compares the clock with the due times of live procedures (nudge reminders, disclosure deadline) and acts; the reminder calls this. Idempotent.</summary>
    Task CheckDueAsync();

    /// <summary>
    /// A reviewer's decision on a held message: delivered, or blocked for good (called by the review queue). An approval is refused
    /// (409, the item stays open) for a contact detail the contract no longer allows (<c>message.contact_not_allowed</c>) and for a
    /// message whose sender is withdrawn (強制退会, <c>message.author_withdrawn</c>) or, on a contract not yet funded, restricted
    /// (<c>message.author_restricted</c>).
    /// </summary>
    Task<MessageView> ResolveHeldMessageAsync(string messageId, bool approve, string reviewerId, string reasonJa);

    /// <summary>
    /// Shows a text withheld with a step (<paramref name="itemId"/>, its review item's: <c>delivery-N</c>, <c>cancellation</c>,
    /// <c>termination-N</c> (the Nth request's reason) or <c>rating-{userId}</c> (the rater's comment); <c>termination</c> or
    /// <c>rating</c> for a text withheld before each had its own item) after a reviewer dismissed its detection, if these are
    /// still its findings; false when no such text is withheld (called by the review queue).
    /// </summary>
    Task<bool> ReleaseWithheldTextAsync(string itemId, IReadOnlyList<FindingView> findings, string reviewerId, string reasonJa);

    /// <summary>
    /// Pulls a delivered message back into review (e.g. one copy of a mass-send): it is hidden from the recipient and
    /// queued for a reviewer with <paramref name="finding"/>. False when the message is not delivered (already held or blocked).
    /// </summary>
    Task<bool> RecallMessageAsync(string messageId, FindingView finding);

    /// <summary>Who wrote a message (for reports); null when unknown.</summary>
    Task<string?> GetAuthorAsync(string messageId);

    /// <summary>
    /// A text a party wrote with a step, as <paramref name="viewerId"/> (a reporter) may name it: <paramref name="kind"/>
    /// <c>delivery</c> (<paramref name="item"/> the delivery's number), <c>cancellation</c> (no item), <c>termination</c>
    /// (the number of the early-termination request, 1 for the first) or <c>rating</c> (the rater's user id). Null when
    /// there is no such text (none written, such as a rating without a comment or a cancellation by the platform); a
    /// forbidden refusal (<c>contract.not_a_party</c>) for a user who is not a party, a not-found one for no contract.
    /// </summary>
    Task<StepTextView?> GetStepTextAsync(string viewerId, string kind, string? item);

    /// <summary>The dispute fact sheet (staff).</summary>
    Task<FactSheet> GetFactsAsync();
}
