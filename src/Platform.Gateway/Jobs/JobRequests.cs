using System.Text.Json.Serialization;

namespace Platform.Gateway.Jobs;

/// <summary>A job's budget.</summary>
/// <param name="Kind"><c>fixed</c> or <c>hourly</c>.</param>
/// <param name="AmountYen">Yen (total, or per hour).</param>
public sealed record BudgetRequest(string? Kind, long? AmountYen);

/// <summary>Body of <c>POST /api/jobs</c> and <c>PUT /api/jobs/{id}</c>.</summary>
/// <param name="Title">Title: one line of at most 100 characters (no line break, tab, control or bidi control character).</param>
/// <param name="Description">What is asked.</param>
/// <param name="Category">Category id.</param>
/// <param name="Budget">Budget.</param>
/// <param name="Deadline">
/// Application deadline, optional: an ISO 8601 date and time with its offset (<c>2027-01-31T18:00:00+09:00</c>), or a date
/// alone (<c>2027-01-31</c>: the end of that day, 23:59:59 Japan time); a date and time without an offset is refused.
/// </param>
/// <param name="Publish">Publish at once (POST only); otherwise a draft.</param>
public sealed record JobRequest(string? Title, string? Description, string? Category, BudgetRequest? Budget,
    [property: JsonConverter(typeof(DeadlineJsonConverter))] DateTimeOffset? Deadline, bool? Publish);

/// <summary>Body of <c>POST /api/jobs/{id}/proposals</c>.</summary>
/// <param name="Text">The proposal.</param>
/// <param name="PriceYen">Offered price.</param>
public sealed record ProposalRequest(string? Text, long? PriceYen);

/// <summary>Body of a message post.</summary>
/// <param name="Text">The message.</param>
public sealed record MessageRequest(string? Text);

/// <summary>Body of <c>POST /api/jobs/{id}/proposals/{proposalId}/contract</c>.</summary>
/// <param name="PriceYen">Agreed price; the proposal's when absent.</param>
/// <param name="DeliveryDate">Agreed delivery date (yyyy-MM-dd).</param>
public sealed record ContractRequest(long? PriceYen, DateOnly? DeliveryDate);
