using Platform.Domain.Contracts;
using Platform.Domain.Trust;

namespace Platform.Domain.Tests;

public sealed class NudgeRulesTests
{
    [Theory]
    [InlineData(ContractStage.Delivered, NudgeSettlement.PaymentConfirmed)]
    [InlineData(ContractStage.Accepted, NudgeSettlement.PaymentConfirmed)]
    [InlineData(ContractStage.EscrowFunded, NudgeSettlement.CancelledRefunded)]
    [InlineData(ContractStage.Paid, NudgeSettlement.None)]
    public void SettlementFor_Progress(ContractStage stage, NudgeSettlement expected) => Assert.Equal(expected, NudgeRules.SettlementFor(stage));

    [Fact]
    public void DueAt_SumsIntervals()
    {
        var start = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(9));
        Assert.Equal(start.AddDays(1), NudgeRules.DueAt(start, NudgeRules.DefaultIntervals, 0));
        Assert.Equal(start.AddDays(3), NudgeRules.DueAt(start, NudgeRules.DefaultIntervals, 1));
        Assert.Equal(start.AddDays(6), NudgeRules.DueAt(start, NudgeRules.DefaultIntervals, 2));
    }

    [Fact]
    public void CanRequest_BeforeEscrowOrWhileActive_Refused()
    {
        Assert.Equal("nudge.stage", NudgeRules.CanRequest(ContractStage.Contracted, false)!.Code);
        Assert.Equal("nudge.active", NudgeRules.CanRequest(ContractStage.Delivered, true)!.Code);
        Assert.Null(NudgeRules.CanRequest(ContractStage.EscrowFunded, false));
    }
}
