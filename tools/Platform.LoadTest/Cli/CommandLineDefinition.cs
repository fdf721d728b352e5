using System.CommandLine;
using System.CommandLine.Parsing;
using Platform.LoadTest.Http;
using Platform.LoadTest.Measurement;
using Platform.LoadTest.Running;
using Platform.LoadTest.Scheduling;
using Platform.LoadTest.Traffic;

namespace Platform.LoadTest.Cli;

/// <summary>The commands: steady, ramp, spike, soak (and self-test), with the options they share.</summary>
internal static class CommandLineDefinition
{
    private static readonly Option<string> Target = new("--target") { Description = "Gateway base URL (loopback only).", DefaultValueFactory = _ => "http://127.0.0.1:5080", Recursive = true };
    private static readonly Option<TimeSpan> Warmup = Duration("--warmup", "Warm-up before the measured phase (excluded from the figures).", "10s");
    private static readonly Option<long> MaxRequests = Within<long>(new("--max-requests") { Description = "Hard cap on requests sent (the run stops there).", DefaultValueFactory = _ => 2_000_000, Recursive = true }, v => v >= 1, "at least 1");
    private static readonly Option<double> Violations = Within<double>(new("--violations") { Description = "Share of text-bearing requests with a violating text (0–1).", DefaultValueFactory = _ => 0.05, Recursive = true }, v => v is >= 0 and <= 1, "a share from 0 to 1");
    private static readonly Option<string> Mix = new("--mix") { Description = $"Traffic mix, kind=weight,… (default {TrafficMix.DefaultText}).", DefaultValueFactory = _ => TrafficMix.DefaultText, Recursive = true };
    private static readonly Option<DirectoryInfo?> ReportDir = new("--report-dir") { Description = "Write summary.md, timeseries.csv and chart.png here.", Recursive = true };
    private static readonly Option<string?> Label = new("--label") { Description = "Name of the run in the report (e.g. 'all plugins').", Recursive = true };
    private static readonly Option<double?> MaxP99 = Within<double?>(new("--max-p99-ms") { Description = "Fail (exit 1) when p99 exceeds this.", Recursive = true }, v => v is null or > 0, "above 0");
    private static readonly Option<double?> MaxP999 = Within<double?>(new("--max-p999-ms") { Description = "Fail (exit 1) when p99.9 exceeds this.", Recursive = true }, v => v is null or > 0, "above 0");
    private static readonly Option<double?> MaxErrorRate = Within<double?>(new("--max-error-rate") { Description = "Fail (exit 1) when errors/completed exceeds this.", Recursive = true }, v => v is null or (>= 0 and <= 1), "a share from 0 to 1");
    private static readonly Option<TimeSpan> Timeout = Duration("--timeout", "Per-request timeout (a timeout counts as an error).", "10s", positive: true);
    private static readonly Option<int> Connections = Within<int>(new("--connections") { Description = "Most connections open to the target at once (either client).", DefaultValueFactory = _ => 512, Recursive = true }, v => v >= 1, "at least 1");
    private static readonly Option<ClientKind> Client = new("--client") { Description = "HTTP client of the measured traffic: raw (pre-encoded HTTP/1.1 on keep-alive sockets) or httpclient (SocketsHttpHandler).", DefaultValueFactory = _ => ClientKind.Raw, Recursive = true };
    private static readonly Option<long> MaxInFlight = Within<long>(new("--max-in-flight") { Description = "Requests beyond this many unanswered are not sent and count as errors.", DefaultValueFactory = _ => 50_000, Recursive = true }, v => v >= 1, "at least 1");
    private static readonly Option<int> Seed = new("--seed") { Description = "Seed for texts and the request sequence.", DefaultValueFactory = _ => 42, Recursive = true };
    private static readonly Option<double> SetupScale = Within<double>(new("--setup-scale") { Description = "Multiplies the number of users, jobs and contracts created before the run.", DefaultValueFactory = _ => 1.0, Recursive = true }, v => v > 0, "above 0");
    private static readonly Option<int> SetupParallelism = Within<int>(new("--setup-parallelism") { Description = "Concurrent requests during setup.", DefaultValueFactory = _ => 32, Recursive = true }, v => v >= 1, "at least 1");
    private static readonly Option<bool> Precise = new("--precise-dispatch") { Description = "Yield instead of sleeping between due requests (less dispatch lag, one busy core).", Recursive = true };
    private static readonly Option<bool> Plain = new("--plain") { Description = "Plain progress lines instead of the live table.", Recursive = true };
    private static readonly Option<int?> ServerPid = new("--server-pid") { Description = "The host's process id: its CPU time is reported next to the tool's.", Recursive = true };
    private static readonly Option<int> SlowLog = Within<int>(new("--slow-log") { Description = "Write slowest.csv with this many of the slowest measured requests (scheduled, sent, answered, the tool's own pauses) and tool-pauses.csv to the report directory (0: none).", DefaultValueFactory = _ => 0, Recursive = true }, v => v is >= 0 and <= 100_000, "from 0 to 100000");
    private static readonly Option<string> ApiKey = new("--api-key") { Description = "X-Api-Key.", DefaultValueFactory = _ => "dev-api-key", Recursive = true };
    private static readonly Option<string> StaffKey = new("--staff-key") { Description = "X-Staff-Key (only to list the loaded plugins).", DefaultValueFactory = _ => "dev-staff-key", Recursive = true };

