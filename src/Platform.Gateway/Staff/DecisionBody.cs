namespace Platform.Gateway.Staff;

/// <summary>Body of <c>POST /api/staff/reviews/{itemId}/decision</c>.</summary>
/// <param name="Decision"><c>approve</c> or <c>reject</c>.</param>
/// <param name="Reason">Why (Japanese, shown to the parties where relevant).</param>
/// <param name="Reviewer">Reviewer id (defaults to <c>X-Reviewer-Id</c>, then <c>staff</c>).</param>
public sealed record DecisionBody(string? Decision, string? Reason, string? Reviewer);
