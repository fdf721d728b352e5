using Orleans.Storage;
using Platform.Persistence.Tests.Grains;
using Platform.Testing.Postgres;

namespace Platform.Persistence.Tests;

/// <summary>
/// Drives the grain storage directly, bypassing the one-activation guarantee, to prove the SQL itself refuses
/// stale writes (as in a split-brain window) rather than relying on Orleans to serialise them.
/// </summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class GrainStorageConcurrencyTests(PostgresFixture postgres)
{
    private const string StateName = CounterStorage.StateName;

    [Fact]
    public async Task WriteStateAsync_TwoWritersFromSameVersion_SecondIsRejected()
    {
        var cs = await postgres.CreateDatabaseAsync();
        var cluster = await PostgresTestCluster.DeployAsync(cs);
        try
        {
            var storage = CounterStorage.Of(cluster);
            var id = GrainId.Create("counter", "split-brain");

            // Both "activations" see no row yet: only one may create it.
            var a = await CounterStorage.ReadAsync(storage, id);
            var b = await CounterStorage.ReadAsync(storage, id);
            a.State!.Value = 1;
            await storage.WriteStateAsync(StateName, id, a);
            b.State!.Value = 100;
            await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, id, b));

            // Both now read version 1: only the first update may win.
            var c = await CounterStorage.ReadAsync(storage, id);
            var d = await CounterStorage.ReadAsync(storage, id);
            c.State!.Value = 2;
            await storage.WriteStateAsync(StateName, id, c);
            d.State!.Value = 200;
            await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, id, d));

            Assert.Equal(2, (await CounterStorage.ReadAsync(storage, id)).State!.Value);
        }
        finally
        {
            await PostgresTestCluster.ShutdownAsync(cluster);
        }
    }

    [Fact]
    public async Task WriteStateAsync_ConcurrentReadModifyWriteWithRetry_LosesNoUpdate()
    {
        const int writers = 6;
        const int incrementsEach = 15;
        var cs = await postgres.CreateDatabaseAsync();
        var cluster = await PostgresTestCluster.DeployAsync(cs);
        try
        {
            var storage = CounterStorage.Of(cluster);
            var id = GrainId.Create("counter", "hammered");
            var conflicts = 0;

            await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
            {
                for (var done = 0; done < incrementsEach;)
                {
                    var state = await CounterStorage.ReadAsync(storage, id);
                    state.State!.Value++;
                    try
                    {
                        await storage.WriteStateAsync(StateName, id, state);
                        done++;
                    }
                    catch (InconsistentStateException)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                }
            })));

            Assert.Equal(writers * incrementsEach, (await CounterStorage.ReadAsync(storage, id)).State!.Value);
            Assert.Equal(1, await Database.ScalarAsync(cs, "SELECT count(*) FROM grain_state"));
        }
        finally
        {
            await PostgresTestCluster.ShutdownAsync(cluster);
        }
    }
}
