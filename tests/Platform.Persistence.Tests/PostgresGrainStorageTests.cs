using Orleans.Storage;
using Platform.Persistence.Postgres;
using Platform.Persistence.Tests.Grains;
using Platform.Testing.Postgres;

namespace Platform.Persistence.Tests;

/// <summary>
/// The grain storage's own behaviour: writes grouped into shared commits, cleared states, and states written by
/// the ADO.NET storage before migration 0005.
/// </summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class PostgresGrainStorageTests(PostgresFixture postgres)
{
    private const string StateName = CounterStorage.StateName;

    [Fact]
    public async Task WriteStateAsync_ManyGrainsAtOnceOneStale_OnlyTheStaleWriteIsRefused()
    {
        const int grains = 300;
        var cs = await postgres.CreateDatabaseAsync();
        var cluster = await PostgresTestCluster.DeployAsync(cs);
        try
        {
            var storage = CounterStorage.Of(cluster);
            var stale = GrainId.Create("counter", "stale");
            var first = await CounterStorage.ReadAsync(storage, stale);
            await storage.WriteStateAsync(StateName, stale, first);
            var outdated = await CounterStorage.ReadAsync(storage, stale);
            await storage.WriteStateAsync(StateName, stale, await CounterStorage.ReadAsync(storage, stale));

            // Written together, these share batches with the stale write: it must fail alone.
            var writes = Enumerable.Range(0, grains).Select(async i =>
            {
                var id = GrainId.Create("counter", $"g{i}");
                var state = await CounterStorage.ReadAsync(storage, id);
                state.State!.Value = i;
                await storage.WriteStateAsync(StateName, id, state);
            }).ToList();
            outdated.State!.Value = -1;
            var refused = Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, stale, outdated));
            await Task.WhenAll(writes);
            await refused;

            Assert.Equal(grains, await Database.ScalarAsync(cs, "SELECT count(*) FROM grain_state WHERE grain_id LIKE 'counter/g%'"));
            Assert.Equal(grains * (grains - 1) / 2, await SumAsync(storage, grains));
            Assert.Equal(0, (await CounterStorage.ReadAsync(storage, stale)).State!.Value);
        }
        finally
        {
            await PostgresTestCluster.ShutdownAsync(cluster);
        }
    }

    [Fact]
    public async Task ClearStateAsync_ThenRead_NoRecordAndTheNextWriteSucceeds()
    {
        var cs = await postgres.CreateDatabaseAsync();
        var cluster = await PostgresTestCluster.DeployAsync(cs);
        try
        {
            var storage = CounterStorage.Of(cluster);
            var id = GrainId.Create("counter", "cleared");
            var state = await CounterStorage.ReadAsync(storage, id);
            state.State!.Value = 5;
            await storage.WriteStateAsync(StateName, id, state);

            await storage.ClearStateAsync(StateName, id, state);
            var read = await CounterStorage.ReadAsync(storage, id);

            Assert.False(read.RecordExists);
            Assert.Equal(0, read.State!.Value);
            read.State.Value = 6;
            await storage.WriteStateAsync(StateName, id, read);
            Assert.Equal(6, (await CounterStorage.ReadAsync(storage, id)).State!.Value);
        }
        finally
        {
            await PostgresTestCluster.ShutdownAsync(cluster);
        }
    }

    [Fact]
    public async Task StateWrittenByTheAdoNetStorage_ReadAfterUpgrade_MovesOnItsNextWrite()
    {
        var cs = await postgres.CreateDatabaseAsync();
        var before = await PostgresTestCluster.DeployAsync(cs);
        var (serviceId, clusterId) = (before.Options.ServiceId, before.Options.ClusterId);
        var legacy = CounterStorage.Of(before, PlatformPostgresExtensions.LegacyStorageName);
        foreach (var (key, value) in new[] { ("kept", 41), ("dropped", 7) })
        {
            var written = await CounterStorage.ReadAsync(legacy, CounterId(key));
            written.State!.Value = value;
            await legacy.WriteStateAsync(StateName, CounterId(key), written);
        }

        await PostgresTestCluster.ShutdownAsync(before);

        var after = await PostgresTestCluster.DeployAsync(cs, serviceId: serviceId, clusterId: clusterId);
        try
        {
            var kept = after.Client.GetGrain<ICounterGrain>("kept");
            Assert.Equal(42, await kept.IncrementAsync());
            await kept.DeactivateAsync();
            Assert.Equal(42, await kept.GetAsync());
            Assert.Equal(1, await Database.ScalarAsync(cs, "SELECT count(*) FROM grain_state WHERE grain_id = 'counter/kept'"));

            // Clearing a state that only OrleansStorage holds must not let the old row come back.
            var storage = CounterStorage.Of(after);
            var dropped = await CounterStorage.ReadAsync(storage, CounterId("dropped"));
            Assert.Equal(7, dropped.State!.Value);
            await storage.ClearStateAsync(StateName, CounterId("dropped"), dropped);
            var reread = await CounterStorage.ReadAsync(storage, CounterId("dropped"));
            Assert.False(reread.RecordExists);
            Assert.Equal(0, reread.State!.Value);
        }
        finally
        {
            await PostgresTestCluster.ShutdownAsync(after);
        }
    }

    private static GrainId CounterId(string key) => GrainId.Create("counter", key);

    private static async Task<long> SumAsync(IGrainStorage storage, int grains)
    {
        long sum = 0;
        for (var i = 0; i < grains; i++)
        {
            sum += (await CounterStorage.ReadAsync(storage, GrainId.Create("counter", $"g{i}"))).State!.Value;
        }

        return sum;
    }
}
