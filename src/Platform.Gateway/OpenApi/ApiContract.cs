using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Reviews;
using Platform.Abstractions.Users;
using Platform.Compliance;
using Platform.Gateway.Compliance;
using Platform.Gateway.Staff;

namespace Platform.Gateway.OpenApi;

/// <summary>
/// The contract of every operation, by <c>METHOD /route</c>, in one place: the handlers answer <c>IResult</c>, so the
/// OpenAPI document learns from here what comes back and what each operation reads besides its path and JSON body.
/// </summary>
public static class ApiContract
{
    private static readonly QueryParameter[] Paging =
    [
        new("limit", "How many (oldest first): the latest 100 by default, at most 500.", Minimum: 1),
        new("after", "Only those numbered after N (sequence or message number).", Minimum: 0),
        new("before", "Only those numbered before N; not with `after`.", Minimum: 1),
    ];

    private static readonly QueryParameter[] ReviewFilters =
    [
        new("status", "Open items (the default lists them first) or the latest 500 decided ones.", Values: ["open", "decided"]),
        new("kind", "The kind of item.", Values: ["message", "job", "proposal", "disclosure", "report", "detection"]),
        new("category", "A violation category id."),
        new("subject", "A user id: the items about that user."),
        new("limit", "At most this many.", Minimum: 1),
    ];

    private static readonly QueryParameter[] Months =
    [
        new("from", "First month, `yyyy-MM` (default: eleven months before `to`)."),
        new("to", "Last month, `yyyy-MM` (default: this month, Japan time); at most 36 months from `from`. Months are those of Japan time; the month under way is what is counted so far, and a month not begun yet is answered with zeros, as asked (not refused)."),
    ];

