using BenchmarkDotNet.Running;
using Platform.Benchmarks;

// `loop SECONDS [--warmup SECONDS] [CHECK…]` runs the deployed checks over the dev texts for a fixed time after a
// warm-up (10 s by default), without BenchmarkDotNet, so that `perf record` (DOTNET_PerfMapEnabled=1) sees only the checks.
if (args.Length >= 2 && args[0] == "loop")
{
    var warmed = args.Length >= 4 && args[2] == "--warmup";
    ChecksLoop.Run(Seconds(args[1]), warmed ? Seconds(args[3]) : TimeSpan.FromSeconds(10), args[(warmed ? 4 : 2)..]);
    return;
}

// `compare SECONDS PLUGINS_A PLUGINS_B [--warmup SECONDS] [CHECK…]` loads two builds of the plugins side by side and times
// a round of each in turn, for A/B measurements of a change on a machine whose speed moves.
if (args.Length >= 4 && args[0] == "compare")
{
    var warmed = args.Length >= 6 && args[4] == "--warmup";
    ChecksLoop.Compare(Seconds(args[1]), warmed ? Seconds(args[5]) : TimeSpan.FromSeconds(10), args[2], args[3], args[(warmed ? 6 : 4)..]);
    return;
}

// `together SECONDS PLUGINS…` times the contact and content checks of each plugins folder text by text, a round of each
// folder in turn, and prints per folder the least time per text by text length (ChecksTogether): what running checks
// together costs beyond each alone.
if (args.Length >= 3 && args[0] == "together")
{
    ChecksTogether.Run(Seconds(args[1]), args[2..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ChecksBenchmarks).Assembly).Run(args);

static TimeSpan Seconds(string s) => TimeSpan.FromSeconds(double.Parse(s, System.Globalization.CultureInfo.InvariantCulture));
