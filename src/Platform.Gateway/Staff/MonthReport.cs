using Platform.Abstractions.Statistics;
using Platform.Compliance.Abstractions;

namespace Platform.Gateway.Staff;

/// <summary>
/// One month of the published statistics (品質向上委員会からのお知らせ). <see cref="Violations"/>: what the checks detected,
/// by category (a change counted once per category), held or blocked (<see cref="ChangesHeld"/>,
/// <see cref="ChangesBlocked"/>: changes with a violation, by what was done). What reviewers decided on those detections
/// is counted in the month they were detected: <see cref="ViolationsConfirmed"/> (a held change refused, a detection
/// upheld) and <see cref="ViolationsDismissed"/> (a held change released, a detection dismissed), by category (a decision
/// counts in every category its change was detected in), with <see cref="HeldReleased"/> and <see cref="HeldRefused"/> for
/// the changes counted in <see cref="ChangesHeld"/> alone; detections not decided yet are in neither, and a copy held for
/// nothing but a mass-send in none of these (its alert's decision is <see cref="MassSendConfirmed"/> or
/// <see cref="MassSendDismissed"/>). <see cref="HeldOnSecondOpinion"/>: changes a rule blocked that a second check (the trained scorer)
/// doubted, so they were held for review instead (not counted when another finding blocked the change); they count among
/// the violations too. <see cref="RemoteDesktopAdvised"/>: remote-desktop requests answered with advice to the client
/// (among <see cref="AdviceSent"/>, not a violation). <see cref="MassSendDetected"/>: mass-send campaigns found (one
/// alert each), <see cref="MassSendConfirmed"/> / <see cref="MassSendDismissed"/> as reviewers decided them.
/// <see cref="DisclosuresReinstated"/>: revocations undone (a reviewer dismissed the detection whose automatic flag revoked
/// the disclosure): approvals given back and closed requests made possible again, counted as <see cref="DisclosuresRevoked"/> counts them.
/// <see cref="ViolationsChange"/>: against the month before, whatever range was asked for.
/// </summary>
public sealed record MonthReport(
    string Month,
    IReadOnlyDictionary<string, long> Violations,
    long ViolationsTotal,
    IReadOnlyDictionary<string, long> ViolationsConfirmed,
    long ViolationsConfirmedTotal,
    IReadOnlyDictionary<string, long> ViolationsDismissed,
    long ViolationsDismissedTotal,
    long ChangesHeld,
    long ChangesBlocked,
    long HeldReleased,
    long HeldRefused,
    long HeldOnSecondOpinion,
    long AdviceSent,
    long RemoteDesktopAdvised,
    long MassSendDetected,
    long MassSendConfirmed,
    long MassSendDismissed,
    long ReportsReceived,
    long ReportsUpheld,
    long ReportsRejected,
    long DisclosuresApprovedAutomatically,
    long DisclosuresApproved,
    long DisclosuresDenied,
    long DisclosuresRevoked,
    long DisclosuresReinstated,
    long DisclosuresEscalated,
    long Warnings,
    long Restrictions,
    long Withdrawals,
    long? ViolationsChange)
{
    /// <summary>The report of <paramref name="m"/>; <paramref name="previous"/> is the month before (null when unknown).</summary>
    public static MonthReport From(MonthStatistics m, MonthStatistics? previous)
    {
        long C(string key) => m.Counters.GetValueOrDefault(key);
        Dictionary<string, long> ByCategory(string prefix) => Categories.Violations.ToDictionary(c => c, c => C($"{prefix}.{c}"));
        var violations = ByCategory("violation");
        var confirmed = ByCategory("confirmed");
        var dismissed = ByCategory("dismissed");
        var total = violations.Values.Sum();
        long? change = previous is null ? null : total - Categories.Violations.Sum(c => previous.Counters.GetValueOrDefault($"violation.{c}"));
        return new MonthReport(m.Month, violations, total, confirmed, confirmed.Values.Sum(), dismissed, dismissed.Values.Sum(),
            C("change.held"), C("change.blocked"), C("held.released"), C("held.refused"), C("second_opinion.held"),
            C("advice"), C($"advice.{Categories.RemoteDesktop}"), C("mass_send.detected"), C("confirmed.mass_send"), C("dismissed.mass_send"),
            C("report.received"), C("report.upheld"), C("report.rejected"),
            C("disclosure.approved_auto"), C("disclosure.approved"), C("disclosure.denied"), C("disclosure.revoked"), C("disclosure.reinstated"), C("disclosure.escalated"),
            C("ladder.warning"), C("ladder.restriction"), C("ladder.withdrawal"), change);
    }
}
