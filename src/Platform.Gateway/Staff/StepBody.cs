namespace Platform.Gateway.Staff;

/// <summary>Body of <c>POST /api/staff/users/{id}/steps</c> and of a lift.</summary>
/// <param name="Step"><c>warning</c>, <c>restriction</c> or <c>withdrawal</c> (ignored for a lift).</param>
/// <param name="Code">Stable English code of the reason.</param>
/// <param name="Reason">Reason in Japanese, shown to the user; required for a step and for a lift (400 naming <c>reason</c>).</param>
/// <param name="Reviewer">Reviewer id (defaults to <c>X-Reviewer-Id</c>, then <c>staff</c>).</param>
public sealed record StepBody(string? Step, string? Code, string? Reason, string? Reviewer);