    /// <summary>
    /// Parses and runs: exit 0 passed, 1 thresholds broken (<see cref="RunExecutor"/>), 2 a run that could not be made or
    /// measured, and 2 for a command line that does not parse (an unknown command or option, a value that breaks its rule),
    /// so that a CI gate tells a misconfigured job from a slow system.
    /// </summary>
    public static async Task<int> InvokeAsync(string[] args, InvocationConfiguration? configuration = null)
    {
        var parsed = Build(args).Parse(args);
        var code = await parsed.InvokeAsync(configuration);
        return parsed.Errors.Count > 0 ? RunExecutor.Failed : code;
    }

    /// <summary>
    /// The command that started this run, for the report, as it can be typed again from <paramref name="directory"/>:
    /// <c>dotnet</c> and the tool's assembly when the dotnet host runs it (<c>dotnet run</c> included), else the
    /// tool's own executable; paths under the directory relative to it, and each argument quoted for a POSIX shell
    /// where it needs to be.
    /// </summary>
    internal static string Invocation(string processPath, string assemblyPath, IEnumerable<string> args, string directory)
    {
        static string Relative(string path, string directory)
        {
            var relative = Path.GetRelativePath(directory, path);
            return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
        }

        static string Quote(string arg) =>
            arg.Length > 0 && arg.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=,@%+".Contains(c))
                ? arg
                : "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

        var viaDotnet = Path.GetFileNameWithoutExtension(processPath) == "dotnet";
        var start = viaDotnet ? "dotnet " + Quote(Relative(assemblyPath, directory)) : Quote(Relative(processPath, directory));
        return string.Join(' ', [start, .. args.Select(Quote)]);
    }

