namespace Platform.Gateway.Reports;

/// <summary>Body of <c>POST /api/reports</c>.</summary>
/// <param name="TargetKind"><c>job</c>, <c>message</c>, <c>proposal</c>, <c>user</c>, or a text written with a contract's step: <c>delivery</c>, <c>cancellation</c>, <c>termination</c>, <c>rating</c>.</param>
/// <param name="TargetId">
/// Job id, user id, <c>{jobId}:{proposalId}</c>, or <c>{contractId|jobId}:{messageId}</c>; for a step's text
/// <c>{contractId}:{deliveryNumber}</c>, <c>{contractId}</c> (its cancellation), <c>{contractId}:{terminationNumber}</c>
/// (the Nth early-termination request) or <c>{contractId}:{raterUserId}</c> (a rating's comment).
/// </param>
/// <param name="Category">Violation category id.</param>
/// <param name="Comment">Optional comment.</param>
public sealed record ReportBody(string? TargetKind, string? TargetId, string? Category, string? Comment);
