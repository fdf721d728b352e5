using Platform.Compliance.Abstractions;

namespace Platform.Compliance.Tests;

/// <summary>
/// What the compliance team sees when operating plugins: a package that cannot run is refused, a removal takes only the
/// plugin named, a deploy leaves the others (and their quarantine) alone, a folder that was rejected is listed with why,
/// and a run past its limit never decides, however late the timer fires.
/// </summary>
public sealed class PluginOperationsTests
{
    private const string Contact = "Platform.Checks.Contact";
    private static readonly string V1 = CatalogHarness.FixtureFolder("Good-v1", "FixtureCheck");

    [Fact]
    public async Task DeployPackageAsync_DependencyMissingFromThePackage_RejectedAndRunningVersionStays()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(CatalogHarness.BuiltInFolder(Contact), Contact);
        await h.StartAsync();
        using var zip = ZipWithout(CatalogHarness.BuiltInFolder(Contact), "Platform.Checks.Text.dll");

        var result = await h.Catalog.DeployPackageAsync(Contact, zip, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("missing dependency", result.Error);
        Assert.Contains("Platform.Checks.Text", result.Error);
        Assert.True(File.Exists(Path.Combine(h.PluginsPath, Contact, "Platform.Checks.Text.dll")));
        var verdict = await h.EvaluateAsync("続きはLINEで。IDはsato_design88です");
        Assert.Equal(CheckRunStatus.Ok, verdict.Runs.Single(r => r.Name == "contact-details").Status);
        Assert.NotEqual(Decision.Allow, verdict.Decision);
    }

    [Fact]
    public async Task StartAsync_FolderMissingADependency_NotLoadedAndListedAsRejectedWithTheReason()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(CatalogHarness.BuiltInFolder(Contact), Contact);
        File.Delete(Path.Combine(h.PluginsPath, Contact, "Platform.Checks.Text.dll"));
        h.Deploy(CatalogHarness.FixtureFolder("WrongContract-v3", "FixtureCheck"), "FixtureCheck");
        await h.StartAsync();

        Assert.Empty(h.Catalog.List());
        var rejected = await h.Catalog.RejectionsAsync(CancellationToken.None);
        Assert.Equal(["FixtureCheck", Contact], rejected.Select(r => r.PluginName));
        Assert.Contains("wrong contract", rejected[0].Reason);
        Assert.Contains("missing dependency", rejected[1].Reason);
        Assert.Empty(rejected[0].StillRunning);

        h.Remove("FixtureCheck");
        await h.Catalog.ReloadAsync(CancellationToken.None);
        Assert.Equal([Contact], (await h.Catalog.RejectionsAsync(CancellationToken.None)).Select(r => r.PluginName));
    }

    [Fact]
    public async Task DeployPackageAsync_AnotherPluginQuarantined_StaysQuarantinedWithItsCounters()
    {
        await using var h = CatalogHarness.Create(o => o.QuarantineAfterTimeouts = 1);
        h.Deploy(CatalogHarness.FixtureFolder("Hanging-v1", "HangingCheck"), "HangingCheck");
        await h.StartAsync();
        await h.EvaluateAsync("x");
        Assert.True(Assert.Single(h.Catalog.List()).Quarantined);
        using var zip = CatalogHarness.Zip(V1);

        var result = await h.Catalog.DeployPackageAsync("FixtureCheck", zip, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        var hanging = h.Catalog.List().Single(c => c.Name == "hanging");
        Assert.True(hanging.Quarantined);
        Assert.Equal(1, hanging.Timeouts);
        Assert.Equal(CheckRunStatus.Skipped, (await h.EvaluateAsync("forbidden")).Runs.Single(r => r.Name == "hanging").Status);
    }

    [Fact]
    public async Task RemoveAsync_DeployedPlugin_ItsChecksGoAndTheOthersStay()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(CatalogHarness.FixtureFolder("Throwing-v1", "ThrowingCheck"), "ThrowingCheck");
        await h.StartAsync();
        using var zip = CatalogHarness.Zip(V1);
        Assert.True((await h.Catalog.DeployPackageAsync("FixtureCheck", zip, CancellationToken.None)).Succeeded);

        Assert.True(await h.Catalog.RemoveAsync("FixtureCheck", CancellationToken.None));

        Assert.Equal(["throwing"], h.Catalog.List().Select(c => c.Name));
        Assert.False(Directory.Exists(Path.Combine(h.PluginsPath, "FixtureCheck")));
        Assert.Equal(Decision.Allow, (await h.EvaluateAsync("forbidden")).Decision);
        Assert.False(await h.Catalog.RemoveAsync("FixtureCheck", CancellationToken.None));
    }

    [Fact]
    public async Task EvaluateAsync_RunReturnsPastItsLimitBeforeTheTimerFires_TimedOutAndItsBlockAbandoned()
    {
        // Under load the timer that cuts a run off can fire after the run has returned; here it never fires at all.
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        h.Deploy(CatalogHarness.FixtureFolder("Slow-v1", "SlowCheck"), "SlowCheck");
        await h.StartAsync();
        var engine = new ComplianceEngine(h.Catalog, Microsoft.Extensions.Options.Options.Create(h.Options), new ListLogger<ComplianceEngine>(h.Logs), new LateTimers());

        var verdict = await engine.EvaluateAsync(CatalogHarness.Message("nothing wrong here"));

        var slow = verdict.Runs.Single(r => r.Name == "slow");
        Assert.Equal(CheckRunStatus.TimedOut, slow.Status);
        Assert.Empty(slow.Findings);
        Assert.True(slow.ElapsedMs >= 300, $"{slow.ElapsedMs} ms");
        Assert.Equal(Decision.Allow, verdict.Decision);
        var status = h.Catalog.List().Single(c => c.Name == "slow");
        Assert.Equal((1, 0L), (status.Timeouts, status.FindingsByDecision[Decision.Block]));
    }

    [Fact]
    public async Task EvaluateAsync_CheckFailsOnEveryRun_QuarantinedAfterTheConfiguredCountAndSaysWhy()
    {
        await using var h = CatalogHarness.Create(o => o.QuarantineAfterFailures = 3);
        h.Deploy(CatalogHarness.FixtureFolder("Throwing-v1", "ThrowingCheck"), "ThrowingCheck");
        await h.StartAsync();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(CheckRunStatus.Failed, Assert.Single((await h.EvaluateAsync("x")).Runs).Status);
        }

        var skipped = Assert.Single((await h.EvaluateAsync("x")).Runs);
        Assert.Equal(CheckRunStatus.Skipped, skipped.Status);
        Assert.StartsWith("quarantined after 3 consecutive failures", skipped.Error);
        var status = Assert.Single(h.Catalog.List());
        Assert.True(status.Quarantined);
        Assert.Contains("fixture evaluation failure", status.QuarantineReason);
        Assert.Contains("fixture evaluation failure", status.LastError);
        Assert.True(h.Logged("quarantined after 3 consecutive failures"));
    }

    private static MemoryStream ZipWithout(string folder, string left)
    {
        var copy = Directory.CreateTempSubdirectory("zip-without-");
        try
        {
            foreach (var file in Directory.GetFiles(folder).Where(f => Path.GetFileName(f) != left))
            {
                File.Copy(file, Path.Combine(copy.FullName, Path.GetFileName(file)));
            }

            return CatalogHarness.Zip(copy.FullName);
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    /// <summary>Time as the system tells it, but timers that never fire: a thread pool too busy to run them.</summary>
    private sealed class LateTimers : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new NeverTimer();

        private sealed class NeverTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
