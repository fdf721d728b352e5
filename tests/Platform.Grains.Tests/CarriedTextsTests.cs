using Platform.Abstractions.Contracts;
using Platform.Abstractions.Jobs;
using Platform.Grains.Common;
using Platform.Grains.Contracts;

namespace Platform.Grains.Tests;

/// <summary>The proposal thread continuing into the contract: what is carried, and that it is let go once the contract thread has grown.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CarriedTextsTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Award_ThreadAndLongProposal_CarriesEachPartysTailsAndLetsGoOnceTheSenderFilledTheChecksWindow()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        await job.CreateAsync(clientId, Deal.Draft(), publish: true);
        var proposalText = "これまでにEC向けのバナーを多数制作してきました。" + new string('。', 60) + "3点で28,000円、5日で納品します。";
        var proposal = await job.ProposeAsync(workerId, proposalText, 28_000);
        var asked = await job.SendProposalMessageAsync(clientId, proposal.Id, "修正は何回まで可能ですか？");
        var answered = await job.SendProposalMessageAsync(workerId, proposal.Id, "2回まで無料で対応します。");
        var contract = await job.AwardAsync(clientId, new AwardContract(proposal.Id, null, new DateOnly(2026, 12, 10)));
        var grain = Grains.GetGrain<IContractGrain>(contract.Id);

        var carried = (await fixture.LiveStateAsync<ContractState>("contract", grain)).Carried!;

        Assert.Equal(
            [(workerId, proposal.Id), (workerId, answered.Id), (clientId, asked.Id)],
            carried.Select(c => (c.SenderId, c.ItemId)));
        var tail = carried[0];
        Assert.Equal((CarriedText.MaxChars, proposalText.Length - CarriedText.MaxChars), (tail.Text.Length, tail.From));
        Assert.EndsWith(tail.Text, proposalText, StringComparison.Ordinal);

        // Once the worker's own contract messages fill what the checks read, their carried texts go; the client's stay.
        for (var i = 1; i <= Snapshots.RecentThreadTexts + 1; i++)
        {
            Assert.Equal("delivered", (await grain.SendMessageAsync(workerId, $"進捗のご報告です（{i}回目）。")).Status);
        }

        var left = (await fixture.LiveStateAsync<ContractState>("contract", grain)).Carried!;
        Assert.Equal([(clientId, asked.Id)], left.Select(c => (c.SenderId, c.ItemId)));
    }
}
