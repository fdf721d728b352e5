using System.Threading.Channels;
using Npgsql;
using NpgsqlTypes;

namespace Platform.Persistence.Postgres;

/// <summary>
/// Writes grain state rows in groups: every write waiting when a writer becomes free goes into one batch, sent in
/// one round trip and committed in one transaction, so a burst of N writes costs a few commits (and WAL flushes)
/// instead of N. A write is acknowledged only after its batch has committed. Each row's version guard is checked
/// per statement, so a stale write in a batch changes nothing and does not stop the others. A state stored in parts
/// (<see cref="Platform.Abstractions.Storage.IStoredInParts"/>) writes its row and its changed parts in one statement
/// that writes the parts only when the row's version guard passed.
/// </summary>
internal sealed class GroupCommit : IAsyncDisposable
{
    /// <summary>Batches committed at the same time (each on its own connection).</summary>
    public const int Writers = 4;

    /// <summary>Rows in one batch at most.</summary>
    public const int MaxBatch = 256;

    private const string Insert =
        "INSERT INTO grain_state (service_id, grain_id, state_name, version, payload, modified_on) " +
        "VALUES ($1, $2, $3, 1, $4, now()) ON CONFLICT DO NOTHING";

    private const string Update =
        "UPDATE grain_state SET version = version + 1, payload = $4, modified_on = now() " +
        "WHERE service_id = $1 AND grain_id = $2 AND state_name = $3 AND version = $5";

    // The same two writes with the changed parts ($6 keys, $7 payloads) beside the row, written only when the row was.
    private const string WriteParts =
        "parts AS (INSERT INTO grain_state_part (service_id, grain_id, state_name, part_key, payload) " +
        "SELECT $1, $2, $3, k, p FROM head, unnest($6::text[], $7::bytea[]) AS u(k, p) " +
        "ON CONFLICT (service_id, grain_id, state_name, part_key) DO UPDATE SET payload = excluded.payload) " +
        "SELECT 1 FROM head";

    private const string InsertWithParts =
        "WITH head AS (INSERT INTO grain_state (service_id, grain_id, state_name, version, payload, modified_on) " +
        "VALUES ($1, $2, $3, 1, $4, now()) ON CONFLICT DO NOTHING RETURNING 1), " + WriteParts;

    private const string UpdateWithParts =
        "WITH head AS (UPDATE grain_state SET version = version + 1, payload = $4, modified_on = now() " +
        "WHERE service_id = $1 AND grain_id = $2 AND state_name = $3 AND version = $5 RETURNING 1), " + WriteParts;

    // A cleared state (NULL payload) drops its parts with it.
    private const string Clear =
        "WITH head AS (UPDATE grain_state SET version = version + 1, payload = NULL, modified_on = now() " +
        "WHERE service_id = $1 AND grain_id = $2 AND state_name = $3 AND version = $5 RETURNING 1), " +
        "gone AS (DELETE FROM grain_state_part WHERE service_id = $1 AND grain_id = $2 AND state_name = $3 " +
        "AND EXISTS (SELECT 1 FROM head)) " +
        "SELECT 1 FROM head";

    private readonly NpgsqlDataSource _database;
    private readonly Channel<RowWrite> _queue = Channel.CreateUnbounded<RowWrite>(new UnboundedChannelOptions { SingleReader = false });
    private readonly Task[] _writers;

    public GroupCommit(NpgsqlDataSource database)
    {
        _database = database;
        _writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(WriteLoopAsync)).ToArray();
    }

    /// <summary>
    /// Writes one row once its batch commits: the new version, or <see langword="null"/> when the row was not at
    /// <paramref name="expectedVersion"/> (or, with none expected, already existed).
    /// </summary>
    public Task<long?> WriteAsync(
        string serviceId, string grainId, string stateName, byte[]? payload, long? expectedVersion, StateParts? parts = null)
    {
        var write = new RowWrite(serviceId, grainId, stateName, payload, expectedVersion, parts);
        if (!_queue.Writer.TryWrite(write))
        {
            throw new ObjectDisposedException(nameof(GroupCommit), "The silo is stopping: grain state is no longer written.");
        }

        return write.Done.Task;
    }

    /// <summary>Writes what was queued before this call, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_writers);
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<RowWrite>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var write))
            {
                batch.Add(write);
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch);
                batch.Clear();
            }
        }
    }

    private async Task CommitAsync(IReadOnlyList<RowWrite> batch)
    {
        try
        {
            await ExecuteAsync(batch);
        }
        catch (PostgresException) when (batch.Count > 1)
        {
            // One statement failed and rolled the whole batch back (a deadlock with another silo's batch, a
            // value the server refuses): write each row alone, so only the write at fault fails.
            foreach (var write in batch)
            {
                await CommitAsync([write]);
            }
        }
        catch (Exception ex)
        {
            foreach (var write in batch)
            {
                write.Done.TrySetException(ex);
            }
        }
    }

    private async Task ExecuteAsync(IReadOnlyList<RowWrite> batch)
    {
        await using var connection = await _database.OpenConnectionAsync();
        await using var command = new NpgsqlBatch(connection);
        foreach (var write in batch)
        {
            command.BatchCommands.Add(write.ToCommand());
        }

        await command.ExecuteNonQueryAsync();
        for (var i = 0; i < batch.Count; i++)
        {
            var write = batch[i];
            var changed = command.BatchCommands[i].Rows == 1; // Rows, not RecordsAffected: it counts the SELECT that reports a write with parts
            write.Done.TrySetResult(changed ? (write.ExpectedVersion ?? 0) + 1 : null);
        }
    }

    /// <summary>A row's key as parameters $1, $2 and $3, as every <c>grain_state</c> statement here names it.</summary>
    public static void AddKey(NpgsqlParameterCollection parameters, string serviceId, string grainId, string stateName)
    {
        parameters.Add(new NpgsqlParameter<string> { TypedValue = serviceId });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = grainId });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = stateName });
    }

    private sealed record RowWrite(
        string ServiceId, string GrainId, string StateName, byte[]? Payload, long? ExpectedVersion, StateParts? Parts)
    {
        public TaskCompletionSource<long?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public NpgsqlBatchCommand ToCommand()
        {
            var parts = Parts is { Count: > 0 } ? Parts : null;
            var sql = (ExpectedVersion, Payload, parts) switch
            {
                (null, _, null) => Insert,
                (null, _, _) => InsertWithParts,
                (_, null, _) => Clear,
                (_, _, null) => Update,
                _ => UpdateWithParts,
            };
            var command = new NpgsqlBatchCommand(sql);
            AddKey(command.Parameters, ServiceId, GrainId, StateName);
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bytea, Value = (object?)Payload ?? DBNull.Value });
            if (ExpectedVersion is not null || parts is not null)
            {
                // $5 is named by the UPDATE only; the INSERT with parts skips it (a NULL that no statement reads).
                command.Parameters.Add(new NpgsqlParameter<long?> { TypedValue = ExpectedVersion });
            }

            if (parts is not null && sql != Clear)
            {
                command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = parts.Keys.ToArray() });
                command.Parameters.Add(new NpgsqlParameter<byte[][]> { TypedValue = parts.Payloads.ToArray() });
            }

            return command;
        }
    }
}
