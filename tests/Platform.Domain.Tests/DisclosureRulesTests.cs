using Platform.Domain.Contracts;
using Platform.Domain.Trust;

namespace Platform.Domain.Tests;

public sealed class DisclosureRulesTests
{
    private static readonly PartyRecord Clear = new("good", 0, 1);

    [Fact]
    public void IsClear_BothGoodUnflaggedWithHistory_True() => Assert.True(DisclosureRules.IsClear(Clear, Clear with { CompletedOtherContracts = 7 }));

    [Theory]
    [InlineData("warned", 0, 3)]
    [InlineData("restricted", 0, 3)]
    [InlineData("good", 1, 3)]
    [InlineData("good", 0, 0)]
    public void IsClear_OnePartyNotClear_False(string standing, int flags, int completed)
    {
        var other = new PartyRecord(standing, flags, completed);
        Assert.False(DisclosureRules.IsClear(Clear, other));
        Assert.False(DisclosureRules.IsClear(other, Clear));
    }

    [Theory]
    [InlineData(ContractStage.Contracted, "none", "disclosure.not_funded")]
    [InlineData(ContractStage.Cancelled, "none", "disclosure.contract_ended")]
    [InlineData(ContractStage.EscrowFunded, "requested", "disclosure.pending")]
    [InlineData(ContractStage.Delivered, "approved", "disclosure.already_approved")]
    [InlineData(ContractStage.Paid, "revoked", "disclosure.revoked")]
    public void CanRequest_Refused(ContractStage stage, string disclosure, string code) =>
        Assert.Equal(code, DisclosureRules.CanRequest(stage, disclosure)!.Code);

    [Theory]
    [InlineData(ContractStage.EscrowFunded, "none")]
    [InlineData(ContractStage.Accepted, "denied")]
    [InlineData(ContractStage.Paid, "none")]
    public void CanRequest_Allowed(ContractStage stage, string disclosure) => Assert.Null(DisclosureRules.CanRequest(stage, disclosure));

    [Fact]
    public void CanRequest_OnACancelledContract_TheRefusalSaysPaidContractsMayAskToo_NotOngoingOnes()
    {
        // A request is allowed from escrow on, a paid contract's too (its messages still hold contact details until an approval):
        // the refusal must not tell the user only ongoing contracts may ask.
        Assert.Null(DisclosureRules.CanRequest(ContractStage.Paid, "none"));
        var refusal = DisclosureRules.CanRequest(ContractStage.Cancelled, "none")!;
        Assert.DoesNotContain("進行中", refusal.MessageJa);
        Assert.Contains("支払い確定", refusal.MessageJa);
    }
}
