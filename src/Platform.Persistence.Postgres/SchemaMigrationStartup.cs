using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Runtime;

namespace Platform.Persistence.Postgres;

/// <summary>
/// Runs <see cref="SchemaMigrator"/> at the very first silo lifecycle stage, before membership, reminders or
/// grain storage read their queries, and retries while the database is not reachable yet.
/// </summary>
internal sealed class SchemaMigrationStartup(
    string connectionString, TimeSpan retryFor, ILogger<SchemaMigrationStartup> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(2);

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SchemaMigrationStartup), ServiceLifecycleStage.First, MigrateAsync);

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + retryFor;
        var backoff = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            try
            {
                await SchemaMigrator.ApplyAsync(connectionString, logger, cancellationToken);
                return;
            }
            catch (Exception ex) when (IsTransient(ex) && DateTimeOffset.UtcNow + backoff < deadline)
            {
                logger.LogWarning(ex, "PostgreSQL not reachable for schema migration; retrying in {Backoff}", backoff);
                await Task.Delay(backoff, cancellationToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    private static bool IsTransient(Exception ex) => ex switch
    {
        NpgsqlException { IsTransient: true } => true,
        NpgsqlException { InnerException: SocketException or IOException or TimeoutException } => true,
        // 57P03: the server is starting up or shutting down.
        PostgresException { SqlState: "57P03" } => true,
        _ => false,
    };
}
