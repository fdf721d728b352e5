using System.Diagnostics;

namespace Platform.Benchmarks;

/// <summary>
/// The built-in checks (or the named ones) over the dev texts in a loop for a fixed time, one thread:
/// a steady workload to profile with <c>perf record</c>. Prints the CPU time per text at the end.
/// </summary>
public static class ChecksLoop
{
    public static void Run(TimeSpan duration, string[] names)
    {
        var bench = new ChecksBenchmarks();
        bench.Setup();
        var checks = names.Length == 0 ? "built-in" : string.Join(", ", names);
        var round = names.Length == 0 ? bench.BuiltInChecks : bench.RoundOf(names);
        round(); // warm up
        var clock = Stopwatch.StartNew();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        long rounds = 0;
        while (clock.Elapsed < duration)
        {
            round();
            rounds++;
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var texts = rounds * ChecksBenchmarks.Texts;
        Console.WriteLine($"{checks}: {texts:N0} texts in {clock.Elapsed.TotalSeconds:F1} s, " +
            $"{cpu.TotalMicroseconds / texts:F2} µs of CPU per text");
    }
}
