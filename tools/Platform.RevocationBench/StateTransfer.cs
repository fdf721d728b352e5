using System.Reflection;
using Orleans.Storage;

namespace Platform.RevocationBench;

/// <summary>
/// Writes captured grain states through another grain storage (the PostgreSQL host's own provider: same serialiser,
/// same SQL as every later write), as first writes (no ETag). Used because building 10,000 approvals through the grains
/// on PostgreSQL costs time quadratic in the count: the client's state, which keeps every contract id and every
/// notification, is serialised and written again on each link and each approval notice.
/// </summary>
internal static class StateTransfer
{
    private static readonly MethodInfo WriteOne = typeof(StateTransfer).GetMethod(nameof(WriteAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static async Task<int> CopyAsync(CapturingStorage from, IGrainStorage to, int parallel)
    {
        var states = from.States.ToArray();
        await Parallel.ForEachAsync(states, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (entry, _) =>
        {
            var (stateName, grainId) = entry.Key;
            var write = (Task)WriteOne.MakeGenericMethod(entry.Value.GetType()).Invoke(null, [to, stateName, grainId, entry.Value])!;
            await write;
        });
        return states.Length;
    }

    private static Task WriteAsync<T>(IGrainStorage to, string stateName, GrainId grainId, T state) =>
        to.WriteStateAsync(stateName, grainId, new GrainState<T>(state));
}
