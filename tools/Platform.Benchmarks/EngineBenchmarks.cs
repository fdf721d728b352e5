using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Platform.Compliance;
using Platform.Compliance.Abstractions;

namespace Platform.Benchmarks;

/// <summary>
/// Engine overhead per state change: no plugins loaded versus the two example plugins
/// (artifacts/example-plugins/Examples.*, built by building plugins/Examples.*; or set PLATFORM_BENCH_PLUGINS).
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private static readonly StateChange CleanMessage = Message("納期は来週の金曜日でよろしいでしょうか。よろしくお願いいたします。");
    private static readonly StateChange ViolatingMessage = Message("続きはＬＩＮＥ　ＩＤで。詳細は https://example.com/form へ");
    private static readonly StateChange Unsubscribed = Message("") with { Change = ChangeKind.ContractStageChanged };

    private string _pluginsPath = "";
    private PluginCatalog? _catalog;
    private ComplianceEngine? _engine;

    [Params(false, true)]
    public bool ExamplesLoaded { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _pluginsPath = Path.Combine(Path.GetTempPath(), "platform-bench-plugins", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_pluginsPath);
        if (ExamplesLoaded)
        {
            var source = Environment.GetEnvironmentVariable("PLATFORM_BENCH_PLUGINS") ?? FindArtifactsPlugins();
            foreach (var plugin in new[] { "Examples.BannedPhrases", "Examples.NewAccountLinks" })
            {
                CopyDirectory(Path.Combine(source, plugin), Path.Combine(_pluginsPath, plugin));
            }
        }

        var options = Options.Create(new ComplianceOptions { PluginsPath = _pluginsPath, WatchFileSystem = false, PollInterval = 60_000 });
        _catalog = new PluginCatalog(options, NullLogger<PluginCatalog>.Instance, TimeProvider.System);
        _engine = new ComplianceEngine(_catalog, options, NullLogger<ComplianceEngine>.Instance);
        await _catalog.StartAsync();
        if (_catalog.List().Count != (ExamplesLoaded ? 2 : 0))
        {
            throw new InvalidOperationException($"expected the example plugins in {_pluginsPath}");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_catalog is not null)
        {
            await _catalog.DisposeAsync();
        }

        Directory.Delete(_pluginsPath, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public ValueTask<EngineVerdict> NoSubscribedCheck() => _engine!.EvaluateAsync(Unsubscribed);

    [Benchmark]
    public ValueTask<EngineVerdict> CleanMessageSent() => _engine!.EvaluateAsync(CleanMessage);

    [Benchmark]
    public ValueTask<EngineVerdict> ViolatingMessageSent() => _engine!.EvaluateAsync(ViolatingMessage);

    private static StateChange Message(string text) => new()
    {
        EntityKind = "contract",
        EntityId = "c-1",
        ItemId = "m-1",
        Change = ChangeKind.MessageSent,
        TextKind = TextKind.Message,
        Text = text,
        Stage = DealStage.PreContract,
        ActorUserId = "u-1",
        ActorRole = PartyRole.Worker,
        Worker = new PartySnapshot("u-1", PartyRole.Worker, [], 0, "good", 0),
    };

    private static string FindArtifactsPlugins()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "artifacts", "example-plugins");
            if (Directory.Exists(Path.Combine(candidate, "Examples.BannedPhrases")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("artifacts/example-plugins not found: build plugins/Examples.* first");
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }
}
