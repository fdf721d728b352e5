using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Providers;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Platform.Persistence.Postgres;

/// <summary>
/// Wires Orleans to PostgreSQL: grain storage (<see cref="PostgresGrainStorage"/>, batched commits), cluster
/// membership and reminders (the ADO.NET providers, Invariant <c>"Npgsql"</c>), plus the schema migration they
/// depend on.
/// </summary>
/// <example>
/// <code>
/// builder.UseOrleans(silo => silo.UsePlatformPostgres(configuration.GetConnectionString("Platform")!));
/// </code>
/// </example>
public static class PlatformPostgresExtensions
{
    /// <summary>The ADO.NET invariant name Orleans maps to Npgsql's <c>NpgsqlFactory</c>.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>The grain storage name Orleans uses for <c>[PersistentState]</c> without an explicit provider.</summary>
    public const string DefaultStorageName = ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME;

    /// <summary>
    /// The ADO.NET grain storage that still reads states written to <c>OrleansStorage</c> before migration 0005;
    /// nothing writes through it.
    /// </summary>
    public const string LegacyStorageName = "platform-legacy-adonet";

    /// <summary>The <c>Max Auto Prepare</c> that <see cref="WithConnectionDefaults"/> sets when the connection string has none.</summary>
    public const int DefaultMaxAutoPrepare = 20;

    /// <summary>
    /// The <c>Maximum Pool Size</c> that <see cref="WithConnectionDefaults"/> sets when the connection string has none. A silo
    /// opens two pools (the grain storage's data source, and the one Orleans' membership and reminder providers share),
    /// so it holds at most twice this many connections: three silos stay within PostgreSQL's default
    /// <c>max_connections</c> of 100. A request that finds its pool exhausted waits for a connection (Npgsql's
    /// <c>Timeout</c>, 15 s by default) instead of failing.
    /// </summary>
    public const int DefaultMaxPoolSize = 15;

