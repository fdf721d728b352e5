using Platform.Abstractions.Contracts;
using Platform.Abstractions.Statistics;
using Platform.Abstractions.Users;
using Platform.Domain.Trust;
using Platform.Grains.Contracts;
using Platform.Grains.Statistics;
using Platform.Grains.Users;

namespace Platform.Grains.Tests;

/// <summary>
/// The month's statistics take each numbered count once, and forget a source that stored that its counts were taken:
/// one source per contract (or ladder step) would otherwise stay in the month's state for good. A contract's count
/// leaves nothing behind once taken: nothing owed in its state, no reminder, nothing remembered by the month. A flag's
/// revocations are counted once by the user's grain for the whole fan-out (the contracts count nothing for them and keep
/// only which flag revoked them), and a flag repeated counts none of the first one's again.
/// </summary>
[Collection(TrustCollection.Name)]
public sealed class CountSourcesTests(TrustClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task AddOnce_SourceForgotten_MonthKeepsNoNumberOfIt_AndAForgetOvertakenKeepsTheLaterOne()
    {
        var month = Grains.GetGrain<IStatisticsGrain>($"test-{Guid.NewGuid():N}");
        var increments = new Dictionary<string, int> { ["nudge.requested"] = 1 };

        await month.AddOnceAsync("contract/c-1", 5, increments);
        await month.AddOnceAsync("contract/c-1", 5, increments);
        Assert.Equal(1, (await month.GetAsync()).Counters["nudge.requested"]);

        await month.ForgetAsync("contract/c-1", 5);
        Assert.Empty((await fixture.LiveStateAsync<StatisticsState>("statistics", month)).Taken);

        // The source's next count is numbered higher and taken; a forget of an earlier number arriving after it keeps it.
        await month.AddOnceAsync("contract/c-1", 7, increments);
        await month.ForgetAsync("contract/c-1", 6);
        await month.AddOnceAsync("contract/c-1", 7, increments);
        Assert.Equal(2, (await month.GetAsync()).Counters["nudge.requested"]);
        Assert.Equal(7, (await fixture.LiveStateAsync<StatisticsState>("statistics", month)).Taken["contract/c-1"]);
    }

    [Fact]
    public async Task RequestDisclosure_ApprovedAtOnce_CountedOnceAndNothingLeftOwedOrRemembered()
    {
        var (client, worker) = await Trust.ClearPairAsync(Grains);
        var deal = await (await Trust.DealAsync(Grains, client, worker)).FundedAsync();
        var month = Grains.GetGrain<IStatisticsGrain>(BusinessCalendar.JapanMonth(fixture.Clock.GetUtcNow()));
        var before = (await month.GetAsync()).Counters.GetValueOrDefault(Stats.DisclosureAutoApproved);

        Assert.Equal("approved", (await deal.Contract.RequestDisclosureAsync(worker)).Disclosure);

        Assert.Equal(before + 1, (await month.GetAsync()).Counters.GetValueOrDefault(Stats.DisclosureAutoApproved));
        var contract = await fixture.LiveStateAsync<ContractState>("contract", deal.Contract);
        Assert.Null(contract.Counts);
        Assert.False(contract.ReminderRegistered);
        for (var i = 0; i < 50 && (await fixture.LiveStateAsync<StatisticsState>("statistics", month)).Taken.ContainsKey($"contract/{deal.ContractId}"); i++)
        {
            await Task.Delay(20);
        }

        Assert.DoesNotContain($"contract/{deal.ContractId}", (await fixture.LiveStateAsync<StatisticsState>("statistics", month)).Taken.Keys);
    }

    [Fact]
    public async Task Flag_NumberedInOrderPerUser_EachRevocationRecordsItsFlag_CountedUnderIt()
    {
        var (client, worker) = await Trust.ClearPairAsync(Grains);
        var contract = await Trust.DirectAsync(Grains, client, worker, $"c-{Guid.NewGuid():N}");
        await contract.FundEscrowAsync(client);
        Assert.Equal("approved", (await contract.RequestDisclosureAsync(worker)).Disclosure);
        var user = Grains.GetGrain<IUserGrain>(client);
        var month = Grains.GetGrain<IStatisticsGrain>(BusinessCalendar.JapanMonth(fixture.Clock.GetUtcNow()));
        var before = (await month.GetAsync()).Counters.GetValueOrDefault(Stats.DisclosureRevoked);

        // A detection's flag revokes the approval as the user's flag 1; dismissed, the approval is given back; another
        // detection's flag revokes it again, as flag 2: one count each, under its own number.
        Assert.Equal((1, 0), await user.FlagAsync("detection.first", "自動検知により規約違反の疑いがあります。", "platform", "held-a"));
        Assert.Equal(-1, (await fixture.LiveStateAsync<ContractState>("contract", contract)).RevokedBy);
        Assert.Equal(1, (await user.ReleaseFlagAsync("detection.first", "held-a", "reviewer-1", "誤検知でした。")).Reinstated);
        Assert.Equal("approved", (await contract.GetAsync(client)).Disclosure);
        Assert.Equal((1, 0), await user.FlagAsync("detection.second", "自動検知により規約違反の疑いがあります。", "platform", "held-b"));

        Assert.Equal(-2, (await fixture.LiveStateAsync<ContractState>("contract", contract)).RevokedBy);
        Assert.Equal(2, (await fixture.LiveStateAsync<UserState>("user", user)).LastFlag);
        Assert.Equal(before + 2, (await month.GetAsync()).Counters.GetValueOrDefault(Stats.DisclosureRevoked));
    }

    [Fact]
    public async Task Flag_RevocationsCountedOnceByTheUser_ContractsOweNothingAndKeepTheFlag_ARepeatedFlagCountsNoneAgain()
    {
        var (client, worker) = await Trust.ClearPairAsync(Grains);
        var contracts = new List<IContractGrain>();
        for (var i = 0; i < 3; i++)
        {
            var contract = await Trust.DirectAsync(Grains, client, worker, $"c-{Guid.NewGuid():N}");
            await contract.FundEscrowAsync(client);
            Assert.Equal("approved", (await contract.RequestDisclosureAsync(worker)).Disclosure);
            contracts.Add(contract);
        }

        var month = Grains.GetGrain<IStatisticsGrain>(BusinessCalendar.JapanMonth(fixture.Clock.GetUtcNow()));
        var before = (await month.GetAsync()).Counters.GetValueOrDefault(Stats.DisclosureRevoked);
        var user = Grains.GetGrain<IUserGrain>(client);

        Assert.Equal((3, 0), await user.FlagAsync("report.upheld", "違反申告により規約違反が確認されました。", "reviewer-1"));

        Assert.Equal(before + 3, (await month.GetAsync()).Counters.GetValueOrDefault(Stats.DisclosureRevoked));
        var states = await Task.WhenAll(contracts.Select(c => fixture.LiveStateAsync<ContractState>("contract", c)));
        Assert.All(states, s =>
        {
            Assert.Equal("revoked", s.Disclosure);
            Assert.Null(s.Counts);
            Assert.False(s.ReminderRegistered);
            Assert.Null(s.RevokedByStep);
        });
        Assert.NotNull(states[0].RevokedByFlag);
        Assert.Single(states.Select(s => s.RevokedByFlag).Distinct());
        Assert.Null((await fixture.LiveStateAsync<UserState>("user", user)).RevocationPending);
        var flagSource = UserLadder.FlagSource(client, states[0].RevokedByFlag!.Value);
        for (var i = 0; i < 50 && (await fixture.LiveStateAsync<StatisticsState>("statistics", month)).Taken.ContainsKey(flagSource); i++)
        {
            await Task.Delay(20);
        }

        var taken = (await fixture.LiveStateAsync<StatisticsState>("statistics", month)).Taken.Keys;
        Assert.DoesNotContain(flagSource, taken);
        Assert.DoesNotContain(taken, k => contracts.Any(c => k == ContractCounts.Source(c.GetPrimaryKeyString())));

        // Flagged again: the contracts answer that the first flag revoked them, so nothing more is counted.
        Assert.Equal((0, 0), await user.FlagAsync("report.upheld", "違反申告により規約違反が確認されました。", "reviewer-1"));
        Assert.Equal(before + 3, (await month.GetAsync()).Counters.GetValueOrDefault(Stats.DisclosureRevoked));
        Assert.Null((await fixture.LiveStateAsync<UserState>("user", user)).RevocationPending);
    }
}
