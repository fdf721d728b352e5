using Platform.Abstractions.Common;
using Platform.Abstractions.Statistics;
using Platform.Domain.Trust;

namespace Platform.Grains.Statistics;

/// <summary>Feeds the monthly statistics from where events happen (month in Japan time).</summary>
internal static class Stats
{
    public const string ReportReceived = "report.received";
    public const string ReportUpheld = "report.upheld";
    public const string ReportRejected = "report.rejected";
    public const string Advice = "advice";
    public const string HeldOnSecondOpinion = "second_opinion.held";
    public const string DisclosureAutoApproved = "disclosure.approved_auto";
    public const string DisclosureApproved = "disclosure.approved";
    public const string DisclosureDenied = "disclosure.denied";
    public const string DisclosureRevoked = "disclosure.revoked";
    public const string DisclosureEscalated = "disclosure.escalated";
    public const string Warning = "ladder.warning";
    public const string Restriction = "ladder.restriction";
    public const string Withdrawal = "ladder.withdrawal";
    public const string NudgeRequested = "nudge.requested";
    public const string NudgeAnswered = "nudge.answered";
    public const string NudgeSettled = "nudge.settled";

    public static string Violation(string category) => $"violation.{category}";

    public static Task AddAsync(IGrainFactory grains, DateTimeOffset at, string key, int count = 1) =>
        count == 0 ? Task.CompletedTask : AddAsync(grains, at, new Dictionary<string, int> { [key] = count });

    public static Task AddAsync(IGrainFactory grains, DateTimeOffset at, IReadOnlyDictionary<string, int> increments) =>
        increments.Count == 0 ? Task.CompletedTask : grains.Grain<IStatisticsGrain>(BusinessCalendar.JapanMonth(at)).AddAsync(increments);
}
