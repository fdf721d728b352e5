using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Providers;
using Orleans.Runtime;

namespace Platform.Persistence.Postgres;

/// <summary>
/// Wires Orleans to PostgreSQL through the ADO.NET providers (Invariant <c>"Npgsql"</c>): grain storage,
/// cluster membership and reminders, plus the schema migration they depend on.
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

    /// <summary>The <c>Max Auto Prepare</c> that <see cref="WithAutoPrepare"/> sets when the connection string has none.</summary>
    public const int DefaultMaxAutoPrepare = 20;

    /// <summary>How long a starting silo keeps retrying the migration while PostgreSQL is unreachable.</summary>
    public static readonly TimeSpan MigrationRetryPeriod = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Stores grain state, cluster membership and reminders in PostgreSQL, and migrates the schema on start.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Grain storage is registered as the default provider and, when <paramref name="storageName"/> differs,
    /// under that name as well; both write the same tables (rows are keyed by service, grain type and id).
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
    /// <para>The database itself must exist; the ADO.NET providers serialise state as JSON by default.</para>
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

        silo.AddAdoNetGrainStorageAsDefault(options => Configure(options, connectionString));
        if (!string.Equals(storageName, DefaultStorageName, StringComparison.Ordinal))
        {
            silo.AddAdoNetGrainStorage(storageName, options => Configure(options, connectionString));
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
    /// Returns <paramref name="connectionString"/> with Npgsql's automatic statement preparation on
    /// (<c>Max Auto Prepare=</c><see cref="DefaultMaxAutoPrepare"/>), unless it sets <c>Max Auto Prepare</c> itself.
    /// </summary>
    /// <remarks>
    /// The providers run a handful of statements over and over (grain state writes and reads, membership, reminders).
    /// Prepared, PostgreSQL no longer parses and plans each one: ~40 % less database CPU per grain state write in the
    /// revocation benchmark (docs/benchmarks.md, "Revocation fan-out"). Give <c>Max Auto Prepare=0</c> to turn it off,
    /// e.g. behind a connection pooler in transaction mode that does not support prepared statements.
    /// </remarks>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <returns>The connection string, with <c>Max Auto Prepare</c> appended when it had none.</returns>
    public static string WithAutoPrepare(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare")
            ? connectionString
            : $"{connectionString.TrimEnd().TrimEnd(';')};Max Auto Prepare={DefaultMaxAutoPrepare}";
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

    private static void Configure(AdoNetGrainStorageOptions options, string connectionString)
    {
        options.Invariant = Invariant;
        options.ConnectionString = connectionString;
    }
}
