using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using Platform.Persistence.Postgres;

namespace Platform.Persistence.Tests;

/// <summary>
/// Builds Orleans test clusters whose silos are configured exactly as the host does it,
/// with <see cref="PlatformPostgresExtensions.UsePlatformPostgres"/>; membership is the PostgreSQL table,
/// not the test cluster's in-memory one.
/// </summary>
internal static class PostgresTestCluster
{
    private const string ConnectionStringKey = "PlatformTests:PostgresConnectionString";

    /// <summary>Deploys a cluster; pass the same ids again to "restart" the same service.</summary>
    public static async Task<TestCluster> DeployAsync(
        string connectionString, short silos = 1, string? serviceId = null, string? clusterId = null)
    {
        var builder = new TestClusterBuilder(silos);
        builder.Options.UseTestClusterMembership = false;
        builder.Options.ConfigureFileLogging = false;
        builder.Options.ServiceId = serviceId ?? builder.Options.ServiceId;
        builder.Options.ClusterId = clusterId ?? builder.Options.ClusterId;
        builder.Properties[ConnectionStringKey] = connectionString;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();

        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops every silo gracefully (so membership records them dead) and disposes the cluster.</summary>
    public static async Task ShutdownAsync(TestCluster cluster)
    {
        await cluster.StopAllSilosAsync();
        await cluster.DisposeAsync();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) =>
            siloBuilder.UsePlatformPostgres(siloBuilder.Configuration[ConnectionStringKey]!);
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.UsePlatformPostgresClustering(configuration[ConnectionStringKey]!);
    }
}
