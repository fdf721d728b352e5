using System.Collections.Concurrent;
using System.IO.Compression;
using Platform.Compliance.Abstractions;

namespace Platform.Compliance.Tests;

/// <summary>A catalog and engine over a temporary plugins folder, with helpers to deploy fixture plugins.</summary>
public sealed class CatalogHarness : IAsyncDisposable
{
    public static readonly string FixturesRoot = Path.Combine(AppContext.BaseDirectory, "fixtures");

    private CatalogHarness(ComplianceOptions options)
    {
        Options = options;
        Catalog = CreateCatalog();
        Engine = new ComplianceEngine(Catalog, Microsoft.Extensions.Options.Options.Create(Options), new ListLogger<ComplianceEngine>(Logs));
    }

    public ComplianceOptions Options { get; }

    public ConcurrentQueue<string> Logs { get; } = new();

    public PluginCatalog Catalog { get; private set; }

    public ComplianceEngine Engine { get; private set; }

    public string PluginsPath => Options.PluginsPath;

    public static CatalogHarness Create(Action<ComplianceOptions>? configure = null)
    {
        var options = new ComplianceOptions
        {
            PluginsPath = Path.Combine(Path.GetTempPath(), "compliance-tests", Guid.NewGuid().ToString("N")),
            PollInterval = 50,
            SettleTime = 0,
            WatchFileSystem = false,
            // Generous: hanging fixtures park pool threads for good, and a starved pool must not time out the good checks.
            DefaultTimeout = 10_000,
            // Short: a hanging fixture's warm-up never returns, and each load would wait the whole limit for it.
            WarmUpLimit = 1_000,
        };
        configure?.Invoke(options);
        Directory.CreateDirectory(options.PluginsPath);
        return new CatalogHarness(options);
    }

    public static string FixtureFolder(string variant, string assemblyName) => Path.Combine(FixturesRoot, variant, assemblyName);

    public static string ExampleFolder(string name) => Path.Combine(RepositoryRoot(), "artifacts", "example-plugins", name);

    /// <summary>A built-in check's build output (<c>artifacts/plugins</c>).</summary>
    public static string BuiltInFolder(string name) => Path.Combine(RepositoryRoot(), "artifacts", "plugins", name);

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Build.props")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }

    /// <summary>Copies a plugin folder in under the given name, by copy-then-rename as a deploy script would.</summary>
    public void Deploy(string sourceFolder, string pluginName)
    {
        var temp = Path.Combine(PluginsPath, "." + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        foreach (var file in Directory.GetFiles(sourceFolder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(temp, Path.GetRelativePath(sourceFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Remove(pluginName);
        Directory.Move(temp, Path.Combine(PluginsPath, pluginName));
    }

    public void Remove(string pluginName)
    {
        var target = Path.Combine(PluginsPath, pluginName);
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }
    }

    public Task StartAsync() => Catalog.StartAsync();

    /// <summary>Disposes the catalog and starts a new one over the same folder, as a host restart would.</summary>
    public async Task RestartAsync()
    {
        await Catalog.DisposeAsync();
        Catalog = CreateCatalog();
        Engine = new ComplianceEngine(Catalog, Microsoft.Extensions.Options.Options.Create(Options), new ListLogger<ComplianceEngine>(Logs));
        await Catalog.StartAsync();
    }

    public ValueTask<EngineVerdict> EvaluateAsync(string text, ChangeKind kind = ChangeKind.MessageSent) =>
        Engine.EvaluateAsync(Message(text, kind));

    public static StateChange Message(string text, ChangeKind kind = ChangeKind.MessageSent) => new()
    {
        EntityKind = "contract",
        EntityId = "c-1",
        ItemId = "m-1",
        Change = kind,
        TextKind = TextKind.Message,
        Text = text,
        Stage = DealStage.PreContract,
        ActorUserId = "u-worker",
        ActorRole = PartyRole.Worker,
        Worker = new PartySnapshot("u-worker", PartyRole.Worker, [], 0, "good", 0),
        Client = new PartySnapshot("u-client", PartyRole.Client, [], 0, "good", 12),
    };

    public static MemoryStream Zip(string folder)
    {
        var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.GetFiles(folder))
            {
                archive.CreateEntryFromFile(file, Path.GetFileName(file));
            }
        }

        stream.Position = 0;
        return stream;
    }

    /// <summary>Polls until the condition holds or the deadline passes (file-based reload only).</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(25);
        }

        return await condition();
    }

    /// <summary>
    /// Scans (which unload retired versions and delete their copies once their grace is over) and forces collections,
    /// 100 ms apart, until <paramref name="done"/> holds or <paramref name="rounds"/> have passed.
    /// </summary>
    public async Task ScanAndCollectUntilAsync(Func<bool> done, int rounds)
    {
        for (var i = 0; i < rounds && !done(); i++)
        {
            await Catalog.ReloadAsync(CancellationToken.None);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(100);
        }
    }

    public bool Logged(string fragment) => Logs.Any(l => l.Contains(fragment, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await Catalog.DisposeAsync();
        try
        {
            Directory.Delete(PluginsPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private PluginCatalog CreateCatalog() =>
        new(Microsoft.Extensions.Options.Options.Create(Options), new ListLogger<PluginCatalog>(Logs), TimeProvider.System);
}
