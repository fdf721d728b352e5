using Platform.Persistence.Tests.Grains;
using Platform.Testing.Postgres;

namespace Platform.Persistence.Tests;

[Collection(PostgresFixture.CollectionName)]
public sealed class GrainStorageTests(PostgresFixture postgres)
{
    [Fact]
    public async Task WriteState_ClusterRestarted_StateIsReadBack()
    {
        var cs = await postgres.CreateDatabaseAsync();
        var first = await PostgresTestCluster.DeployAsync(cs);
        var (serviceId, clusterId) = (first.Options.ServiceId, first.Options.ClusterId);
        await first.Client.GetGrain<ICounterGrain>("survivor").SetAsync(41);
        await first.Client.GetGrain<ICounterGrain>("survivor").IncrementAsync();
        await PostgresTestCluster.ShutdownAsync(first);

        var second = await PostgresTestCluster.DeployAsync(cs, serviceId: serviceId, clusterId: clusterId);
        try
        {
            Assert.Equal(42, await second.Client.GetGrain<ICounterGrain>("survivor").GetAsync());
            Assert.Equal(1, await Database.ScalarAsync(cs, "SELECT count(*) FROM grain_state WHERE service_id = $1 AND payload IS NOT NULL", serviceId));
        }
        finally
        {
            await PostgresTestCluster.ShutdownAsync(second);
        }
    }

    [Fact]
    public async Task IncrementAsync_ManyConcurrentCallersAcrossSilos_LosesNoUpdate()
    {
        const int callers = 8;
        const int callsEach = 25;
        var cs = await postgres.CreateDatabaseAsync();
        var cluster = await PostgresTestCluster.DeployAsync(cs, silos: 2);
        try
        {
            var grain = cluster.Client.GetGrain<ICounterGrain>("contended");

            await Task.WhenAll(Enumerable.Range(0, callers).Select(async _ =>
            {
                for (var i = 0; i < callsEach; i++)
                {
                    await grain.IncrementAsync();
                }
            }));
            await grain.DeactivateAsync();

            Assert.Equal(callers * callsEach, await grain.GetAsync());
        }
        finally
        {
            await PostgresTestCluster.ShutdownAsync(cluster);
        }
    }

    [Fact]
    public async Task SetAsync_DatabaseBrieflyUnreachable_FailsThenSucceedsOnceBack()
    {
        var cs = await postgres.CreateDatabaseAsync();
        var cluster = await PostgresTestCluster.DeployAsync(cs);
        try
        {
            var grain = cluster.Client.GetGrain<ICounterGrain>("outage");
            await grain.SetAsync(1);

            await postgres.Server.StopAsync();
            try
            {
                await Assert.ThrowsAnyAsync<Exception>(() => grain.SetAsync(2));
            }
            finally
            {
                await postgres.Server.StartAsync();
            }

            await Poll.UntilAsync(async () =>
            {
                await grain.SetAsync(3);
                return true;
            });
            await grain.DeactivateAsync();
            Assert.Equal(3, await grain.GetAsync());
        }
        finally
        {
            await PostgresTestCluster.ShutdownAsync(cluster);
        }
    }
}
