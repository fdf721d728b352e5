using Platform.Domain.Trust;
using Platform.Domain.Users;

namespace Platform.Domain.Tests;

public sealed class WarningLadderTests
{
    private static readonly LadderPolicy Policy = new(WarningsForRestriction: 3, FlagsForWithdrawal: 5);

    [Fact]
    public void StandingOf_HighestActiveStepWins()
    {
        Assert.Equal(Standing.Good, WarningLadder.StandingOf([]));
        Assert.Equal(Standing.Warned, WarningLadder.StandingOf([LadderStep.Warning]));
        Assert.Equal(Standing.Restricted, WarningLadder.StandingOf([LadderStep.Warning, LadderStep.Restriction]));
        Assert.Equal(Standing.Withdrawn, WarningLadder.StandingOf([LadderStep.Withdrawal, LadderStep.Warning]));
    }

    [Fact]
    public void AutomaticStep_ThirdWarning_Restricts()
    {
        Assert.Null(WarningLadder.AutomaticStep([LadderStep.Warning, LadderStep.Warning], 0, Policy));
        Assert.Equal(LadderStep.Restriction, WarningLadder.AutomaticStep([LadderStep.Warning, LadderStep.Warning, LadderStep.Warning], 0, Policy));
        Assert.Null(WarningLadder.AutomaticStep([LadderStep.Warning, LadderStep.Warning, LadderStep.Warning, LadderStep.Restriction], 0, Policy));
    }

    [Fact]
    public void AutomaticStep_FlagThreshold_Withdraws_OnlyOnce()
    {
        Assert.Null(WarningLadder.AutomaticStep([], 4, Policy));
        Assert.Equal(LadderStep.Withdrawal, WarningLadder.AutomaticStep([], 5, Policy));
        Assert.Null(WarningLadder.AutomaticStep([LadderStep.Withdrawal], 9, Policy));
    }

    [Fact]
    public void AutomaticStep_ZeroThresholds_AreOff() =>
        Assert.Null(WarningLadder.AutomaticStep([LadderStep.Warning, LadderStep.Warning, LadderStep.Warning], 99, new LadderPolicy(0, 0)));

    [Fact]
    public void CalledFor_StepWithoutItsCause_IsNotCalledFor()
    {
        // A withdrawal stands while the flags still reach the threshold without the one undone, a restriction while the warnings do.
        Assert.True(WarningLadder.CalledFor(LadderStep.Withdrawal, [], 5, Policy));
        Assert.False(WarningLadder.CalledFor(LadderStep.Withdrawal, [LadderStep.Warning], 4, Policy));
        Assert.True(WarningLadder.CalledFor(LadderStep.Restriction, [LadderStep.Warning, LadderStep.Warning, LadderStep.Warning], 0, Policy));
        Assert.False(WarningLadder.CalledFor(LadderStep.Restriction, [LadderStep.Warning, LadderStep.Warning], 9, Policy));
        Assert.False(WarningLadder.CalledFor(LadderStep.Warning, [LadderStep.Warning, LadderStep.Warning, LadderStep.Warning], 9, Policy));
        Assert.False(WarningLadder.CalledFor(LadderStep.Withdrawal, [], 99, new LadderPolicy(0, 0)));
    }

    [Fact]
    public void Validate_UnknownStepOrMissingReason_NamesTheField()
    {
        Assert.Equal("step", WarningLadder.Validate("ban", "x", "理由")!.Field);
        Assert.Equal("reason", WarningLadder.Validate("warning", "x", " ")!.Field);
        Assert.Null(WarningLadder.Validate("withdrawal", "tos.severe", "重大な違反"));
    }
}
