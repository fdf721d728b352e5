using Platform.Domain.Common;
using Platform.Domain.Contracts;

namespace Platform.Domain.Trust;

/// <summary>Nudge requests (連絡催促申請): when they may start, when reminders fall due, and how silence settles the contract.</summary>
public static class NudgeRules
{
    public static IReadOnlyList<TimeSpan> DefaultIntervals { get; } = [TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(3)];

    public static DomainProblem? CanRequest(ContractStage stage, bool active) =>
        active
            ? DomainProblem.Conflict("nudge.active", "連絡催促申請は既に進行中です。")
            : stage is ContractStage.EscrowFunded or ContractStage.Delivered or ContractStage.Accepted
                ? null
                : DomainProblem.Conflict("nudge.stage", "連絡催促申請は仮払い後、支払い確定前の契約でのみ行えます。");

    /// <summary>The settlement when the last reminder goes unanswered.</summary>
    public static NudgeSettlement SettlementFor(ContractStage stage) => stage switch
    {
        ContractStage.Delivered or ContractStage.Accepted => NudgeSettlement.PaymentConfirmed,
        ContractStage.EscrowFunded => NudgeSettlement.CancelledRefunded,
        _ => NudgeSettlement.None,
    };

    /// <summary>The due time of step <paramref name="step"/> (0-based) for a nudge started at <paramref name="startedAt"/>: the sum of the intervals up to it.</summary>
    public static DateTimeOffset DueAt(DateTimeOffset startedAt, IReadOnlyList<TimeSpan> intervals, int step) =>
        startedAt + intervals.Take(step + 1).Aggregate(TimeSpan.Zero, (sum, i) => sum + i);
}