    public static RootCommand Build(string[] args)
    {
        var root = new RootCommand("Open-loop load test of the platform gateway with generated Japanese marketplace traffic.")
        {
            Target, Warmup, MaxRequests, Violations, Mix, ReportDir, Label, MaxP99, MaxP999, MaxErrorRate, Timeout, Connections, Client, MaxInFlight,
            Seed, SetupScale, SetupParallelism, Precise, Plain, SlowLog, ServerPid, ApiKey, StaffKey,
        };
        var commandLine = Invocation(Environment.ProcessPath ?? "dotnet", typeof(CommandLineDefinition).Assembly.Location, args, Environment.CurrentDirectory);

        var steadyRate = Rate("--rate", "Requests per second.", 1000);
        var steadyDuration = Duration("--duration", "Measured phase length.", "60s", recursive: false, positive: true);
        var steady = new Command("steady", "Constant arrival rate.") { steadyRate, steadyDuration };
        steady.SetAction((p, ct) => Run(p, commandLine, (w, max) => Profiles.Steady(p.GetValue(steadyRate), w, Seconds(p, steadyDuration), max), ct));

        var from = Rate("--from", "Rate at the start (and during warm-up).", 200, zeroAllowed: true);
        var to = Rate("--to", "Rate at the end.", 5000);
        var rampDuration = Duration("--duration", "Measured phase length.", "120s", recursive: false, positive: true);
        var ramp = new Command("ramp", "Rate rising linearly from --from to --to over the measured phase.") { from, to, rampDuration };
        ramp.SetAction((p, ct) => Run(p, commandLine, (w, max) => Profiles.Ramp(p.GetValue(from), p.GetValue(to), w, Seconds(p, rampDuration), max), ct));

        var spikeRate = Rate("--rate", "Base rate.", 500);
        var factor = Within<double>(new("--factor") { Description = "Rate multiplier during the spike.", DefaultValueFactory = _ => 10 }, v => v > 0, "above 0");
        var spikeAt = Duration("--spike-at", "Spike start, from the start of the measured phase.", "30s", recursive: false);
        var spikeLength = Duration("--spike-length", "Spike length.", "30s", recursive: false, positive: true);
        var spikeDuration = Duration("--duration", "Measured phase length.", "90s", recursive: false, positive: true);
        var spike = new Command("spike", "Base rate with a step up to rate×factor for a while (a campaign).") { spikeRate, factor, spikeAt, spikeLength, spikeDuration };
        spike.SetAction((p, ct) => Run(p, commandLine, (w, max) => Profiles.Spike(
            p.GetValue(spikeRate), p.GetValue(factor), Seconds(p, spikeAt), Seconds(p, spikeLength), w, Seconds(p, spikeDuration), max), ct));

        var soakRate = Rate("--rate", "Requests per second.", 500);
        var soakDuration = Duration("--duration", "Measured phase length.", "10m", recursive: false, positive: true);
        var soak = new Command("soak", "A long steady run (memory growth, state growth, leaks).") { soakRate, soakDuration };
        soak.SetAction((p, ct) => Run(p, commandLine, (w, max) => Profiles.Soak(p.GetValue(soakRate), w, Seconds(p, soakDuration), max), ct));

        var selfRate = Rate("--rate", "Requests per second against the null server.", 20_000);
        var selfDuration = Duration("--duration", "Measured phase length.", "10s", recursive: false, positive: true);
        var self = new Command("self-test", "Measures the generator alone against an in-process null server (no host needed).") { selfRate, selfDuration };
        self.SetAction((p, ct) => RunExecutor.SelfTestAsync(
            uri => Options(p, uri, commandLine, Profiles.Steady(p.GetValue(selfRate), Math.Min(3, Seconds(p, Warmup)), Seconds(p, selfDuration), p.GetValue(MaxRequests))), ct));

        var nullPort = new Option<int>("--port") { Description = "Loopback port to listen on.", DefaultValueFactory = _ => 5390 };
        var nullDuration = Duration("--duration", "How long to serve before stopping.", "120s", recursive: false);
        var nullServer = new Command("null-server", "Serves canned gateway answers on 127.0.0.1 for a while: run the generator against it from another process to see the generator's own CPU (--server-pid).") { nullPort, nullDuration };
        nullServer.SetAction(async (p, ct) =>
        {
            await using var server = await SelfTest.NullServer.StartAsync(p.GetValue(nullPort));
            Console.Error.WriteLine($"null server on {server.BaseUri} (pid {Environment.ProcessId}) for {p.GetValue(nullDuration)}");
            try
            {
                await Task.Delay(p.GetValue(nullDuration), ct);
            }
            catch (OperationCanceledException)
            {
            }

            return RunExecutor.Passed;
        });

        root.Subcommands.Add(nullServer);
        root.Subcommands.Add(steady);
        root.Subcommands.Add(ramp);
        root.Subcommands.Add(spike);
        root.Subcommands.Add(soak);
        root.Subcommands.Add(self);
        return root;
    }

