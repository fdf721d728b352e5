using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;
using Platform.Abstractions.Statistics;
using Platform.Compliance;
using Platform.Grains.Statistics;

namespace Platform.Grains.Tests;

/// <summary>
/// The month's statistics take every violation of the platform: with a storage whose writes take time (as a
/// database's do), concurrent additions share writes, none is lost, and none is acknowledged by a failed write.
/// </summary>
public sealed class SharedWritesTests : IAsyncLifetime
{
    private readonly SlowStorage _storage = new();
    private readonly string _pluginsPath = Path.Combine(Path.GetTempPath(), "platform-shared-writes-" + Guid.NewGuid().ToString("N"));
    private InProcessTestCluster _cluster = null!;

    [Fact]
    public async Task AddAsync_ManyCallersAtOnce_AllCountedInFewWrites()
    {
        var month = _cluster.Client.GetGrain<IStatisticsGrain>("2026-11");

        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => month.AddAsync(new Dictionary<string, int> { ["violation.mlm"] = 1 })));

        Assert.Equal(200, (await month.GetAsync()).Counters["violation.mlm"]);
        Assert.InRange(_storage.Writes, 1, 20);
        Assert.Equal(200, _storage.Stored(month.GetGrainId())!.Counters["violation.mlm"]);
    }

    [Fact]
    public async Task AddAsync_WriteFails_NoCallerOfThatWriteIsAcknowledgedAndTheCommittedCountStays()
    {
        var month = _cluster.Client.GetGrain<IStatisticsGrain>("2026-12");
        await month.AddAsync(new Dictionary<string, int> { ["advice"] = 5 });

        _storage.FailNext = true;
        var calls = Enumerable.Range(0, 10).Select(_ => month.AddAsync(new Dictionary<string, int> { ["advice"] = 1 })).ToList();
        foreach (var call in calls)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => call);
        }

        // The failed activation is gone; the next one starts from what was committed.
        await month.AddAsync(new Dictionary<string, int> { ["advice"] = 1 });
        Assert.Equal(6, (await month.GetAsync()).Counters["advice"]);
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_pluginsPath);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Compliance:PluginsPath"] = _pluginsPath })
            .Build();
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddGrainStorage(GrainStorage.Name, (_, _) => _storage);
            silo.UseInMemoryReminderService();
            silo.Services.AddPlatformGrains();
            silo.Services.AddCompliance(configuration);
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        Directory.Delete(_pluginsPath, recursive: true);
    }

    /// <summary>A storage that keeps copies (as a database does, unlike the embedded live objects), with a write that takes 20 ms and, on demand, fails.</summary>
    private sealed class SlowStorage : IGrainStorage
    {
        private readonly ConcurrentDictionary<GrainId, (string Json, string ETag)> _rows = new();
        private int _writes;

        public volatile bool FailNext;

        public int Writes => Volatile.Read(ref _writes);

        public StatisticsState? Stored(GrainId id) =>
            _rows.TryGetValue(id, out var row) ? JsonSerializer.Deserialize<StatisticsState>(row.Json) : null;

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            if (_rows.TryGetValue(grainId, out var row))
            {
                grainState.State = JsonSerializer.Deserialize<T>(row.Json)!;
                grainState.ETag = row.ETag;
                grainState.RecordExists = true;
            }

            return Task.CompletedTask;
        }

        public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            var json = JsonSerializer.Serialize(grainState.State);
            await Task.Delay(20);
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("storage unavailable (test)");
            }

            var stored = _rows.TryGetValue(grainId, out var row) ? row.ETag : null;
            if (stored != grainState.ETag)
            {
                throw new InconsistentStateException("stale write (test)", stored ?? "", grainState.ETag ?? "");
            }

            grainState.ETag = Guid.NewGuid().ToString("N");
            _rows[grainId] = (json, grainState.ETag);
            grainState.RecordExists = true;
            Interlocked.Increment(ref _writes);
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => throw new NotSupportedException();
    }
}
