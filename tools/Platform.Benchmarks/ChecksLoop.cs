using System.Diagnostics;

namespace Platform.Benchmarks;

/// <summary>
/// The built-in checks (or the named ones) over the dev texts in a loop for a fixed time, one thread:
/// a steady workload to profile with <c>perf record</c>. Prints the CPU time and the bytes allocated per text at the end.
/// </summary>
/// <remarks>
/// The measured time starts after a warm-up (10 s unless told): the checks' tier-1 code takes the runtime 2–4 s of
/// JIT work on a background thread after they first run, and a loop measured from the first round counted that
/// compilation and the slower early code as the checks' cost (2026-12-02: 35–41 µs of CPU per text in a 6-second
/// loop, 19–23 µs once warm).
/// </remarks>
public static class ChecksLoop
{
    public static void Run(TimeSpan duration, TimeSpan warmup, string[] names)
    {
        var bench = new ChecksBenchmarks();
        bench.Setup();
        var checks = names.Length == 0 ? "built-in" : string.Join(", ", names);
        var round = names.Length == 0 ? bench.BuiltInChecks : bench.RoundOf(names);
        var warming = Stopwatch.StartNew();
        do
        {
            round();
        }
        while (warming.Elapsed < warmup);

        var clock = Stopwatch.StartNew();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var gen0Before = GC.CollectionCount(0);
        var pauseBefore = GC.GetTotalPauseDuration();
        long rounds = 0;
        while (clock.Elapsed < duration)
        {
            round();
            rounds++;
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var texts = rounds * ChecksBenchmarks.Texts;
        var pause = GC.GetTotalPauseDuration() - pauseBefore;
        Console.WriteLine($"{checks}: {texts:N0} texts in {clock.Elapsed.TotalSeconds:F1} s, " +
            $"{cpu.TotalMicroseconds / texts:F2} µs of CPU and {allocated / texts:N0} B allocated per text; " +
            $"{GC.CollectionCount(0) - gen0Before:N0} collections, {pause.TotalMicroseconds / texts:F2} µs of GC pause per text");
    }
}
