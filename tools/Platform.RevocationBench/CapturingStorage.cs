using System.Collections.Concurrent;
using Orleans.Storage;
using Platform.Grains;

namespace Platform.RevocationBench;

/// <summary>
/// The embedded host's grain storage (<see cref="LiveStateStorage"/>) that also remembers every state written, so the
/// set-up done on the embedded host can be loaded into PostgreSQL afterwards (<see cref="StateTransfer"/>).
/// </summary>
internal sealed class CapturingStorage : IGrainStorage
{
    private readonly LiveStateStorage _inner = new();
    private readonly ConcurrentDictionary<(string StateName, GrainId GrainId), object> _states = new();

    /// <summary>Every grain state written, by state name and grain; the objects are the live states themselves.</summary>
    public IReadOnlyCollection<KeyValuePair<(string StateName, GrainId GrainId), object>> States => _states;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        _inner.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await _inner.WriteStateAsync(stateName, grainId, grainState);
        _states[(stateName, grainId)] = grainState.State!;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await _inner.ClearStateAsync(stateName, grainId, grainState);
        _states.TryRemove((stateName, grainId), out _);
    }
}
