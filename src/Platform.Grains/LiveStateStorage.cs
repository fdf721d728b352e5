using System.Collections.Concurrent;
using System.Globalization;
using Orleans.Storage;

namespace Platform.Grains;

/// <summary>
/// Grain storage for the embedded (one-process, in-memory) mode: it keeps each grain's state object itself, so a
/// write costs a dictionary update instead of serialising the whole state (which grows with every message) and
/// funnelling it through storage grains, and memory holds one copy of each state instead of two. A grain that is
/// deactivated and activated again gets the same object back. Nothing survives the process: that is what embedded
/// means; for durable state use PostgreSQL. ETags are checked, as in every Orleans storage.
/// </summary>
public sealed class LiveStateStorage : IGrainStorage
{
    private readonly ConcurrentDictionary<(string StateName, GrainId GrainId), Entry> _states = new();
    private long _version;

    /// <summary>Grain states held.</summary>
    public int Count => _states.Count;

    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_states.TryGetValue((stateName, grainId), out var entry))
        {
            grainState.State = (T)entry.State;
            grainState.ETag = entry.ETag;
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = (stateName, grainId);
        var next = new Entry(grainState.State!, Interlocked.Increment(ref _version).ToString(CultureInfo.InvariantCulture));
        var written = _states.AddOrUpdate(
            key,
            static (_, arg) => arg.Expected is null ? arg.Next : throw Mismatch(arg.Expected, null),
            static (_, current, arg) => current.ETag == arg.Expected ? arg.Next : throw Mismatch(arg.Expected, current.ETag),
            (Expected: grainState.ETag, Next: next));
        grainState.ETag = written.ETag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = (stateName, grainId);
        if (_states.TryGetValue(key, out var current))
        {
            if (current.ETag != grainState.ETag)
            {
                throw Mismatch(grainState.ETag, current.ETag);
            }

            _states.TryRemove(key, out _);
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private static InconsistentStateException Mismatch(string? expected, string? stored) =>
        new($"ETag mismatch: the grain holds {expected ?? "none"}, storage holds {stored ?? "none"}", stored ?? "", expected ?? "");

    private sealed record Entry(object State, string ETag);
}