    private static Task<int> Run(ParseResult p, string commandLine, Func<double, long, ArrivalSchedule> schedule, CancellationToken ct)
    {
        if (!LoopbackGuard.TryValidate(p.GetValue(Target), out var target, out var error))
        {
            Console.Error.WriteLine(error);
            return Task.FromResult(RunExecutor.Failed);
        }

        ArrivalSchedule built;
        TrafficMix mix;
        try
        {
            built = schedule(Seconds(p, Warmup), p.GetValue(MaxRequests));
            mix = TrafficMix.Parse(p.GetValue(Mix)!);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(ex.Message);
            return Task.FromResult(RunExecutor.Failed);
        }

        return RunExecutor.ExecuteAsync(Options(p, target!, commandLine, built) with { Mix = mix }, ct);
    }

    private static LoadOptions Options(ParseResult p, Uri target, string commandLine, ArrivalSchedule schedule) => new()
    {
        Target = target,
        Schedule = schedule,
        ApiKey = p.GetValue(ApiKey)!,
        StaffKey = p.GetValue(StaffKey)!,
        Violations = p.GetValue(Violations),
        ReportDir = p.GetValue(ReportDir),
        Label = p.GetValue(Label),
        Seed = p.GetValue(Seed),
        Timeout = p.GetValue(Timeout),
        Connections = p.GetValue(Connections),
        Client = p.GetValue(Client),
        MaxInFlight = p.GetValue(MaxInFlight),
        SetupParallelism = p.GetValue(SetupParallelism),
        SetupScale = p.GetValue(SetupScale),
        PreciseDispatch = p.GetValue(Precise),
        Plain = p.GetValue(Plain),
        SlowLog = p.GetValue(SlowLog),
        ServerPid = p.GetValue(ServerPid),
        Thresholds = new Thresholds(p.GetValue(MaxP99), p.GetValue(MaxP999), p.GetValue(MaxErrorRate)),
        CommandLine = commandLine,
    };

    /// <summary>Adds a parse error (exit 2, nothing sent) when the option's value breaks its rule, instead of a silent clamp.</summary>
    private static Option<T> Within<T>(Option<T> option, Func<T, bool> ok, string rule)
    {
        option.Validators.Add(r =>
        {
            T value;
            try
            {
                value = r.GetValueOrDefault<T>();
            }
            catch (InvalidOperationException)
            {
                // Not a value of the option's type ("abc" for a number): the parser's own error names the option.
                return;
            }

            if (!ok(value))
            {
                r.AddError($"{option.Name}: must be {rule}, not {value}.");
            }
        });
        return option;
    }

    private static double Seconds(ParseResult p, Option<TimeSpan> option) => p.GetValue(option).TotalSeconds;

    private static Option<double> Rate(string name, string description, double fallback, bool zeroAllowed = false) => Within<double>(
        new(name) { Description = description, DefaultValueFactory = _ => fallback }, v => zeroAllowed ? v >= 0 : v > 0, zeroAllowed ? "0 or above" : "above 0");

    private static Option<TimeSpan> Duration(string name, string description, string fallback, bool recursive = true, bool positive = false) => new(name)
    {
        Description = $"{description} (500ms, 10s, 10m, 1h)",
        DefaultValueFactory = _ => DurationParser.Parse(fallback),
        CustomParser = r =>
        {
            if (DurationParser.TryParse(r.Tokens.Count == 1 ? r.Tokens[0].Value : null, out var value))
            {
                if (positive && value <= TimeSpan.Zero)
                {
                    r.AddError($"{name}: must be above 0, not {r.Tokens[0].Value}.");
                }

                return value;
            }

            r.AddError($"{name}: '{string.Join(' ', r.Tokens.Select(t => t.Value))}' is not a duration (500ms, 10s, 10m, 1h).");
            return default;
        },
        Recursive = recursive,
    };
}
