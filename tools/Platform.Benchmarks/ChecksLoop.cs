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
        var (checks, round) = Prepare(names, ChecksBenchmarks.PluginsDirectory);
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

    /// <summary>
    /// Two builds of the plugins loaded side by side, a round of each in turn (which goes first alternates) for
    /// <paramref name="duration"/> after a warm-up: both see the machine at the same moments, so a change is measured
    /// against the build before it even while the machine's speed moves. Prints each build's median time per text and the
    /// median of the per-pair ratios (B / A).
    /// </summary>
    /// <remarks>
    /// PLATFORM_COMPARE_SLICE=N makes a round N texts instead of all 200 (each pair on the same N texts, the slices in turn,
    /// 200 a multiple of N): on a machine so busy that most 200-text rounds are preempted, rounds well under the
    /// scheduler's time slice keep the pairs' ratios readable.
    /// </remarks>
    public static void Compare(TimeSpan duration, TimeSpan warmup, string pluginsA, string pluginsB, string[] names)
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("PLATFORM_COMPARE_SLICE"), out var slice) && slice > 0 && slice < ChecksBenchmarks.Texts)
        {
            CompareSlices(duration, warmup, pluginsA, pluginsB, names, slice);
            return;
        }

        var (checks, a) = Prepare(names, pluginsA);
        var (_, b) = Prepare(names, pluginsB);
        var warming = Stopwatch.StartNew();
        do
        {
            a();
            b();
        }
        while (warming.Elapsed < warmup);

        List<double> timesA = [], timesB = [], ratios = [];
        var clock = Stopwatch.StartNew();
        for (var pair = 0; clock.Elapsed < duration; pair++)
        {
            double ta, tb;
            if (pair % 2 == 0)
            {
                (ta, tb) = (Time(a), Time(b));
            }
            else
            {
                (tb, ta) = (Time(b), Time(a));
            }

            timesA.Add(ta);
            timesB.Add(tb);
            ratios.Add(tb / ta);
        }

        Console.WriteLine($"{checks}, {ratios.Count:N0} pairs of rounds: A {Median(timesA):F2} µs per text ({pluginsA}), " +
            $"B {Median(timesB):F2} µs per text ({pluginsB}); B / A median {Median(ratios):F3} " +
            $"(quartiles {Quantile(ratios, 0.25):F3}–{Quantile(ratios, 0.75):F3})");
    }

    private static void CompareSlices(TimeSpan duration, TimeSpan warmup, string pluginsA, string pluginsB, string[] names, int slice)
    {
        var benchA = new ChecksBenchmarks();
        benchA.Setup(pluginsA);
        var benchB = new ChecksBenchmarks();
        benchB.Setup(pluginsB);
        var a = benchA.SliceOf(names);
        var b = benchB.SliceOf(names);
        var slices = ChecksBenchmarks.Texts / slice;
        var warming = Stopwatch.StartNew();
        do
        {
            a(0, ChecksBenchmarks.Texts);
            b(0, ChecksBenchmarks.Texts);
        }
        while (warming.Elapsed < warmup);

        List<double> timesA = [], timesB = [], ratios = [];
        var clock = Stopwatch.StartNew();
        for (var pair = 0; clock.Elapsed < duration; pair++)
        {
            var from = pair / 2 % slices * slice;
            double ta, tb;
            if (pair % 2 == 0)
            {
                (ta, tb) = (TimeSlice(a, from, slice), TimeSlice(b, from, slice));
            }
            else
            {
                (tb, ta) = (TimeSlice(b, from, slice), TimeSlice(a, from, slice));
            }

            timesA.Add(ta);
            timesB.Add(tb);
            ratios.Add(tb / ta);
        }

        Console.WriteLine($"{(names.Length == 0 ? "built-in" : string.Join(", ", names))}, {ratios.Count:N0} pairs of {slice}-text rounds: " +
            $"A {Median(timesA):F2} µs per text ({pluginsA}), B {Median(timesB):F2} µs per text ({pluginsB}); B / A median {Median(ratios):F3} " +
            $"(quartiles {Quantile(ratios, 0.25):F3}–{Quantile(ratios, 0.75):F3})");
    }

    private static double TimeSlice(Func<int, int, int> round, int from, int count)
    {
        var start = Stopwatch.GetTimestamp();
        round(from, count);
        return Stopwatch.GetElapsedTime(start).TotalMicroseconds / count;
    }

    // Wall time of one round, per text, in microseconds (a round takes a few milliseconds, so a preempted one is an outlier the
    // medians leave out).
    private static double Time(Func<int> round)
    {
        var start = Stopwatch.GetTimestamp();
        round();
        return Stopwatch.GetElapsedTime(start).TotalMicroseconds / ChecksBenchmarks.Texts;
    }

    private static double Median(List<double> values) => Quantile(values, 0.5);

    private static double Quantile(List<double> values, double q)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Round(q * (sorted.Length - 1))];
    }

    private static (string Checks, Func<int> Round) Prepare(string[] names, string plugins)
    {
        var bench = new ChecksBenchmarks();
        bench.Setup(plugins);
        return (names.Length == 0 ? "built-in" : string.Join(", ", names), names.Length == 0 ? bench.BuiltInChecks : bench.RoundOf(names));
    }
}
