using Platform.Persistence.Tests.Grains;
using Platform.Testing.Postgres;

namespace Platform.Persistence.Tests;

[Collection(PostgresFixture.CollectionName)]
public sealed class ReminderTests(PostgresFixture postgres)
{
    [Fact]
    public async Task RegisterReminder_ClusterRestarted_ReminderStillRegistered()
    {
        var cs = await postgres.CreateDatabaseAsync();
        var first = await PostgresTestCluster.DeployAsync(cs);
        var (serviceId, clusterId) = (first.Options.ServiceId, first.Options.ClusterId);
        await first.Client.GetGrain<IReminderProbeGrain>("probe").RegisterAsync("daily-review");
        await PostgresTestCluster.ShutdownAsync(first);

        var second = await PostgresTestCluster.DeployAsync(cs, serviceId: serviceId, clusterId: clusterId);
        try
        {
            var probe = second.Client.GetGrain<IReminderProbeGrain>("probe");
            Assert.True(await probe.HasReminderAsync("daily-review"));
            Assert.False(await probe.HasReminderAsync("never-registered"));
            Assert.Equal(1, await Database.ScalarAsync(
                cs, "SELECT count(*) FROM OrleansRemindersTable WHERE ServiceId = $1 AND ReminderName = 'daily-review'", serviceId));
        }
        finally
        {
            await PostgresTestCluster.ShutdownAsync(second);
        }
    }
}
