using Platform.Domain.Trust;

namespace Platform.Grains.Workflows;

/// <summary>Trust workflow settings (configuration section <c>Workflows</c>).</summary>
public sealed class WorkflowOptions
{
    public const string Section = "Workflows";

    /// <summary>Intervals between nudge reminders, e.g. <c>["1.00:00:00","2.00:00:00","3.00:00:00"]</c>; the last one ends in settlement. Empty uses the defaults.</summary>
    public List<TimeSpan> NudgeIntervals { get; set; } = [];

    /// <summary>Active warnings that restrict a user automatically (0 turns it off).</summary>
    public int WarningsForRestriction { get; set; } = 3;

    /// <summary>Reputation flags that withdraw a user automatically (0 turns it off).</summary>
    public int FlagsForWithdrawal { get; set; } = 5;

    /// <summary>Business days a reviewer has for a held item or a report.</summary>
    public int ReviewBusinessDays { get; set; } = 1;

    /// <summary>Distinct recipients of near-identical messages from one sender that make a mass-send (0 turns detection off).</summary>
    public int MassSendRecipients { get; set; } = MassSendPolicy.Default.MinRecipients;

    /// <summary>How far back a sender's messages are compared for mass-send detection.</summary>
    public TimeSpan MassSendWindow { get; set; } = MassSendPolicy.Default.Window;

    /// <summary>Fingerprint similarity (0–1) from which two messages count as copies.</summary>
    public double MassSendSimilarity { get; set; } = MassSendPolicy.Default.Similarity;

    public MassSendPolicy MassSend => new(MassSendRecipients, MassSendWindow, MassSendSimilarity);

    public IReadOnlyList<TimeSpan> EffectiveNudgeIntervals => NudgeIntervals.Count > 0 ? NudgeIntervals : NudgeRules.DefaultIntervals;

    public LadderPolicy Ladder => new(WarningsForRestriction, FlagsForWithdrawal);
}
