using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Platform.Compliance;
using Platform.Compliance.Abstractions;
using Platform.Tools;

namespace Platform.PluginStress;

/// <summary>The workers, the collection forcer and the progress line.</summary>
internal sealed class StressRun(StressOptions options, Action<string> print)
{
    private long _rounds;
    private long _runs;
    private long _notCompleted;

    public async Task<int> RunAsync()
    {
        var root = Repository.Root() ?? Directory.GetCurrentDirectory();
        var plugins = Path.GetFullPath(options.PluginsPath ?? Path.Combine(root, "artifacts", "plugins"));
        var corpus = Path.GetFullPath(options.CorpusPath ?? Path.Combine(root, "..", "shared", "corpus", "dev.jsonl"));
        var folders = Directory.Exists(plugins)
            ? Directory.GetDirectories(plugins).Where(d => !Path.GetFileName(d).StartsWith('.')).ToArray()
            : [];
        if (folders.Length == 0)
        {
            Console.Error.WriteLine($"No built plugins in {plugins} (build the solution first, or give --plugins).");
            return 2;
        }

        var texts = File.ReadLines(corpus)
            .Select(line => JsonDocument.Parse(line).RootElement.TryGetProperty("text", out var t) ? t.GetString() : null)
            .Where(t => !string.IsNullOrEmpty(t))
            .Select(t => t!)
            .ToArray();
        if (texts.Length == 0)
        {
            Console.Error.WriteLine($"No texts in {corpus}.");
            return 2;
        }

        print($"plugins {plugins} ({folders.Length}), {texts.Length} texts, {options.Workers} workers, " +
              $"{(options.GcEveryMs == 0 ? "no forced collections" : $"a full collection forced every {options.GcEveryMs} ms")}, {options.Seconds} s, " +
              $"{(options.KeepLoaded ? "versions kept loaded (ordinary contexts)" : "versions unloaded (collectible contexts)")}, " +
              $"runtime settings: {RuntimeSettings()}");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
        var forcer = ForceCollectionsAsync(stop.Token);
        var workers = Enumerable.Range(0, options.Workers).Select(w => Task.Run(() => WorkAsync(w, folders, texts, stop.Token))).ToArray();
        var all = Task.WhenAll(workers);
        while (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(10))) != all)
        {
            print($"{DateTime.UtcNow:HH:mm:ss} {Interlocked.Read(ref _rounds):N0} catalogs loaded and disposed, {Interlocked.Read(ref _runs):N0} check runs, " +
                  $"working set {Environment.WorkingSet / (1024 * 1024):N0} MiB");
        }

        await all;
        await forcer;
        print($"survived: {_rounds:N0} catalogs loaded and disposed, {_runs:N0} check runs ({_notCompleted:N0} not completed: time-outs or errors)");
        return 0;
    }

    private async Task ForceCollectionsAsync(CancellationToken stop)
    {
        if (options.GcEveryMs == 0)
        {
            return;
        }

        while (!stop.IsCancellationRequested)
        {
            await Task.Delay(options.GcEveryMs, CancellationToken.None);
            GC.Collect();
        }
    }

    private async Task WorkAsync(int worker, string[] plugins, string[] texts, CancellationToken stop)
    {
        var random = new Random(worker);
        while (!stop.IsCancellationRequested)
        {
            var folder = Path.Combine(Path.GetTempPath(), "platform-plugin-stress-" + Guid.NewGuid().ToString("N"));
            foreach (var plugin in plugins)
            {
                // A random subset, so the catalogs of the workers load and unload at different moments.
                if (random.Next(3) != 0)
                {
                    CopyDirectory(plugin, Path.Combine(folder, Path.GetFileName(plugin)));
                }
            }

            Directory.CreateDirectory(folder);
            var compliance = Options.Create(new ComplianceOptions
            {
                PluginsPath = folder,
                WatchFileSystem = false,
                PollInterval = 3_600_000,
                DefaultTimeout = 5000,
                MinimumTimeout = 5000,
                UnloadReplacedPlugins = !options.KeepLoaded,
            });
            var catalog = new PluginCatalog(compliance, NullLogger<PluginCatalog>.Instance, TimeProvider.System);
            try
            {
                var engine = new ComplianceEngine(catalog, compliance, NullLogger<ComplianceEngine>.Instance);
                await catalog.StartAsync(CancellationToken.None);
                await catalog.Ready;
                var sends = Enumerable.Range(0, random.Next(1, 61)).Select(i => engine.EvaluateAsync(Message(texts[random.Next(texts.Length)], i)).AsTask());
                foreach (var verdict in await Task.WhenAll(sends))
                {
                    Interlocked.Add(ref _runs, verdict.Runs.Count);
                    Interlocked.Add(ref _notCompleted, verdict.Runs.Count(r => r.Error is not null));
                }
            }
            finally
            {
                await catalog.DisposeAsync();
                TryDelete(folder);
            }

            Interlocked.Increment(ref _rounds);
        }
    }

    private static StateChange Message(string text, int i) => new()
    {
        EntityKind = "contract",
        EntityId = "c-stress",
        ItemId = "m-" + i,
        Change = ChangeKind.MessageSent,
        TextKind = TextKind.Message,
        Text = text,
        Stage = DealStage.PreContract,
        ActorUserId = "u-stress",
    };

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A shadow copy still in use; the temporary folder is left for the system to clear.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    // The runtime's DOTNET_* variables in effect (TieredPGO, gcConservative, …; not the SDK's), so that a comparison run
    // records what it changed.
    private static string RuntimeSettings()
    {
        var set = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(k => k.StartsWith("DOTNET_", StringComparison.Ordinal)
                && !k.StartsWith("DOTNET_CLI_", StringComparison.Ordinal)
                && k is not "DOTNET_NOLOGO" and not "DOTNET_ROOT" and not "DOTNET_GENERATE_ASPNET_CERTIFICATE")
            .Order(StringComparer.Ordinal)
            .Select(k => $"{k}={Environment.GetEnvironmentVariable(k)}")
            .ToArray();
        return set.Length == 0 ? "(none)" : string.Join(" ", set);
    }
}
