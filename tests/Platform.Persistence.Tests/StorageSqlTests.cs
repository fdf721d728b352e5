using Npgsql;
using Platform.Persistence.Postgres;
using Platform.Testing.Postgres;

namespace Platform.Persistence.Tests;

/// <summary>Exercises the storage SQL directly where Orleans cannot produce the interleaving on demand.</summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class StorageSqlTests(PostgresFixture postgres)
{
    private const string FirstWrite =
        "SELECT NewGrainStateVersion FROM orleans_storage_write(7, 1, 2, 3, 'counter', NULL, 'svc', NULL, '\\x00'::bytea)";

    [Fact]
    public async Task WriteToStorage_TwoFirstWritersRacing_OnlyOneCreatesTheRow()
    {
        var cs = await postgres.CreateDatabaseAsync();
        await SchemaMigrator.ApplyAsync(cs);
        await using var winner = new NpgsqlConnection(cs);
        await winner.OpenAsync();
        await using var transaction = await winner.BeginTransactionAsync();
        Assert.Equal(1, await ScalarAsync(winner, FirstWrite, transaction));

        // The loser cannot see the uncommitted row, so only the unique index can stop it: it must wait for
        // the winner and then report "unchanged" (NULL), which Orleans turns into InconsistentStateException.
        var loser = Task.Run(async () =>
        {
            await using var connection = new NpgsqlConnection(cs);
            await connection.OpenAsync();
            return await ScalarAsync(connection, FirstWrite, null);
        });
        await Poll.UntilAsync(async () => loser.IsCompleted || await Database.ScalarAsync(
            cs, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()") > 0);
        await transaction.CommitAsync();

        Assert.Null(await loser);
        Assert.Equal(1, await Database.ScalarAsync(cs, "SELECT count(*) FROM OrleansStorage"));
    }

    private static async Task<int?> ScalarAsync(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull or null ? null : Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
