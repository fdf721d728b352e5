using System.Diagnostics;
using System.Runtime;

namespace Platform.MemoryProbe;

/// <summary>The process's memory after a full, blocking, compacting collection (large objects compacted too).</summary>
/// <param name="Label">Which point of the run.</param>
/// <param name="Activations">Activations on the silo (all grain types).</param>
/// <param name="HeapBytes">GC heap size after the collection (<see cref="GCMemoryInfo.HeapSizeBytes"/>).</param>
/// <param name="LiveBytes"><see cref="GC.GetTotalMemory(bool)"/> after the collection.</param>
/// <param name="CommittedBytes">Memory the GC has committed (<see cref="GCMemoryInfo.TotalCommittedBytes"/>).</param>
/// <param name="WorkingSetBytes">Process working set (resident memory).</param>
/// <param name="PrivateBytes">Process private memory.</param>
/// <param name="GcPauseMs">How long the forced collection took.</param>
internal sealed record MemorySnapshot(
    string Label, long Activations, long HeapBytes, long LiveBytes, long CommittedBytes, long WorkingSetBytes, long PrivateBytes, double GcPauseMs)
{
    /// <summary>Forces the collection and reads the figures; <paramref name="activations"/> is read first so its own garbage is collected.</summary>
    public static async Task<MemorySnapshot> TakeAsync(string label, Func<Task<long>> activations)
    {
        var count = await activations();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 2; i++)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        watch.Stop();
        var live = GC.GetTotalMemory(forceFullCollection: true);
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        using var process = Process.GetCurrentProcess();
        return new MemorySnapshot(label, count, info.HeapSizeBytes, live, info.TotalCommittedBytes, process.WorkingSet64, process.PrivateMemorySize64, watch.Elapsed.TotalMilliseconds);
    }

    /// <summary>The GC the process runs with, as the runtime reports it.</summary>
    public static string GcSettings() =>
        $"server GC: {GCSettings.IsServerGC}, concurrent (background) GC: {AppContext.GetData("System.GC.Concurrent") ?? "default (on)"}, " +
        $"latency mode: {GCSettings.LatencyMode}, DATAS (GCDynamicAdaptationMode): {AppContext.GetData("System.GC.DynamicAdaptationMode") ?? Environment.GetEnvironmentVariable("DOTNET_GCDynamicAdaptationMode") ?? "default"}, " +
        $"processors: {Environment.ProcessorCount}, total available memory: {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024):N1} GiB";
}
