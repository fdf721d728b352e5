using BenchmarkDotNet.Running;
using Platform.Benchmarks;

// `loop SECONDS [--warmup SECONDS] [CHECK…]` runs the deployed checks over the dev texts for a fixed time after a
// warm-up (10 s by default), without BenchmarkDotNet, so that `perf record` (DOTNET_PerfMapEnabled=1) sees only the checks.
if (args.Length >= 2 && args[0] == "loop")
{
    static TimeSpan Seconds(string s) => TimeSpan.FromSeconds(double.Parse(s, System.Globalization.CultureInfo.InvariantCulture));
    var warmed = args.Length >= 4 && args[2] == "--warmup";
    ChecksLoop.Run(Seconds(args[1]), warmed ? Seconds(args[3]) : TimeSpan.FromSeconds(10), args[(warmed ? 4 : 2)..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ChecksBenchmarks).Assembly).Run(args);
