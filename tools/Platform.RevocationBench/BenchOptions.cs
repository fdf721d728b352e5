using Platform.Tools;

namespace Platform.RevocationBench;

/// <summary>What to set up and how to run it: contracts per client, workers, repetitions, storage.</summary>
internal sealed record BenchOptions
{
    public const string Usage = """
        Platform.RevocationBench: the real host (PlatformApp.Build) in this process; per repetition a new client with
        N approved contact disclosures spread over W workers is flagged, and FlagAsync is timed until it returns
        (every approval revoked). Afterwards every contract is checked revoked and every worker's notices counted.

          --contracts N      approved contracts per client (default 10000)
          --workers N        workers the contracts are spread over (default 50)
          --repeat N         repetitions, each with its own client, workers and contracts (default 5)
          --postgres         grain storage in a private PostgreSQL on 127.0.0.1 (started and deleted by the tool)
          --durable          with --postgres: fsync=on, synchronous_commit=on (default: the test fixture's fsync=off)
          --pool N           with --postgres: Max Pool Size of the connection string (default 100, Npgsql's default)
          --npgsql SETTINGS  with --postgres: more connection-string settings, e.g. "Max Auto Prepare=20"
          --cold             deactivate every grain before each flag (the flag activates them again)
          --parallel N       set-up calls in flight (default 64)
          --plugins PATH     plugins folder (default: artifacts/plugins of the repository)
          --no-plugins       run with an empty plugins folder
          --windows          print each flag's start and end on CLOCK_MONOTONIC in seconds (for `perf script --time`)
        """;

    public int Contracts { get; init; } = 10_000;

    public int Workers { get; init; } = 50;

    public int Repeat { get; init; } = 5;

    public bool Postgres { get; init; }

    public bool Durable { get; init; }

    public bool Cold { get; init; }

    public int Pool { get; init; } = 100;

    public string? Npgsql { get; init; }

    public int Parallel { get; init; } = 64;

    public string? PluginsPath { get; init; }

    public bool NoPlugins { get; init; }

    public bool Windows { get; init; }

    public bool Help { get; init; }

    /// <summary>Parses the command line; throws <see cref="ArgumentException"/> with a readable message on a bad one.</summary>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        var line = new CommandLine(args);
        while (line.MoveNext())
        {
            options = line.Name switch
            {
                "--contracts" => options with { Contracts = line.Count(1) },
                "--workers" => options with { Workers = line.Count(1) },
                "--repeat" => options with { Repeat = line.Count(1) },
                "--postgres" => options with { Postgres = true },
                "--durable" => options with { Durable = true },
                "--pool" => options with { Pool = line.Count(1) },
                "--npgsql" => options with { Npgsql = line.Value() },
                "--cold" => options with { Cold = true },
                "--parallel" => options with { Parallel = line.Count(1) },
                "--plugins" => options with { PluginsPath = line.Value() },
                "--no-plugins" => options with { NoPlugins = true },
                "--windows" => options with { Windows = true },
                "--help" or "-h" => options with { Help = true },
                _ => throw new ArgumentException($"Unknown option {line.Name}."),
            };
        }

        if (options.Durable && !options.Postgres)
        {
            throw new ArgumentException("--durable needs --postgres.");
        }

        return options.Workers > options.Contracts ? throw new ArgumentException("--workers must not exceed --contracts.") : options;
    }
}