    private static readonly Dictionary<string, OperationContract> Operations = new()
    {
        ["POST /api/users"] = Answer<UserView>(201, 409),
        ["GET /api/users/{id}"] = Answer<UserView>(200) with { ActingUser = ActingUserHeader.Optional },
        ["PUT /api/users/{id}/profile"] = Acting<UserView>(200, 403),
        ["GET /api/users/{id}/notifications"] = Acting<IReadOnlyList<NotificationView>>(200, 403) with { Query = Paging },

        ["POST /api/jobs"] = Acting<JobView>(201, 403, 409) with { IdempotencyKey = true },
        ["GET /api/jobs/{id}"] = Acting<JobView>(200),
        ["PUT /api/jobs/{id}"] = Acting<JobView>(200, 403, 409),
        ["POST /api/jobs/{id}/publish"] = Acting<JobView>(200, 403, 409),
        ["POST /api/jobs/{id}/close"] = Acting<JobView>(200, 403, 409),
        ["POST /api/jobs/{id}/proposals"] = Acting<ProposalView>(201, 403, 409) with { IdempotencyKey = true },
        ["GET /api/jobs/{id}/proposals"] = Acting<IReadOnlyList<ProposalView>>(200, 403),
        ["GET /api/jobs/{id}/proposals/{proposalId}"] = Acting<ProposalView>(200, 403),
        ["POST /api/jobs/{id}/proposals/{proposalId}/messages"] = Acting<MessageView>(201, 403, 409) with { IdempotencyKey = true },
        ["GET /api/jobs/{id}/proposals/{proposalId}/messages"] = Acting<IReadOnlyList<MessageView>>(200, 403, 409) with { Query = Paging },
        ["GET /api/jobs/{id}/proposals/{proposalId}/messages/{messageId}"] = Acting<MessageView>(200, 403, 409),
        ["POST /api/jobs/{id}/proposals/{proposalId}/contract"] = Acting<ContractView>(201, 403, 409),

        ["GET /api/contracts/{id}"] = Acting<ContractView>(200, 403),
        ["POST /api/contracts/{id}/escrow"] = Acting<ContractView>(200, 403, 409),
        ["POST /api/contracts/{id}/deliveries"] = Acting<ContractView>(200, 403, 409) with { IdempotencyKey = true },
        ["POST /api/contracts/{id}/acceptance"] = Acting<ContractView>(200, 403, 409),
        ["POST /api/contracts/{id}/payment"] = Acting<ContractView>(200, 403, 409),
        ["POST /api/contracts/{id}/cancellation"] = Acting<ContractView>(200, 403, 409),
        ["POST /api/contracts/{id}/termination"] = Acting<ContractView>(200, 403, 409),
        ["POST /api/contracts/{id}/termination/response"] = Acting<ContractView>(200, 403, 409),
        ["POST /api/contracts/{id}/messages"] = Acting<MessageView>(201, 403, 409) with { IdempotencyKey = true },
        ["GET /api/contracts/{id}/messages"] = Acting<IReadOnlyList<MessageView>>(200, 403) with { Query = Paging },
        ["GET /api/contracts/{id}/messages/{messageId}"] = Acting<MessageView>(200, 403),
        ["POST /api/contracts/{id}/ratings"] = Acting<ContractView>(200, 403, 409),
        ["GET /api/contracts/{id}/history"] = Acting<IReadOnlyList<ContractEvent>>(200, 403),
        ["POST /api/contracts/{id}/disclosure"] = Acting<ContractView>(200, 403, 409),
        ["POST /api/contracts/{id}/nudge"] = Acting<ContractView>(200, 403, 409),

        ["POST /api/reports"] = Acting<ReportReceipt>(201, 403, 409) with { IdempotencyKey = true },
        ["GET /api/reports/{id}"] = Acting<ReportReceipt>(200, 403),
        ["POST /api/compliance/scan"] = Answer<ScanResult>(200),

        ["GET /api/staff/plugins"] = Answer<IReadOnlyList<PluginStatus>>(200),
        ["GET /api/staff/plugins/rejected"] = Answer<IReadOnlyList<PluginRejection>>(200),
        ["DELETE /api/staff/plugins/{name}"] = Answer<PluginRemoval>(200),
        ["POST /api/staff/plugins"] = Answer<PluginDeployResult>(200, 415) with
        {
            Query = [new("name", "The plugin's name (its folder): letters, digits, `.`, `-`, `_`, starting with a letter or digit.", Required: true)],
            RawBody = "application/zip",
        },
        ["PUT /api/staff/plugins/{name}/mode"] = Answer<PluginStatus>(200),
        ["GET /api/staff/audit/{kind}/{id}"] = Answer<IReadOnlyList<AuditEntry>>(200),
        ["GET /api/staff/reviews"] = Answer<IReadOnlyList<ReviewItemView>>(200) with { Query = ReviewFilters },
        ["GET /api/staff/reviews/stream"] = new(200, typeof(string), "text/event-stream"),
        ["GET /api/staff/reviews/{itemId}"] = Answer<ReviewItemView>(200),
        ["POST /api/staff/reviews/{itemId}/decision"] = Answer<ReviewItemView>(200, 409) with { Reviewer = true },
        ["GET /api/staff/users/{id}"] = Answer<UserView>(200),
        ["POST /api/staff/users/{id}/steps"] = Answer<UserView>(201, 409) with { Reviewer = true, IdempotencyKey = true },
        ["GET /api/staff/users/{id}/steps/{number}"] = Answer<WarningView>(200),
        ["DELETE /api/staff/users/{id}/steps/{number}"] = Answer<UserView>(200, 409) with
        {
            Reviewer = true,
            Query = [new("reason", "Why, in Japanese, shown to the user; required (absent or blank: 400 naming reason), as for taking a step or deciding a review item.", Required: true)],
        },
        ["POST /api/staff/users/{id}/steps/{number}/lift"] = Answer<UserView>(200, 409) with { Reviewer = true },
        ["GET /api/staff/statistics"] = Answer<StatisticsAnswer>(200) with { Query = Months },
        ["GET /api/staff/statistics.csv"] = new OperationContract(200, typeof(string), "text/csv") with { Query = Months },
        ["GET /api/staff/statistics.html"] = new OperationContract(200, typeof(string), "text/html") with { Query = Months },
        ["GET /api/staff/contracts/{id}/facts"] = Answer<FactSheet>(200),
        ["GET /api/staff/contracts/{id}/facts.html"] = new(200, typeof(string), "text/html"),
    };

    /// <summary>The contract of <paramref name="method"/> on <paramref name="route"/> (parameters without constraints), or null.</summary>
    public static OperationContract? Find(string method, string route) => Operations.GetValueOrDefault($"{method} {route}");

    private static OperationContract Answer<T>(int status, params int[] refusals) => new(status, typeof(T)) { Refusals = refusals };

    private static OperationContract Acting<T>(int status, params int[] refusals) =>
        Answer<T>(status, refusals) with { ActingUser = ActingUserHeader.Required };
}
