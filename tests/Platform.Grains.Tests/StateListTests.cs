using Platform.Abstractions.Common;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Users;
using Platform.Grains.Contracts;
using Platform.Grains.Jobs;
using Platform.Grains.Users;

namespace Platform.Grains.Tests;

/// <summary>State lists are created by the first item written to them, never by a read or a refused change.</summary>
[Collection(ClusterCollection.Name)]
public sealed class StateListTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Reads_EntitiesWithNothingInMostLists_CreateNoList()
    {
        // Users with no flag, warning or notification; a job whose proposal has no thread; a contract with no message,
        // delivery or rating; the checks find nothing, so nobody has an audit entry.
        var deal = await Deal.ContractedAsync(Grains);
        var client = Grains.GetGrain<IUserGrain>(deal.ClientId);
        var worker = Grains.GetGrain<IUserGrain>(deal.WorkerId);
        foreach (var user in new[] { client, worker })
        {
            await user.GetAsync();
            await user.GetPartyAsync();
            await user.GetNotificationsAsync();
            await user.GetAuditAsync();
        }

        await Assert.ThrowsAsync<PlatformException>(() => worker.LiftStepAsync(1, "staff-1", "誤りのため"));
        foreach (var viewer in new[] { deal.ClientId, deal.WorkerId })
        {
            await deal.Job.GetAsync(viewer);
            await deal.Job.GetProposalsAsync(viewer);
            await deal.Job.GetProposalThreadAsync(viewer, "p1");
            await deal.Contract.GetAsync(viewer);
            await deal.Contract.GetMessagesAsync(viewer);
            await deal.Contract.GetHistoryAsync(viewer);
        }

        await deal.Job.GetAuditAsync();
        await deal.Job.GetRecordAsync("p1");
        await deal.Job.GetAuthorAsync("p1-m1");
        await deal.Contract.GetAuditAsync();
        await deal.Contract.GetFactsAsync();
        await deal.Contract.GetAuthorAsync("m1");
        await deal.Contract.CheckDueAsync();

        var w = await fixture.LiveStateAsync<UserState>("user", worker);
        Assert.All(new object?[] { w.Flags, w.Warnings, w.JobIds, w.CompletedContractIds, w.Audit, w.Notifications }, Assert.Null);
        Assert.Equal([deal.ContractId], w.ContractIds);
        var c = await fixture.LiveStateAsync<UserState>("user", client);
        Assert.All(new object?[] { c.Flags, c.Warnings, c.CompletedContractIds, c.Audit, c.Notifications }, Assert.Null);
        Assert.Equal([deal.JobId], c.JobIds);
        var job = await fixture.LiveStateAsync<JobState>("job", deal.Job);
        Assert.Null(job.Audit);
        Assert.Null(Assert.Single(job.Proposals!).Messages);
        var contract = await fixture.LiveStateAsync<ContractState>("contract", deal.Contract);
        Assert.All(new object?[] { contract.Deliveries, contract.Ratings, contract.Messages, contract.Audit, contract.NudgeIntervals }, Assert.Null);
        Assert.Equal(["contracted"], contract.History!.Select(e => e.Type));
    }

    [Fact]
    public async Task Writes_FirstItems_CreateTheListsAndNumberFromOne()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        await job.CreateAsync(clientId, Deal.Draft(), publish: true);
        Assert.Equal("p1", (await job.ProposeAsync(workerId, "3点で28,000円、5日で納品します。", 28_000)).Id);
        Assert.Equal("p1-m1", (await job.SendProposalMessageAsync(clientId, "p1", "納期を1日早められますか。")).Id);
        Assert.Equal(1, Assert.Single(await job.GetProposalsAsync(clientId)).MessageCount);

        var deal = await (await Deal.ContractedAsync(Grains)).DeliveredAsync();
        Assert.Equal("m1", (await deal.Contract.SendMessageAsync(deal.WorkerId, "納品物をご確認ください。")).Id);
        var view = await deal.Contract.GetAsync(deal.ClientId);
        Assert.Equal(1, Assert.Single(view.Deliveries).Number);
        Assert.Equal(1, view.MessageCount);
        Assert.Empty(view.Ratings);
        Assert.Null((await fixture.LiveStateAsync<ContractState>("contract", deal.Contract)).Ratings);
    }
}
