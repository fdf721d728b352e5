using System.Text.Json.Serialization;
using Platform.Gateway.Jobs;

namespace Platform.Gateway.Compliance;

/// <summary>Where a scanned text would be written (the corpus format's <c>context</c>).</summary>
/// <param name="Stage">
/// <c>open</c>, <c>pre_contract</c>, <c>contracted</c>, <c>escrow_funded</c>, <c>delivered</c> or <c>completed</c>; only
/// where the kind can be written: a job and a profile at <c>open</c>, a proposal at <c>pre_contract</c>, a message from
/// <c>pre_contract</c> on.
/// </param>
/// <param name="Disclosure">
/// <c>none</c>, <c>requested</c>, <c>approved</c>, <c>denied</c> or <c>revoked</c>; other than <c>none</c> only for a
/// message from <c>escrow_funded</c> on (a disclosure is asked for on an escrow-funded contract).
/// </param>
/// <param name="Sender"><c>client</c> or <c>worker</c>; a job is written by the client, a proposal by the worker.</param>
public sealed record ScanContext(string? Stage, string? Disclosure, string? Sender);

/// <summary>
/// Body of <c>POST /api/compliance/scan</c>: one item in the corpus format, without labels, with what the real write would
/// hand the checks besides the text, so the answer is the one the real write would get. Each field is refused (400 naming
/// it) for a kind that has no such field, and holds to the real write's limits (length, control characters).
/// </summary>
/// <param name="Id">Optional id, echoed back.</param>
/// <param name="Kind"><c>job</c>, <c>proposal</c>, <c>message</c> or <c>profile</c>.</param>
/// <param name="Title">A job post's title (kind <c>job</c> only; one line of at most 100 characters).</param>
/// <param name="Text">
/// The text to check: a job's description or a proposal (at most 20,000 characters), a message (at most 10,000), a
/// profile's text (at most 20,000; may be left out when <c>displayName</c> is given).
/// </param>
/// <param name="Context">Stage, disclosure status and sender; defaults follow the kind.</param>
/// <param name="DisplayName">
/// The writer's display name (one line, at most 50 characters): for a profile, its own name; for the other kinds, the
/// name shown beside the text. Evidence on it names <c>displayName</c>.
/// </param>
/// <param name="ProfileText">
/// The writer's profile text, for a job, proposal or message (a profile's own text is <c>text</c>). Evidence on it names
/// <c>profile</c>.
/// </param>
/// <param name="EarlierMessages">
/// The sender's earlier messages in the same thread, oldest first (kind <c>message</c> only; at most 20), so a contact
/// detail split over several messages is found as the real send finds it. Evidence on one names <c>message:{id}</c>.
/// </param>
/// <param name="Category">A job's category id, as in <c>POST /api/jobs</c> (kind <c>job</c> only).</param>
/// <param name="Budget">A job's budget, as in <c>POST /api/jobs</c> (kind <c>job</c> only).</param>
/// <param name="Deadline">
/// A job's application deadline, as in <c>POST /api/jobs</c> (kind <c>job</c> only). With a category or budget and no
/// deadline the post is advised to set one, as the real post is; with none of the three, no budget or deadline advice.
/// </param>
public sealed record ScanRequest(
    string? Id,
    string? Kind,
    string? Title,
    string? Text,
    ScanContext? Context,
    string? DisplayName = null,
    string? ProfileText = null,
    IReadOnlyList<ScanEarlierMessage?>? EarlierMessages = null,
    string? Category = null,
    BudgetRequest? Budget = null,
    [property: JsonConverter(typeof(DeadlineJsonConverter))] DateTimeOffset? Deadline = null);
