namespace Platform.Abstractions.Reviews;

/// <summary>A violation report (違反申告) by a user.</summary>
/// <param name="ReporterId">Who reports.</param>
/// <param name="TargetKind"><c>job</c>, <c>message</c>, <c>proposal</c>, <c>user</c>, or a text written with a contract's step: <c>delivery</c>, <c>cancellation</c>, <c>termination</c>, <c>rating</c>.</param>
/// <param name="TargetId">
/// Job id, user id, <c>{jobId}:{proposalId}</c>, or <c>{contractId|jobId}:{messageId}</c>; for a step's text
/// <c>{contractId}:{deliveryNumber}</c>, <c>{contractId}</c> (its cancellation), <c>{contractId}:{terminationNumber}</c>
/// (the Nth early-termination request) or <c>{contractId}:{raterUserId}</c> (a rating's comment).
/// </param>
/// <param name="Category">A violation category id.</param>
/// <param name="Comment">Optional comment.</param>
[GenerateSerializer, Immutable]
public sealed record ReportRequest(
    [property: Id(0)] string ReporterId,
    [property: Id(1)] string TargetKind,
    [property: Id(2)] string TargetId,
    [property: Id(3)] string Category,
    [property: Id(4)] string? Comment);
