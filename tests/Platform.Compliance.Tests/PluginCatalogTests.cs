using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Platform.Compliance.Abstractions;

namespace Platform.Compliance.Tests;

[Collection(ForcedCollections.Name)]
public sealed class PluginCatalogTests
{
    private static readonly string V1 = CatalogHarness.FixtureFolder("Good-v1", "FixtureCheck");
    private static readonly string V2 = CatalogHarness.FixtureFolder("Good-v2", "FixtureCheck");

    [Fact]
    public async Task Ready_BeforeAndAfterStart_CompletesOnlyAfterFirstLoad()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");

        Assert.False(h.Catalog.Ready.IsCompleted);
        Assert.Empty(h.Catalog.List());
        await h.StartAsync();

        Assert.True(h.Catalog.Ready.IsCompletedSuccessfully);
        var status = Assert.Single(h.Catalog.List());
        Assert.Equal(("fixture", "1.0.0", CheckMode.Enforce), (status.Name, status.Version, status.Mode));
    }

    [Fact]
    public async Task StartAsync_StartupStep_ReadyAndChangesWaitForItAfterTheFirstLoad()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        var step = new GatedStep();

        // On a silo the step applies the cluster's stored deploys: until it is done, the folder's version must decide nothing.
        var start = h.Catalog.StartAsync([step]);
        await step.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("fixture", Assert.Single(h.Catalog.List()).Name);
        var early = h.EvaluateAsync("this is forbidden").AsTask();
        Assert.False(h.Catalog.Ready.IsCompleted);
        Assert.False(early.IsCompleted);

        step.Release();
        await start;

        Assert.True(h.Catalog.Ready.IsCompletedSuccessfully);
        Assert.Equal(Decision.Block, (await early).Decision);
    }

    [Fact]
    public async Task EvaluateAsync_FixtureLoaded_BlocksForbiddenText()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        await h.StartAsync();

        var verdict = await h.EvaluateAsync("this is forbidden");

        Assert.Equal(Decision.Block, verdict.Decision);
        var finding = Assert.Single(verdict.EnforcedFindings);
        Assert.Equal("fixture.v1", finding.Code);
        Assert.Equal(8, finding.Evidence[0].Start);
        Assert.Equal(Decision.Allow, (await h.EvaluateAsync("all fine")).Decision);
        Assert.Equal(2, h.Catalog.List()[0].Evaluations);
    }

    [Fact]
    public async Task EvaluateAsync_BeforeFirstLoad_WaitsForThePluginsInsteadOfAllowing()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");

        // A change that reaches a host still starting: an empty registry would allow it unchecked.
        var early = h.EvaluateAsync("this is forbidden").AsTask();
        await Task.Delay(100);
        Assert.False(early.IsCompleted);
        await h.StartAsync();

        var verdict = await early;
        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Equal("fixture.v1", Assert.Single(verdict.EnforcedFindings).Code);
    }

    [Fact]
    public async Task EvaluateAsync_PluginsNeverLoaded_FailsAfterStartupWait()
    {
        await using var h = CatalogHarness.Create(o => o.StartupWait = 200);
        h.Deploy(V1, "FixtureCheck");

        var ex = await Assert.ThrowsAsync<TimeoutException>(() => h.EvaluateAsync("this is forbidden").AsTask());

        Assert.Contains("not loaded", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, h.Catalog.List().Sum(c => c.Evaluations));
    }

    [Fact]
    public async Task StartAsync_EmptyFolder_WarnsThatEveryChangeIsAllowed()
    {
        await using var empty = CatalogHarness.Create();
        await empty.StartAsync();
        await using var loaded = CatalogHarness.Create();
        loaded.Deploy(V1, "FixtureCheck");
        await loaded.StartAsync();

        Assert.True(empty.Logged("No compliance check loaded from"));
        Assert.False(loaded.Logged("No compliance check loaded from"));
    }

    [Fact]
    public async Task EvaluateAsync_NoCheckSubscribed_AllowsWithoutRuns()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        await h.StartAsync();

        var verdict = await h.EvaluateAsync("forbidden", ChangeKind.JobPublished);

        Assert.Same(EngineVerdict.Empty, verdict);
    }

    [Fact]
    public async Task Poll_VersionTwoCopiedOverVersionOne_VersionTwoDecides()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        await h.StartAsync();
        Assert.Equal(Decision.Block, (await h.EvaluateAsync("forbidden")).Decision);

        h.Deploy(V2, "FixtureCheck");

        Assert.True(await CatalogHarness.EventuallyAsync(async () => (await h.EvaluateAsync("forbidden")).Decision == Decision.Hold));
        var run = Assert.Single((await h.EvaluateAsync("forbidden")).Runs);
        Assert.Equal(("2.0.0", "fixture.v2"), (run.Version, run.Findings[0].Code));
    }

    [Fact]
    public async Task Poll_PluginFolderRemoved_CheckIsGone()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        await h.StartAsync();

        h.Remove("FixtureCheck");

        Assert.True(await CatalogHarness.EventuallyAsync(() => Task.FromResult(h.Catalog.List().Count == 0)));
        Assert.Equal(Decision.Allow, (await h.EvaluateAsync("forbidden")).Decision);
    }

    [Fact]
    public async Task Poll_FolderRejectedForACheckNameClash_LoadsOnceThePluginHoldingTheNameIsRemoved()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        await h.StartAsync();
        // A second folder whose check has the same name: refused while the first holds the name.
        h.Deploy(CatalogHarness.FixtureFolder("Twin-v2", "TwinCheck"), "TwinCheck");
        Assert.True(await CatalogHarness.EventuallyAsync(async () => (await h.Catalog.RejectionsAsync(CancellationToken.None)).Any(r => r.PluginName == "TwinCheck")));
        var rejection = Assert.Single(await h.Catalog.RejectionsAsync(CancellationToken.None));
        Assert.Equal("check name 'fixture' is already used by plugin FixtureCheck", rejection.Reason);
        Assert.Equal(("check.name_taken", "チェック名「fixture」はプラグイン FixtureCheck がすでに使っています"), (rejection.Code, rejection.ReasonJa));

        // The clash is gone with the first folder; the second one, untouched, is now loaded and decides.
        h.Remove("FixtureCheck");

        Assert.True(await CatalogHarness.EventuallyAsync(async () => (await h.EvaluateAsync("forbidden")).Decision == Decision.Hold));
        var check = Assert.Single(h.Catalog.List());
        Assert.Equal(("TwinCheck", "2.0.0"), (check.PluginName, check.Version));
        Assert.Empty(await h.Catalog.RejectionsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task StartAsync_PluginShipsItsOwnContractCopy_LoadsAndRunsOnTheHostsContract()
    {
        // docs/plugins.md: a shipped Platform.Compliance.Abstractions.dll is not loaded; the host's copy of the contract is used.
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        var contract = typeof(IComplianceCheck).Assembly.Location;
        File.Copy(contract, Path.Combine(h.PluginsPath, "FixtureCheck", Path.GetFileName(contract)));
        await h.StartAsync();

        var check = Assert.Single(h.Catalog.List());
        Assert.Equal("fixture", check.Name);
        Assert.Same(typeof(IComplianceCheck).Assembly, h.Catalog.Registry.FindCheck("fixture")!.Instance.GetType().GetInterfaces().Single().Assembly);
        Assert.Equal(Decision.Block, (await h.EvaluateAsync("forbidden")).Decision);
    }

    [Fact]
    public async Task ReloadAsync_UnloadReplacedPluginsOn_OldLoadContextIsCollected()
    {
        await using var h = CatalogHarness.Create(o =>
        {
            o.DefaultTimeout = 1000;
            o.UnloadReplacedPlugins = true;
        });
        h.Deploy(V1, "FixtureCheck");
        await h.StartAsync();
        Assert.Equal(Decision.Block, (await h.EvaluateAsync("forbidden")).Decision);
        var oldContext = CaptureLoadContext(h.Catalog);

        h.Deploy(V2, "FixtureCheck");
        await h.Catalog.ReloadAsync(CancellationToken.None);
        Assert.Equal(Decision.Hold, (await h.EvaluateAsync("forbidden")).Decision);

        // Unloaded at a later scan, once the swap is older than any run that could still start on the old version.
        await h.ScanAndCollectUntilAsync(() => !oldContext.IsAlive, rounds: 100);

        Assert.False(oldContext.IsAlive);
    }

    [Fact]
    public async Task ReloadAsync_ByDefault_NewVersionDecidesAndTheOldOneStaysLoaded()
    {
        // The default: ordinary contexts, nothing unloaded (docs/adr/0010).
        await using var h = CatalogHarness.Create(o => o.DefaultTimeout = 100);
        h.Deploy(V1, "FixtureCheck");
        await h.StartAsync();
        Assert.Equal(Decision.Block, (await h.EvaluateAsync("forbidden")).Decision);
        var oldContext = CaptureLoadContext(h.Catalog, collectible: false);
        var oldShadow = h.Catalog.Registry.FindPlugin("FixtureCheck")!.ShadowDirectory;

        h.Deploy(V2, "FixtureCheck");
        await h.Catalog.ReloadAsync(CancellationToken.None);
        Assert.Equal(Decision.Hold, (await h.EvaluateAsync("forbidden")).Decision);
        Assert.False(LoadContextOf(h.Catalog, "fixture").IsCollectible);

        // The retired version's files go as with unloading (once its grace is over); its context is never collected.
        await h.ScanAndCollectUntilAsync(() => !Directory.Exists(oldShadow), rounds: 50);

        Assert.False(Directory.Exists(oldShadow));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.True(oldContext.IsAlive);
        Assert.True(h.Logged("FixtureCheck was replaced or removed; its version stays in memory until the process exits (1 such versions"));
        Assert.False(h.Logged("are unloaded when replaced"));
        Assert.Equal(Decision.Hold, (await h.EvaluateAsync("forbidden")).Decision);
    }

    [Fact]
    public async Task Removed_WhileARunIsStillGoing_StaysLoadedScanAfterScan()
    {
        // A load context is never unloaded under a running check: a hanging run keeps its removed version loaded for good.
        await using var h = CatalogHarness.Create(o => o.UnloadReplacedPlugins = true);
        h.Deploy(CatalogHarness.FixtureFolder("Hanging-v1", "HangingCheck"), "HangingCheck");
        await h.StartAsync();
        var unloading = 0;
        LoadContextOf(h.Catalog, "hanging").Unloading += _ => Interlocked.Increment(ref unloading);
        var shadow = h.Catalog.Registry.FindPlugin("HangingCheck")!.ShadowDirectory;
        Assert.Equal(CheckRunStatus.TimedOut, Assert.Single((await h.EvaluateAsync("x")).Runs).Status);

        h.Remove("HangingCheck");
        await h.Catalog.ReloadAsync(CancellationToken.None);
        Assert.Empty(h.Catalog.List());
        var grace = h.Options.TimeLimit(TimeSpan.FromMilliseconds(100)) * 2;
        var since = Stopwatch.StartNew();
        while (since.Elapsed < grace * 3)
        {
            await h.Catalog.ReloadAsync(CancellationToken.None);
            await Task.Delay(50);
        }

        Assert.Equal(0, Volatile.Read(ref unloading));
        Assert.True(Directory.Exists(shadow), "the shadow copy of a version still running was deleted");
    }

    [Fact]
    public async Task DisposeAsync_RunStillGoing_ItsPluginStaysLoadedAndTheIdleOnesAreUnloaded()
    {
        // No warm-up: its own run of the hanging check would be a second one in flight (PluginWarmUpTests).
        var h = CatalogHarness.Create(o =>
        {
            o.WarmUpLimit = 0;
            o.UnloadReplacedPlugins = true;
        });
        h.Deploy(V1, "FixtureCheck");
        h.Deploy(CatalogHarness.FixtureFolder("Hanging-v1", "HangingCheck"), "HangingCheck");
        await h.StartAsync();
        int idleUnloaded = 0, hangingUnloaded = 0;
        LoadContextOf(h.Catalog, "fixture").Unloading += _ => Interlocked.Increment(ref idleUnloaded);
        LoadContextOf(h.Catalog, "hanging").Unloading += _ => Interlocked.Increment(ref hangingUnloaded);
        var hanging = h.Catalog.Registry.FindCheck("hanging")!;
        Assert.Equal(CheckRunStatus.TimedOut, (await h.EvaluateAsync("x")).Runs.Single(r => r.Name == "hanging").Status);
        Assert.Equal(1, hanging.InFlight.Count);

        var disposing = Stopwatch.StartNew();
        await h.DisposeAsync();

        Assert.True(disposing.Elapsed < TimeSpan.FromSeconds(10), $"shutdown waited {disposing.Elapsed} for a run that never returns");
        Assert.Equal((1, 0), (Volatile.Read(ref idleUnloaded), Volatile.Read(ref hangingUnloaded)));
    }

    [Theory]
    [InlineData("WrongContract-v3", "built against Platform.Compliance.Abstractions 2.0.0.0", "(major versions differ)")]
    [InlineData("NewerContract-v3", "built against Platform.Compliance.Abstractions 1.9.0.0", "; update the host first")]
    public async Task ReloadAsync_ContractTheHostCannotServe_RejectedAndPreviousKeepsRunning(string variant, string builtAgainst, string why)
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        await h.StartAsync();

        h.Deploy(CatalogHarness.FixtureFolder(variant, "FixtureCheck"), "FixtureCheck");
        await h.Catalog.ReloadAsync(CancellationToken.None);

        Assert.True(h.Logged($"wrong contract: {builtAgainst}"));
        Assert.True(h.Logged(why));
        Assert.True(h.Logged("fixture@1.0.0) keeps running"));
        Assert.Equal("1.0.0", Assert.Single(h.Catalog.List()).Version);
        var verdict = await h.EvaluateAsync("forbidden");
        Assert.True(verdict.Decision == Decision.Block, string.Join("; ", verdict.Runs));
    }

    [Theory]
    [InlineData("CtorThrows-v1", "CtorThrowsCheck", "constructor of FixtureCheck.FixtureCheck threw")]
    [InlineData("NotAPlugin-v1", "NotAPlugin", "not a plugin: no class implements IComplianceCheck")]
    public async Task StartAsync_BrokenPlugin_RejectedWithReasonAndOthersDecide(string variant, string name, string reason)
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        h.Deploy(CatalogHarness.FixtureFolder(variant, name), name);

        await h.StartAsync();

        Assert.True(h.Logged(reason));
        Assert.True(h.Logged(Path.Combine(h.PluginsPath, name)));
        Assert.Equal("fixture", Assert.Single(h.Catalog.List()).Name);
        Assert.Equal(Decision.Block, (await h.EvaluateAsync("forbidden")).Decision);
    }

    [Fact]
    public async Task StartAsync_CorruptDll_RejectedAndOthersDecide()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        var corrupt = Path.Combine(h.PluginsPath, "Corrupt");
        Directory.CreateDirectory(corrupt);
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        File.WriteAllBytes(Path.Combine(corrupt, "Corrupt.dll"), bytes);

        await h.StartAsync();

        Assert.True(h.Logged("not a valid .NET assembly"));
        Assert.Single(h.Catalog.List());
        Assert.Equal(Decision.Block, (await h.EvaluateAsync("forbidden")).Decision);
    }

    [Fact]
    public async Task TrySetMode_Shadow_AppliesWithoutReloadAndSurvivesRestart()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        await h.StartAsync();
        var loadedAt = h.Catalog.List()[0].LoadedAt;

        Assert.True(await h.Catalog.TrySetModeAsync("fixture", CheckMode.Shadow, CancellationToken.None));

        var status = Assert.Single(h.Catalog.List());
        Assert.Equal((CheckMode.Shadow, loadedAt), (status.Mode, status.LoadedAt));
        await h.RestartAsync();
        Assert.Equal(CheckMode.Shadow, Assert.Single(h.Catalog.List()).Mode);
        Assert.True(File.Exists(Path.Combine(h.PluginsPath, "modes.json")));
    }

    [Fact]
    public async Task TrySetMode_UnknownCheck_ReturnsFalse()
    {
        await using var h = CatalogHarness.Create();
        await h.StartAsync();

        Assert.False(await h.Catalog.TrySetModeAsync("nope", CheckMode.Shadow, CancellationToken.None));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static AssemblyLoadContext LoadContextOf(PluginCatalog catalog, string checkName) =>
        AssemblyLoadContext.GetLoadContext(catalog.Registry.FindCheck(checkName)!.Instance.GetType().Assembly)!;

    private static WeakReference CaptureLoadContext(PluginCatalog catalog, bool collectible = true)
    {
        var check = catalog.Registry.FindCheck("fixture")!;
        var context = AssemblyLoadContext.GetLoadContext(check.Instance.GetType().Assembly)!;
        Assert.Equal(collectible, context.IsCollectible);
        return new WeakReference(context);
    }

    /// <summary>A start-up step that waits until the test releases it.</summary>
    private sealed class GatedStep : IPluginCatalogStartup
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Entered => _entered.Task;

        public void Release() => _released.TrySetResult();

        public async Task RunAsync(CancellationToken ct)
        {
            _entered.TrySetResult();
            await _released.Task.WaitAsync(ct);
        }
    }
}
