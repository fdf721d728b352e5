using Orleans.Concurrency;

namespace Platform.Abstractions.Reviews;

/// <summary>
/// The support team's review queue (one grain, key <c>default</c>): held messages, jobs and proposals, disclosure
/// requests, reports and automatic detections, ordered by deadline and severity. Decisions flow back to the item.
/// Each item is stored in its own <see cref="IReviewItemGrain"/> record.
/// </summary>
public interface IReviewQueueGrain : IGrainWithStringKey
{
    /// <summary>
    /// Adds an item, or merges it into the open item with the same key, and returns once the item is stored: a change
    /// held for review is acknowledged only when its review item can no longer be lost. Interleaved: it runs even while
    /// the queue waits on a grain (a decision flowing back to the item's grain, which may itself be waiting here), so
    /// the two cannot deadlock; and the items that arrive while one write is in flight share the next write.
    /// </summary>
    [AlwaysInterleave]
    Task EnqueueAsync(NewReviewItem item);

    /// <summary>
    /// Files a violation report (merged with open reports of the same target) and returns the reporter's receipt. With a
    /// <paramref name="receiptId"/> (the gateway makes it from the reporter and their <c>Idempotency-Key</c>), the receipt is
    /// stored last, once the report is filed, and a report that finds that receipt stored is a retry: the same request
    /// answers that receipt and files nothing, another request is refused (409 <c>request.idempotency_key_reused</c>).
    /// </summary>
    Task<ReportReceipt> ReportAsync(ReportRequest report, string? receiptId = null);

    /// <summary>A receipt, for the reporter who holds it (not found for anyone else).</summary>
    Task<ReportReceipt> GetReceiptAsync(string receiptId, string viewerId);

    /// <summary>
    /// Items, open ones first, each group ordered by due time then severity, the first <paramref name="limit"/> of
    /// them. Each filter left null takes all: <paramref name="status"/> <c>open</c> or <c>decided</c>,
    /// <paramref name="kind"/> (<c>message</c>, <c>job</c>, <c>proposal</c>, <c>disclosure</c>, <c>report</c>,
    /// <c>detection</c>), <paramref name="category"/> (a violation category; a report is found under every category its
    /// merged reports chose) and the user in question (<paramref name="subjectUserId"/>). The decided ones are the latest
    /// 500 decisions; older ones are read by id (<see cref="GetAsync"/>). An unknown status, kind or category is refused,
    /// naming the parameter.
    /// </summary>
    Task<IReadOnlyList<ReviewItemView>> ListAsync(
        string? status, string? kind = null, string? category = null, string? subjectUserId = null, int limit = int.MaxValue);

    /// <summary>One item, open or decided.</summary>
    Task<ReviewItemView> GetAsync(string itemId);

    /// <summary>
    /// A reviewer decides an open item; the decision is applied to the item it concerns. An item no longer open is refused (409
    /// <c>review.already_decided</c>), saying why when the platform closed it (its <see cref="ReviewItemView.OutcomeJa"/>).
    /// </summary>
    Task<ReviewItemView> DecideAsync(string itemId, string reviewerId, bool approve, string reasonJa);

    /// <summary>
    /// Closes an open item the platform settled itself (a disclosure request closed because a party was flagged, a held
    /// message whose write failed): it is recorded as rejected by <c>platform</c> with <paramref name="reasonJa"/> and
    /// <paramref name="outcome"/> (in Japanese <paramref name="outcomeJa"/>, else the reason), so no reviewer can decide it
    /// afterwards, and counted in no statistics (a held change the platform refuses is <see cref="RefuseAsync"/>).
    /// <paramref name="itemId"/> is the item's id or key (the open item of that key). Does nothing when the item is not
    /// open. Interleaved, like <see cref="EnqueueAsync"/>: the item's grain calls it while the queue may be waiting on that
    /// grain.
    /// </summary>
    [AlwaysInterleave]
    Task WithdrawAsync(string itemId, string reasonJa, string outcome, string? outcomeJa = null);

    /// <summary>
    /// Closes an open held item the platform released itself (a message held for its contact details, delivered once the
    /// contract's disclosure request is approved): it is recorded as approved by <c>platform</c> with
    /// <paramref name="reasonJa"/> and <paramref name="outcome"/> (in Japanese <paramref name="outcomeJa"/>, else the
    /// reason), so no reviewer can decide it afterwards, and counted in the statistics as a reviewer's release is.
    /// <paramref name="itemId"/> is the item's id or key. Does nothing when the item is not open. Interleaved, like
    /// <see cref="WithdrawAsync"/>.
    /// </summary>
    [AlwaysInterleave]
    Task ReleaseAsync(string itemId, string reasonJa, string outcome, string? outcomeJa = null);

    /// <summary>
    /// Closes an open held item the platform refused itself (a message held for its contact details, blocked once the
    /// contract's disclosure request is denied, revoked or withdrawn, or the contract cancelled): it is recorded as rejected
    /// by <c>platform</c> with <paramref name="reasonJa"/> and <paramref name="outcome"/> (in Japanese
    /// <paramref name="outcomeJa"/>, else the reason), so no reviewer can decide it afterwards, and counted in the
    /// statistics as a reviewer's refusal is. <paramref name="itemId"/> is the item's id or key. Does nothing when the item
    /// is not open. Interleaved, like <see cref="WithdrawAsync"/>.
    /// </summary>
    [AlwaysInterleave]
    Task RefuseAsync(string itemId, string reasonJa, string outcome, string? outcomeJa = null);

    /// <summary>Marks an open item overdue: severity rises by one (once). Interleaved, like <see cref="EnqueueAsync"/>.</summary>
    [AlwaysInterleave]
    Task EscalateAsync(string itemId, string reasonJa);

    /// <summary>Alerts after <paramref name="afterSequence"/> (for the event stream), oldest first.</summary>
    Task<IReadOnlyList<ReviewAlert>> GetAlertsAsync(long afterSequence);

    /// <summary>The sequence number of the latest alert (0 when none).</summary>
    Task<long> GetLastAlertSequenceAsync();
}
