namespace Platform.Gateway.Reports;

/// <summary>Body of <c>POST /api/reports</c>.</summary>
/// <param name="TargetKind"><c>job</c>, <c>message</c>, <c>proposal</c> or <c>user</c>.</param>
/// <param name="TargetId">Job id, user id, <c>{jobId}:{proposalId}</c>, or <c>{contractId|jobId}:{messageId}</c>.</param>
/// <param name="Category">Violation category id.</param>
/// <param name="Comment">Optional comment.</param>
public sealed record ReportBody(string? TargetKind, string? TargetId, string? Category, string? Comment);
