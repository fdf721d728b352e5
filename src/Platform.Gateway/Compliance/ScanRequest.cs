namespace Platform.Gateway.Compliance;

/// <summary>Where a scanned text would be written (the corpus format's <c>context</c>).</summary>
/// <param name="Stage"><c>open</c>, <c>pre_contract</c>, <c>contracted</c>, <c>escrow_funded</c>, <c>delivered</c> or <c>completed</c>.</param>
/// <param name="Disclosure"><c>none</c>, <c>requested</c>, <c>approved</c>, <c>denied</c> or <c>revoked</c>.</param>
/// <param name="Sender"><c>client</c> or <c>worker</c>.</param>
public sealed record ScanContext(string? Stage, string? Disclosure, string? Sender);

/// <summary>Body of <c>POST /api/compliance/scan</c>: one item in the corpus format, without labels.</summary>
/// <param name="Id">Optional id, echoed back.</param>
/// <param name="Kind"><c>job</c>, <c>proposal</c>, <c>message</c> or <c>profile</c>.</param>
/// <param name="Title">A job post's title.</param>
/// <param name="Text">The text to check.</param>
/// <param name="Context">Stage, disclosure status and sender; defaults follow the kind.</param>
public sealed record ScanRequest(string? Id, string? Kind, string? Title, string? Text, ScanContext? Context);
