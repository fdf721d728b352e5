using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Platform.Persistence.Postgres;

/// <summary>
/// Brings a PostgreSQL database up to the schema this assembly expects: the tables, functions and
/// <c>OrleansQuery</c> rows used by Orleans' ADO.NET grain storage, clustering and reminders.
/// </summary>
/// <remarks>
/// <para>
/// Migrations are the embedded <c>Migrations/NNNN_name.sql</c> scripts. Every call takes a transaction-scoped
/// advisory lock (so silos starting together migrate one at a time), creates <c>platform_schema_version</c> if
/// needed, applies the versions not yet recorded there in ascending order and records each one, all in a single
/// transaction: either every pending migration is applied or none is. Calling it on a current database is a
/// cheap no-op, so it is safe on every start. To change the schema, add a new script with the next number;
/// never edit an applied one (a changed checksum fails the call).
/// </para>
/// <para>
/// A database that has versions newer than this assembly knows (a rolling upgrade, where a newer silo already
/// migrated) is accepted as-is: scripts only ever add, so older code keeps working.
/// </para>
/// </remarks>
public static class SchemaMigrator
{
    /// <summary>The advisory lock key ("Platform" in ASCII) serialising migrators on one database.</summary>
    public const long AdvisoryLockKey = 0x506C_6174_666F_726D;

    /// <summary>The table that records applied migration versions.</summary>
    public const string VersionTable = "platform_schema_version";

    private const int CommandTimeoutSeconds = 300;

    /// <summary>Gets the migrations embedded in this assembly, in ascending version order.</summary>
    public static IReadOnlyList<SchemaMigration> Migrations => MigrationCatalog.Migrations;

    /// <summary>Gets the version a fully migrated database reports.</summary>
    public static int LatestVersion => Migrations.Count == 0 ? 0 : Migrations[^1].Version;

    /// <summary>Applies the pending migrations to the database named by <paramref name="connectionString"/>.</summary>
    /// <param name="connectionString">An Npgsql connection string for an existing database.</param>
    /// <param name="logger">Receives one line per applied migration; optional.</param>
    /// <param name="cancellationToken">Cancels the call; the transaction is then rolled back.</param>
    /// <returns>The versions applied and the resulting schema version.</returns>
    /// <exception cref="InvalidOperationException">An applied migration's script was changed after it was applied.</exception>
    public static async Task<SchemaMigrationResult> ApplyAsync(
        string connectionString, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        logger ??= NullLogger.Instance;

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
        await ExecuteAsync(connection, transaction, $"""
            CREATE TABLE IF NOT EXISTS {VersionTable}
            (
                version    integer     NOT NULL PRIMARY KEY,
                name       text        NOT NULL,
                checksum   text        NOT NULL,
                applied_on timestamptz NOT NULL DEFAULT now()
            )
            """, cancellationToken);

        var applied = await ReadAppliedAsync(connection, transaction, cancellationToken);
        var newlyApplied = new List<int>();
        foreach (var migration in Migrations)
        {
            if (applied.TryGetValue(migration.Version, out var checksum))
            {
                if (!string.Equals(checksum, migration.Checksum, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(
                        $"Migration {migration.Version:D4}_{migration.Name} was changed after it was applied " +
                        $"(recorded checksum {checksum}, embedded {migration.Checksum}). Add a new migration instead.");
                }

                continue;
            }

            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await RecordAsync(connection, transaction, migration, cancellationToken);
            newlyApplied.Add(migration.Version);
            logger.LogInformation(
                "Applied PostgreSQL schema migration {Version:D4}_{Name}", migration.Version, migration.Name);
        }

        await transaction.CommitAsync(cancellationToken);

        var current = Math.Max(applied.Count == 0 ? 0 : applied.Keys.Max(), newlyApplied.Count == 0 ? 0 : newlyApplied[^1]);
        if (current > LatestVersion)
        {
            logger.LogWarning(
                "PostgreSQL schema is at version {Current}, newer than this build's {Latest}; continuing",
                current, LatestVersion);
        }

        return new SchemaMigrationResult(newlyApplied, current);
    }

    /// <summary>Reads the schema version recorded in the database (0 when it was never migrated).</summary>
    /// <param name="connectionString">An Npgsql connection string for an existing database.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The highest applied version.</returns>
    public static async Task<int> GetCurrentVersionAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT CASE WHEN to_regclass('{VersionTable}') IS NULL THEN 0 ELSE 1 END", connection);
        if (Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }

        command.CommandText = $"SELECT COALESCE(MAX(version), 0) FROM {VersionTable}";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task<Dictionary<int, string>> ReadAppliedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<int, string>();
        await using var command = new NpgsqlCommand($"SELECT version, checksum FROM {VersionTable}", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetInt32(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task RecordAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, SchemaMigration migration, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {VersionTable} (version, name, checksum) VALUES ($1, $2, $3)", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = migration.Version });
        command.Parameters.Add(new NpgsqlParameter { Value = migration.Name });
        command.Parameters.Add(new NpgsqlParameter { Value = migration.Checksum });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = CommandTimeoutSeconds };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
