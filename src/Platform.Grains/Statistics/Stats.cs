using Platform.Abstractions.Common;
using Platform.Abstractions.Reviews;
using Platform.Compliance.Abstractions;
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

    /// <summary>A revocation undone: an approval given back, or a request it closed made possible again (counted as revocations are).</summary>
    public const string DisclosureReinstated = "disclosure.reinstated";
    public const string DisclosureEscalated = "disclosure.escalated";
    public const string Warning = "ladder.warning";
    public const string Restriction = "ladder.restriction";
    public const string Withdrawal = "ladder.withdrawal";
    public const string NudgeRequested = "nudge.requested";
    public const string NudgeAnswered = "nudge.answered";
    public const string NudgeSettled = "nudge.settled";
    public const string ChangeHeld = "change.held";
    public const string ChangeBlocked = "change.blocked";
    public const string HeldReleased = "held.released";
    public const string HeldRefused = "held.refused";
    public const string MassSendDetected = "mass_send.detected";

    public static string Violation(string category) => $"violation.{category}";

    /// <summary>Advice given for a finding of a violation category (a remote-desktop request, say).</summary>
    public static string AdviceIn(string category) => $"advice.{category}";

    /// <summary>A detection of <paramref name="category"/> a reviewer confirmed (a held change refused, a detection upheld).</summary>
    public static string Confirmed(string category) => $"confirmed.{category}";

    /// <summary>A detection of <paramref name="category"/> a reviewer dismissed (a held change released, a detection dismissed).</summary>
    public static string Dismissed(string category) => $"dismissed.{category}";

    /// <summary>
    /// What a reviewer's decision on an automatic review item counts: the detection confirmed or dismissed in every violation
    /// category the change was counted in (a finding that held or blocked it, as <c>ComplianceGate</c> counts them), and a
    /// held message, post or proposal among those (counted in <see cref="ChangeHeld"/>) released or refused; a sender's
    /// mass-send alert confirmed or dismissed under <c>mass_send</c>. Nothing for reports, disclosure requests, a copy held
    /// for nothing but a mass-send (its alert counts it), or a change held because a check could not finish.
    /// </summary>
    public static Dictionary<string, int> Decided(NewReviewItem item, bool approve)
    {
        var counters = new Dictionary<string, int>();
        if (item.Origin != "auto")
        {
            return counters;
        }

        var held = item.Kind is "message" or "job" or "proposal";
        // Approving a held change releases it (the detection was wrong); approving a detection confirms it.
        var confirmed = held ? !approve : approve;
        var violations = item.Findings
            .Where(f => f.Decision is "hold" or "block" && Categories.Violations.Contains(f.Category)).Select(f => f.Category).Distinct().ToArray();
        foreach (var category in violations)
        {
            counters[confirmed ? Confirmed(category) : Dismissed(category)] = 1;
        }

        if (held && violations.Length > 0)
        {
            counters[approve ? HeldReleased : HeldRefused] = 1;
        }

        // A mass-send counts once, by its alert.
        if (!held && item.Category == MassSendCategory)
        {
            counters[confirmed ? Confirmed(MassSendCategory) : Dismissed(MassSendCategory)] = 1;
        }

        return counters;
    }

    private const string MassSendCategory = "mass_send";

    public static Task AddAsync(IGrainFactory grains, DateTimeOffset at, string key, int count = 1) =>
        count == 0 ? Task.CompletedTask : AddAsync(grains, at, new Dictionary<string, int> { [key] = count });

    public static Task AddAsync(IGrainFactory grains, DateTimeOffset at, IReadOnlyDictionary<string, int> increments) =>
        increments.Count == 0 ? Task.CompletedTask : Month(grains, at).AddAsync(increments);

    /// <summary>Adds to the month of <paramref name="at"/> once: count <paramref name="sequence"/> of <paramref name="source"/> (<see cref="IStatisticsGrain.AddOnceAsync"/>).</summary>
    public static Task AddOnceAsync(IGrainFactory grains, DateTimeOffset at, string source, long sequence, IReadOnlyDictionary<string, int> increments) =>
        Month(grains, at).AddOnceAsync(source, sequence, increments);

    /// <summary>
    /// Lets the month of <paramref name="at"/> forget <paramref name="source"/>'s counts up to <paramref name="sequence"/>
    /// (<see cref="IStatisticsGrain.ForgetAsync"/>), not waiting for it: a forget lost leaves one entry behind, nothing worse.
    /// </summary>
    public static void Forget(IGrainFactory grains, DateTimeOffset at, string source, long sequence) =>
        Month(grains, at).ForgetAsync(source, sequence).Ignore();

    private static IStatisticsGrain Month(IGrainFactory grains, DateTimeOffset at) => grains.Grain<IStatisticsGrain>(BusinessCalendar.JapanMonth(at));
}
