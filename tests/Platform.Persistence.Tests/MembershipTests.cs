using Platform.Persistence.Postgres;
using Platform.Testing.Postgres;

namespace Platform.Persistence.Tests;

[Collection(PostgresFixture.CollectionName)]
public sealed class MembershipTests(PostgresFixture postgres)
{
    private const int ActiveStatus = (int)SiloStatus.Active;

    [Fact]
    public async Task Deploy_TwoSilosOnOneDatabase_BothActiveInMembership()
    {
        var cs = await postgres.CreateDatabaseAsync();
        var cluster = await PostgresTestCluster.DeployAsync(cs, silos: 2);
        try
        {
            // Nobody migrated this database: the silos' start-up lifecycle participant did.
            Assert.Equal(SchemaMigrator.LatestVersion, await SchemaMigrator.GetCurrentVersionAsync(cs));
            var clusterId = cluster.Options.ClusterId;
            await Poll.UntilAsync(async () => await Database.ScalarAsync(
                cs, "SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = $1 AND Status = $2",
                clusterId, ActiveStatus) == 2);

            var hosts = await cluster.Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
            Assert.Equal(
                cluster.Silos.Select(s => s.SiloAddress).OrderBy(a => a.ToString()),
                hosts.Keys.OrderBy(a => a.ToString()));
        }
        finally
        {
            await PostgresTestCluster.ShutdownAsync(cluster);
        }
    }

    [Fact]
    public async Task StopAllSilos_GracefulShutdown_MembershipMarksThemDead()
    {
        var cs = await postgres.CreateDatabaseAsync();
        var cluster = await PostgresTestCluster.DeployAsync(cs, silos: 2);
        var clusterId = cluster.Options.ClusterId;

        await PostgresTestCluster.ShutdownAsync(cluster);

        Assert.Equal(0, await Database.ScalarAsync(
            cs, "SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = $1 AND Status = $2", clusterId, ActiveStatus));
        Assert.Equal(2, await Database.ScalarAsync(
            cs, "SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = $1 AND Status = $2",
            clusterId, (int)SiloStatus.Dead));
    }
}
