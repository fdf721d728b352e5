using BenchmarkDotNet.Running;
using Platform.Benchmarks;

// `loop SECONDS [CHECK…]` runs the deployed checks over the dev texts for a fixed time, without
// BenchmarkDotNet, so that `perf record` (DOTNET_PerfMapEnabled=1) sees only the checks.
if (args.Length >= 2 && args[0] == "loop")
{
    ChecksLoop.Run(TimeSpan.FromSeconds(double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)), args[2..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ChecksBenchmarks).Assembly).Run(args);
