using System.Diagnostics;
using System.Reflection;
using Orleans.Storage;

namespace Platform.RevocationBench;

/// <summary>
/// What N state writes cost through a grain storage provider alone (no grain calls): N copies of one captured state
/// under new grain ids of the same type, first inserted, then updated, all N in flight at once as in a fan-out.
/// </summary>
internal static class RawWrites
{
    private static readonly MethodInfo RunOne = typeof(RawWrites).GetMethod(nameof(RunTypedAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static Task<(double InsertMs, double UpdateMs)> RunAsync(IGrainStorage storage, string stateName, GrainId template, object state, int count) =>
        (Task<(double, double)>)RunOne.MakeGenericMethod(state.GetType()).Invoke(null, [storage, stateName, template, state, count])!;

    private static async Task<(double InsertMs, double UpdateMs)> RunTypedAsync<T>(IGrainStorage storage, string stateName, GrainId template, T state, int count)
    {
        var prefix = $"raw-{Guid.NewGuid():N}"[..12];
        var states = Enumerable.Range(0, count).Select(i => (Id: GrainId.Create(template.Type, $"{prefix}-{i}"), State: new GrainState<T>(state))).ToArray();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(states.Select(s => storage.WriteStateAsync(stateName, s.Id, s.State)));
        var insertMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        await Task.WhenAll(states.Select(s => storage.WriteStateAsync(stateName, s.Id, s.State)));
        return (insertMs, clock.Elapsed.TotalMilliseconds);
    }
}
