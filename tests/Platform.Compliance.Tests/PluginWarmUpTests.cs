using System.Diagnostics;
using Platform.Compliance.Abstractions;

namespace Platform.Compliance.Tests;

/// <summary>
/// A newly loaded version runs over a few texts before it takes traffic, so that the first changes after a start or a
/// deploy are not the ones that pay for compiling it (and run past their limits, and toward quarantine).
/// </summary>
public sealed class PluginWarmUpTests
{
    private static readonly string ColdStart = CatalogHarness.FixtureFolder("ColdStart-v1", "ColdStartCheck");

    [Fact]
    public async Task FirstChange_AfterLoad_DecidedWithinTheLimit()
    {
        await using var h = CatalogHarness.Create(o => o.WarmUpLimit = 10_000);
        h.Deploy(ColdStart, "ColdStartCheck");
        await h.StartAsync();

        var verdict = await h.EvaluateAsync("this is forbidden");

        Assert.Equal(CheckRunStatus.Ok, Assert.Single(verdict.Runs).Status);
        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.True(h.Logged("Compliance plugin ColdStartCheck warmed up:"));
        Assert.Equal(0, h.Catalog.List().Single().Timeouts);
    }

    [Fact]
    public async Task FirstChange_WarmUpOff_RunsPastTheLimit()
    {
        // What the warm-up spares: the same plugin, loaded cold, loses its first change.
        await using var h = CatalogHarness.Create(o => o.WarmUpLimit = 0);
        h.Deploy(ColdStart, "ColdStartCheck");
        await h.StartAsync();

        var first = await h.EvaluateAsync("this is forbidden");
        var second = await h.EvaluateAsync("this is forbidden");

        Assert.Equal(CheckRunStatus.TimedOut, Assert.Single(first.Runs).Status);
        Assert.Equal(CheckRunStatus.Ok, Assert.Single(second.Runs).Status);
        Assert.False(h.Logged("warmed up"));
    }

    [Fact]
    public async Task DeployPackageAsync_NewVersion_WarmedUpBeforeItTakesTraffic()
    {
        await using var h = CatalogHarness.Create(o => o.WarmUpLimit = 10_000);
        await h.StartAsync();
        using var zip = CatalogHarness.Zip(ColdStart);

        var result = await h.Catalog.DeployPackageAsync("ColdStartCheck", zip, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(CheckRunStatus.Ok, Assert.Single((await h.EvaluateAsync("forbidden")).Runs).Status);
    }

    [Fact]
    public async Task HangingWarmUp_VersionTakesTrafficAfterTheLimit_AndItsRunCountsAsInFlight()
    {
        await using var h = CatalogHarness.Create(o => o.WarmUpLimit = 300);
        h.Deploy(CatalogHarness.FixtureFolder("Hanging-v1", "HangingCheck"), "HangingCheck");
        var starting = Stopwatch.StartNew();
        await h.StartAsync();

        Assert.True(starting.Elapsed < TimeSpan.FromSeconds(10), $"the load waited {starting.Elapsed} for a warm-up that never returns");
        Assert.True(h.Logged("Compliance plugin HangingCheck was still warming up after 300 ms"));
        var hanging = h.Catalog.Registry.FindCheck("hanging")!;
        Assert.Equal((1, 1), (hanging.InFlight.Count, hanging.Overruns));
        Assert.Equal(CheckRunStatus.TimedOut, Assert.Single((await h.EvaluateAsync("x")).Runs).Status);
    }

    [Fact]
    public async Task ModeSwitch_WhileADeployWarmsUp_WaitsWithoutBlockingTheCaller_AndAGivenUpSwitchChangesNothing()
    {
        // A deploy holds the catalog's scan lock while its new version warms up (here: a warm-up that never returns, for
        // the whole 3 s limit). A mode switch sent meanwhile waited on that lock with a blocked thread, and could not be
        // given up; now it waits without one, and applies once the deploy is through.
        await using var h = CatalogHarness.Create(o => o.WarmUpLimit = 3_000);
        h.Deploy(CatalogHarness.FixtureFolder("Good-v1", "FixtureCheck"), "FixtureCheck");
        await h.StartAsync();
        using var zip = CatalogHarness.Zip(CatalogHarness.FixtureFolder("Hanging-v1", "HangingCheck"));
        var deploy = Task.Run(() => h.Catalog.DeployPackageAsync("HangingCheck", zip, CancellationToken.None));
        var shadows = Path.Combine(h.PluginsPath, ".shadow");
        Assert.True(await CatalogHarness.EventuallyAsync(() => Task.FromResult(
            Directory.Exists(shadows) && Directory.EnumerateDirectories(shadows, "HangingCheck-*").Any())), "the deploy never started loading");

        using var soon = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var givenUp = h.Catalog.TrySetModeAsync("fixture", CheckMode.Shadow, soon.Token);
        Assert.False(givenUp.IsCompleted);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => givenUp);
        Assert.Equal(CheckMode.Enforce, h.Catalog.List().Single(c => c.Name == "fixture").Mode);

        var switching = h.Catalog.TrySetModeAsync("fixture", CheckMode.Shadow, CancellationToken.None);
        var rejections = h.Catalog.RejectionsAsync(CancellationToken.None);
        Assert.False(deploy.IsCompleted, "the deploy was through before the switch was asked: nothing was waited for");
        Assert.False(switching.IsCompleted);
        Assert.False(rejections.IsCompleted);

        Assert.True((await deploy).Succeeded);
        Assert.True(await switching);
        Assert.Empty(await rejections);
        Assert.Equal(CheckMode.Shadow, h.Catalog.List().Single(c => c.Name == "fixture").Mode);
    }

    [Fact]
    public async Task ThrowingWarmUp_Logged_AndThePluginLoads()
    {
        await using var h = CatalogHarness.Create(o => o.WarmUpLimit = 10_000);
        h.Deploy(CatalogHarness.FixtureFolder("Throwing-v1", "ThrowingCheck"), "ThrowingCheck");
        await h.StartAsync();

        Assert.True(h.Logged("Compliance plugin ThrowingCheck threw while warming up (it is loaded all the same): throwing:"));
        var status = Assert.Single(h.Catalog.List());
        Assert.Equal(("throwing", false, 0), (status.Name, status.Quarantined, status.Failures));
    }

    [Fact]
    public async Task BuiltInChecks_WarmedUpOnEveryKindTheySubscribeTo()
    {
        await using var h = CatalogHarness.Create(o => o.WarmUpLimit = 60_000);
        foreach (var name in new[] { "Platform.Checks.Contact", "Platform.Checks.Content", "Platform.Checks.JobAdvice" })
        {
            h.Deploy(CatalogHarness.BuiltInFolder(name), name);
        }

        await h.StartAsync();

        // 14 texts per kind: the contact plugin's two checks and the content check run on several kinds each.
        foreach (var name in new[] { "Platform.Checks.Contact", "Platform.Checks.Content", "Platform.Checks.JobAdvice" })
        {
            var runs = h.Catalog.Registry.FindPlugin(name)!.Checks.Sum(c => c.Subscribes.Distinct().Count()) * 14;
            Assert.True(h.Logged($"Compliance plugin {name} warmed up: {runs} runs of its checks"), $"{name}: {string.Join(" | ", h.Logs)}");
        }

        Assert.All(h.Catalog.List(), s => Assert.Equal((0, 0), (s.Timeouts, s.Failures)));
    }
}
