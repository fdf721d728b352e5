using Platform.Tools;

namespace Platform.PluginStress;

/// <summary>How long, on how many threads, how often to force a collection, and which plugins and texts.</summary>
internal sealed record StressOptions
{
    public const string Usage = """
        Platform.PluginStress: each worker in turn copies the plugins into a new folder, starts a plugin catalog on it
        (every plugin loads into its own collectible context, or with --keep-loaded an ordinary one), sends 1-60
        messages from the corpus through the engine, and disposes the catalog (collectible contexts unload). Meanwhile
        a full collection is forced every few milliseconds. Exits 0 when the time is over; a runtime crash ends the
        process (exit 134 or 139).

          --seconds N        how long to run (default 600)
          --workers N        catalogs loading and running at once (default 4)
          --gc-every MS      force a full collection every MS milliseconds; 0 for none (default 50)
          --keep-loaded      load into ordinary contexts and unload nothing (Compliance:UnloadReplacedPlugins
                             false): every version stays in memory, so the process grows with each catalog
          --plugins PATH     built plugins (default: artifacts/plugins of the repository)
          --corpus FILE      texts to send, one JSON object with "text" per line (default: ../shared/corpus/dev.jsonl)
        """;

    public int Seconds { get; init; } = 600;

    public int Workers { get; init; } = 4;

    public int GcEveryMs { get; init; } = 50;

    public bool KeepLoaded { get; init; }

    public string? PluginsPath { get; init; }

    public string? CorpusPath { get; init; }

    public bool Help { get; init; }

    /// <summary>Parses the command line; throws <see cref="ArgumentException"/> with a readable message on a bad one.</summary>
    public static StressOptions Parse(IReadOnlyList<string> args)
    {
        var options = new StressOptions();
        var line = new CommandLine(args);
        while (line.MoveNext())
        {
            options = line.Name switch
            {
                "--seconds" => options with { Seconds = line.Count(1) },
                "--workers" => options with { Workers = line.Count(1) },
                "--gc-every" => options with { GcEveryMs = line.Count(0) },
                "--keep-loaded" => options with { KeepLoaded = true },
                "--plugins" => options with { PluginsPath = line.Value() },
                "--corpus" => options with { CorpusPath = line.Value() },
                "--help" or "-h" => options with { Help = true },
                _ => throw new ArgumentException($"Unknown option {line.Name}."),
            };
        }

        return options;
    }
}