    /// <summary>How long a starting silo keeps retrying the migration while PostgreSQL is unreachable.</summary>
    public static readonly TimeSpan MigrationRetryPeriod = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Stores grain state, cluster membership and reminders in PostgreSQL, and migrates the schema on start.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Grain storage is registered as the default provider and, when <paramref name="storageName"/> differs,
    /// under that name as well; both write the same table, <c>grain_state</c> (rows are keyed by service, grain id and
    /// state name), in Orleans' binary format, many grains' writes to one commit.
    /// Clustering and reminders use the silo's <see cref="ClusterOptions"/> (<c>ClusterId</c> keys membership,
    /// <c>ServiceId</c> keys state and reminders), so keep <c>ServiceId</c> stable across deployments.
    /// </para>
    /// <para>
    /// Migration: a lifecycle participant at <see cref="ServiceLifecycleStage.First"/> calls
    /// <see cref="SchemaMigrator.ApplyAsync(string, ILogger?, CancellationToken)"/> before any provider reads
    /// its queries, retrying for <see cref="MigrationRetryPeriod"/> while the server is unreachable; silo start
    /// fails if the migration fails. Concurrently starting silos are serialised by an advisory lock. A host that
    /// prefers to migrate explicitly may also call <see cref="SchemaMigrator.ApplyAsync(string, ILogger?, CancellationToken)"/>
    /// itself first; the start-up run is then a no-op.
    /// </para>
    /// <para>
    /// The database itself must exist. States written by earlier versions through the ADO.NET storage
    /// (<c>OrleansStorage</c>, JSON) are still read, under <see cref="LegacyStorageName"/>, until each grain's next
    /// write moves it to <c>grain_state</c>.
    /// </para>
    /// </remarks>
    /// <param name="silo">The silo builder.</param>
    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=db;Database=platform;Username=orleans;Password=…</c>.</param>
    /// <param name="storageName">An additional grain storage name; <c>"Default"</c> (the default) registers it once.</param>
    /// <returns>The same silo builder.</returns>
    public static ISiloBuilder UsePlatformPostgres(
        this ISiloBuilder silo, string connectionString, string storageName = DefaultStorageName)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(storageName);

        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => new SchemaMigrationStartup(
            connectionString, MigrationRetryPeriod, sp.GetRequiredService<ILogger<SchemaMigrationStartup>>()));

        silo.AddAdoNetGrainStorage(LegacyStorageName, options => Configure(options, connectionString));
        silo.Services.AddGrainStorage(DefaultStorageName, (sp, _) => CreateStorage(sp, connectionString));
        if (!string.Equals(storageName, DefaultStorageName, StringComparison.Ordinal))
        {
            silo.Services.AddGrainStorage(storageName, (sp, _) => CreateStorage(sp, connectionString));
        }

        silo.UseAdoNetClustering(options =>
        {
            options.Invariant = Invariant;
            options.ConnectionString = connectionString;
        });
        silo.UseAdoNetReminderService(options =>
        {
            options.Invariant = Invariant;
            options.ConnectionString = connectionString;
        });
        return silo;
    }

    /// <summary>
    /// Returns <paramref name="connectionString"/> with the platform's Npgsql defaults added, each only when the string
    /// does not set it itself: automatic statement preparation (<c>Max Auto Prepare=</c><see cref="DefaultMaxAutoPrepare"/>)
    /// and no session reset when a connection goes back to the pool (<c>No Reset On Close=true</c>), and a bounded pool
    /// (<c>Maximum Pool Size=</c><see cref="DefaultMaxPoolSize"/>).
    /// </summary>
    /// <remarks>
    /// <para>
    /// The providers run a handful of statements over and over (grain state writes and reads, membership, reminders).
    /// Prepared, PostgreSQL no longer parses and plans each one: ~40 % less database CPU per grain state write in the
    /// revocation benchmark (docs/benchmarks.md, "Revocation fan-out"). Give <c>Max Auto Prepare=0</c> to turn it off,
    /// e.g. behind a connection pooler in transaction mode that does not support prepared statements.
    /// </para>
    /// <para>
    /// Without the reset, a pooled connection's next use does not first run Npgsql's reset statements (<c>RESET ALL</c>,
    /// unlocking advisory locks, discarding temporary objects…), which PostgreSQL parses and runs on every group commit:
    /// ~10 % less database CPU at a steady 1,500 changes/s (docs/benchmarks.md). Nothing here changes session state:
    /// the statements set no parameters, create no temporary objects and the migration's advisory lock is a
    /// transaction lock. Give <c>No Reset On Close=false</c> to keep the reset.
    /// </para>
    /// </remarks>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <returns>The connection string, with the settings it lacked appended.</returns>
    public static string WithConnectionDefaults(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var added = new List<string>();
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            added.Add($"Max Auto Prepare={DefaultMaxAutoPrepare}");
        }

        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            added.Add("No Reset On Close=true");
        }

        if (!given.ContainsKey("Max Pool Size") && !given.ContainsKey("MaxPoolSize") && !given.ContainsKey("Maximum Pool Size"))
        {
            added.Add($"Maximum Pool Size={DefaultMaxPoolSize}");
        }

        return added.Count == 0 ? connectionString : $"{connectionString.TrimEnd().TrimEnd(';')};{string.Join(';', added)}";
    }

    /// <summary>
    /// Lets an external cluster client find gateways through the PostgreSQL membership table written by
    /// silos configured with <see cref="UsePlatformPostgres"/>. A co-hosted client needs nothing.
    /// </summary>
    /// <param name="client">The client builder.</param>
    /// <param name="connectionString">The silos' connection string.</param>
    /// <returns>The same client builder.</returns>
    public static IClientBuilder UsePlatformPostgresClustering(this IClientBuilder client, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return client.UseAdoNetClustering(options =>
        {
            options.Invariant = Invariant;
            options.ConnectionString = connectionString;
        });
    }

    private static PostgresGrainStorage CreateStorage(IServiceProvider services, string connectionString) => new(
        connectionString,
        services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
        services.GetRequiredService<Orleans.Serialization.Serializer>(),
        services.GetRequiredKeyedService<IGrainStorage>(LegacyStorageName));

    private static void Configure(AdoNetGrainStorageOptions options, string connectionString)
    {
        options.Invariant = Invariant;
        options.ConnectionString = connectionString;
    }
}
