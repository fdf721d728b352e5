using System.Globalization;
using Npgsql;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;
using Platform.Abstractions.Storage;

namespace Platform.Persistence.Postgres;

/// <summary>
/// Grain storage in the <c>grain_state</c> table (migration 0005): states in Orleans' binary format, writes
/// grouped into shared commits by <see cref="GroupCommit"/>, the row version as the ETag. A state stored in parts
/// (<see cref="IStoredInParts"/>: a contract's messages, a job's proposals) keeps them in <c>grain_state_part</c>
/// (migration 0007), and each write stores only the parts that changed, in the same statement as the row.
/// </summary>
/// <remarks>
/// States written by the ADO.NET provider before migration 0005 (table <c>OrleansStorage</c>, JSON) are still
/// read, through <paramref name="legacy"/>, when a grain has no row here yet; its first write then moves it here.
/// That look-up is made only when <c>OrleansStorage</c> held rows for this service at start-up.
/// </remarks>
internal sealed class PostgresGrainStorage(
    string connectionString, string serviceId, Serializer serializer, IGrainStorage legacy)
    : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>The ETag of a state read from <c>OrleansStorage</c>: it has no row in <c>grain_state</c> yet.</summary>
    private const string LegacyETag = "legacy";

    private const string Select =
        "SELECT version, payload FROM grain_state WHERE service_id = $1 AND grain_id = $2 AND state_name = $3";

    private const string SelectParts =
        "SELECT part_key, payload FROM grain_state_part WHERE service_id = $1 AND grain_id = $2 AND state_name = $3 ORDER BY part_key";

    private NpgsqlDataSource? _database;
    private GroupCommit? _commits;
    private bool _legacyRows;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(PostgresGrainStorage), ServiceLifecycleStage.RuntimeStorageServices, StartAsync, StopAsync);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (!await ReadRowAsync(stateName, grainId, grainState) && _legacyRows)
        {
            await legacy.ReadStateAsync(stateName, grainId, grainState);
            grainState.ETag = grainState.RecordExists ? LegacyETag : null;
        }
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        StateParts? parts = null;
        if (grainState.State is IStoredInParts parted)
        {
            parts = new StateParts(serializer);
            parted.CollectChanged(parts);
        }

        return StoreAsync(stateName, grainId, grainState, serializer.SerializeToArray(grainState.State), exists: true, parts);
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await StoreAsync(stateName, grainId, grainState, payload: null, exists: false);
        grainState.State = Activator.CreateInstance<T>();
    }

    // The row and, for a state stored in parts, its parts in one round trip: two statements of one batch, read one after
    // the other from one reader.
    private async Task<bool> ReadRowAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = grainId.ToString();
        await using var connection = await Database.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);
        foreach (var sql in typeof(IStoredInParts).IsAssignableFrom(typeof(T)) ? [Select, SelectParts] : new[] { Select })
        {
            var command = new NpgsqlBatchCommand(sql);
            GroupCommit.AddKey(command.Parameters, serviceId, key, stateName);
            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return false;
        }

        grainState.ETag = reader.GetInt64(0).ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = !reader.IsDBNull(1);
        grainState.State = grainState.RecordExists ? serializer.Deserialize<T>(reader.GetFieldValue<byte[]>(1)) : Activator.CreateInstance<T>();
        if (grainState.RecordExists && grainState.State is IStoredInParts parted && await reader.NextResultAsync())
        {
            while (await reader.ReadAsync())
            {
                parted.Restore(reader.GetString(0), new StoredPart(serializer, reader.GetFieldValue<byte[]>(1)));
            }
        }

        return true;
    }

    private async Task StoreAsync<T>(
        string stateName, GrainId grainId, IGrainState<T> grainState, byte[]? payload, bool exists, StateParts? parts = null)
    {
        var expected = grainState.ETag is null or LegacyETag ? (long?)null : long.Parse(grainState.ETag, CultureInfo.InvariantCulture);
        var version = await Commits.WriteAsync(serviceId, grainId.ToString(), stateName, payload, expected, parts)
            ?? throw new InconsistentStateException(
                $"Grain state {stateName} of {grainId} changed since it was read (version {grainState.ETag ?? "none"}): this write is refused.",
                "unknown",
                grainState.ETag ?? "");
        grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = exists;
    }

    private NpgsqlDataSource Database => _database ?? throw new InvalidOperationException("PostgreSQL grain storage is not started.");

    private GroupCommit Commits => _commits ?? throw new InvalidOperationException("PostgreSQL grain storage is not started.");

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        _database = NpgsqlDataSource.Create(connectionString);
        _commits = new GroupCommit(_database);
        await using var command = _database.CreateCommand("SELECT EXISTS (SELECT 1 FROM OrleansStorage WHERE ServiceId = $1)");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = serviceId });
        _legacyRows = (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_commits is not null)
        {
            await _commits.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
