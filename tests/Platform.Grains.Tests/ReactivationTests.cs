using Platform.Abstractions.Users;

namespace Platform.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ReactivationTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Grains_DeactivatedAndReactivated_KeepTheirState()
    {
        var deal = await (await Deal.ContractedAsync(fixture.Grains)).DeliveredAsync();
        await deal.Contract.SendMessageAsync(deal.ClientId, "確認します。");
        var contractBefore = await deal.Contract.GetAsync(deal.ClientId);
        var jobBefore = await deal.Job.GetAsync(deal.ClientId);
        var worker = fixture.Grains.GetGrain<IUserGrain>(deal.WorkerId);
        var workerBefore = await worker.GetAsync();

        await fixture.Cluster.DeactivateAsync(deal.Contract);
        await fixture.Cluster.DeactivateAsync(deal.Job);
        await fixture.Cluster.DeactivateAsync(worker);

        var contractAfter = await deal.Contract.GetAsync(deal.ClientId);
        Assert.Equal("delivered", contractAfter.Stage);
        Assert.Equal(contractBefore.Deliveries, contractAfter.Deliveries);
        Assert.Equal(contractBefore.MessageCount, contractAfter.MessageCount);
        Assert.Equal(
            (await deal.Contract.GetHistoryAsync(deal.ClientId)).Select(e => e.Type),
            ["contracted", "escrow_funded", "delivered", "message_sent"]);
        Assert.Equal(jobBefore.Status, (await deal.Job.GetAsync(deal.ClientId)).Status);
        Assert.Equal(workerBefore.ContractIds, (await worker.GetAsync()).ContractIds);
    }

    [Fact]
    public async Task UserWithEmptyLists_DeactivatedAndReactivated_ReadsEmptyAndTakesFirstItem()
    {
        var user = fixture.Grains.GetGrain<IUserGrain>($"u-{Guid.NewGuid():N}");
        await user.RegisterAsync(new RegisterUser("田中", ["worker"], null));
        await fixture.Cluster.DeactivateAsync(user);

        var view = await user.GetAsync();
        Assert.Equal(["worker"], view.Roles);
        Assert.Empty(view.Flags);
        Assert.Empty(view.Warnings);
        Assert.Empty(view.ContractIds);
        Assert.Empty(await user.GetNotificationsAsync());

        await user.LinkContractAsync("c-1");
        await fixture.Cluster.DeactivateAsync(user);
        Assert.Equal(["c-1"], (await user.GetAsync()).ContractIds);
    }
}
