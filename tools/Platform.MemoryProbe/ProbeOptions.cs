using Platform.Tools;

namespace Platform.MemoryProbe;

/// <summary>What to create and how: counts per kind, the user pool for jobs and contracts, parallelism.</summary>
internal sealed record ProbeOptions
{
    public const string Usage = """
        Platform.MemoryProbe: one embedded silo (the real host, all plugins) filled with active grains; prints bytes per entity.

          --total N          a realistic mix of N entities: 50% users, 25% jobs, 25% contracts (overrides the three below)
          --users N          users to register (profile text, roles)
          --jobs N           jobs to post, each with 1 or 2 proposals from other users
          --contracts N      contracts to create, each escrow-funded with 3 messages
          --pool N           users registered before the baseline when --users is 0 (default 1000)
          --parallel N       entities created concurrently (default 16)
          --plugins PATH     plugins folder (default: artifacts/plugins of the repository)
          --no-plugins       run with an empty plugins folder
          --collection-age M grain collection age in minutes, longer than the run (default 240)
          --no-directory-cache  experiment: GrainDirectoryOptions.CachingStrategy = None (one silo needs no cache)
          --hold S           keep the host up S seconds after the last figure (to take a heap dump), then exit
        """;

    public int Users { get; init; }

    public int Jobs { get; init; }

    public int Contracts { get; init; }

    public int Pool { get; init; } = 1000;

    public int Parallel { get; init; } = 16;

    public string? PluginsPath { get; init; }

    public bool NoPlugins { get; init; }

    public int CollectionAgeMinutes { get; init; } = 240;

    public int HoldSeconds { get; init; }

    public bool NoDirectoryCache { get; init; }

    public bool Help { get; init; }

    public int Total => Users + Jobs + Contracts;

    /// <summary>Parses the command line; throws <see cref="ArgumentException"/> with a readable message on a bad one.</summary>
    public static ProbeOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ProbeOptions();
        var line = new CommandLine(args);
        while (line.MoveNext())
        {
            options = line.Name switch
            {
                "--total" => Mix(options, line.Count(0)),
                "--users" => options with { Users = line.Count(0) },
                "--jobs" => options with { Jobs = line.Count(0) },
                "--contracts" => options with { Contracts = line.Count(0) },
                "--pool" => options with { Pool = line.Count(2) },
                "--parallel" => options with { Parallel = line.Count(1) },
                "--plugins" => options with { PluginsPath = line.Value() },
                "--no-plugins" => options with { NoPlugins = true },
                "--collection-age" => options with { CollectionAgeMinutes = line.Count(1) },
                "--no-directory-cache" => options with { NoDirectoryCache = true },
                "--hold" => options with { HoldSeconds = line.Count(0) },
                "--help" or "-h" => options with { Help = true },
                _ => throw new ArgumentException($"Unknown option {line.Name}."),
            };
        }

        return options.Total == 0 && !options.Help ? throw new ArgumentException("Nothing to create: give --total or --users/--jobs/--contracts.") : options;
    }

    private static ProbeOptions Mix(ProbeOptions options, int total)
    {
        var users = total / 2;
        var jobs = total / 4;
        return options with { Users = users, Jobs = jobs, Contracts = total - users - jobs };
    }
}
