using Platform.Abstractions.Statistics;
using Platform.Domain.Trust;
using Platform.Grains.Contracts;
using Platform.Grains.Statistics;

namespace Platform.Grains.Tests;

/// <summary>
/// The month's statistics take each numbered count once, and forget a source that stored that its counts were taken:
/// one source per contract (or ladder step) would otherwise stay in the month's state for good. A contract's count
/// leaves nothing behind once taken: nothing owed in its state, no reminder, nothing remembered by the month.
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
}
