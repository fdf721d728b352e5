using Platform.Abstractions.Statistics;
using Platform.Compliance.Abstractions;

namespace Platform.Gateway.Staff;

/// <summary>
/// One month of the published statistics (品質向上委員会からのお知らせ). <see cref="HeldOnSecondOpinion"/>: changes a rule
/// blocked that a second check (the trained scorer) doubted, so they were held for review instead; they count among the
/// violations too.
/// </summary>
public sealed record MonthReport(
    string Month,
    IReadOnlyDictionary<string, long> Violations,
    long ViolationsTotal,
    long HeldOnSecondOpinion,
    long AdviceSent,
    long ReportsReceived,
    long ReportsUpheld,
    long ReportsRejected,
    long DisclosuresApprovedAutomatically,
    long DisclosuresApproved,
    long DisclosuresDenied,
    long DisclosuresRevoked,
    long DisclosuresEscalated,
    long Warnings,
    long Restrictions,
    long Withdrawals,
    long? ViolationsChange)
{
    public static MonthReport From(MonthStatistics m, MonthReport? previous)
    {
        long C(string key) => m.Counters.GetValueOrDefault(key);
        var violations = Categories.Violations.ToDictionary(c => c, c => C($"violation.{c}"));
        var total = violations.Values.Sum();
        return new MonthReport(m.Month, violations, total, C("second_opinion.held"), C("advice"), C("report.received"), C("report.upheld"), C("report.rejected"),
            C("disclosure.approved_auto"), C("disclosure.approved"), C("disclosure.denied"), C("disclosure.revoked"), C("disclosure.escalated"),
            C("ladder.warning"), C("ladder.restriction"), C("ladder.withdrawal"), previous is null ? null : total - previous.ViolationsTotal);
    }
}
