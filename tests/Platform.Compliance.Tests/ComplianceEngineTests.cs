using Platform.Compliance.Abstractions;

namespace Platform.Compliance.Tests;

public sealed class ComplianceEngineTests
{
    private static readonly string V1 = CatalogHarness.FixtureFolder("Good-v1", "FixtureCheck");

    [Fact]
    public async Task EvaluateAsync_ThrowingCheck_FailedAndOthersDecide()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        h.Deploy(CatalogHarness.FixtureFolder("Throwing-v1", "ThrowingCheck"), "ThrowingCheck");
        await h.StartAsync();

        var verdict = await h.EvaluateAsync("forbidden");

        Assert.Equal(Decision.Block, verdict.Decision);
        var failed = Assert.Single(verdict.Runs, r => r.Name == "throwing");
        Assert.Equal(CheckRunStatus.Failed, failed.Status);
        Assert.Contains("fixture evaluation failure", failed.Error);
        Assert.Empty(failed.Findings); // fail-open: nothing to hold for
        Assert.Equal(1, h.Catalog.List().Single(s => s.Name == "throwing").Failures);
    }

    [Fact]
    public async Task EvaluateAsync_FailClosedCheckThrows_Holds()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        h.Deploy(CatalogHarness.FixtureFolder("FailClosed-v1", "FailClosedCheck"), "FailClosedCheck");
        await h.StartAsync();

        Assert.Equal(Decision.Hold, (await h.EvaluateAsync("all fine")).Decision);
        var verdict = await h.EvaluateAsync("forbidden");
        Assert.True(verdict.Decision == Decision.Block, string.Join("; ", verdict.Runs));
    }

    [Fact]
    public async Task EvaluateAsync_FailClosedCheckThrows_HoldSaysWhyAndNamesTheCheck()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(CatalogHarness.FixtureFolder("FailClosed-v1", "FailClosedCheck"), "FailClosedCheck");
        await h.StartAsync();

        var verdict = await h.EvaluateAsync("all fine");

        Assert.Equal(Decision.Hold, verdict.Decision);
        AssertUnavailable(Assert.Single(verdict.EnforcedFindings), "failclosed");
        var run = Assert.Single(verdict.Runs);
        Assert.Equal((CheckRunStatus.Failed, CheckUnavailable.Code), (run.Status, Assert.Single(run.Findings).Code));
    }

    [Fact]
    public async Task EvaluateAsync_FailClosedCheckTimesOutThenQuarantined_EachHoldSaysWhy()
    {
        await using var h = CatalogHarness.Create(o => o.QuarantineAfterTimeouts = 1);
        h.Deploy(CatalogHarness.FixtureFolder("FailClosedHanging-v1", "FailClosedHangingCheck"), "FailClosedHangingCheck");
        await h.StartAsync();

        var timedOut = await h.EvaluateAsync("x");
        var skipped = await h.EvaluateAsync("x");

        Assert.Equal(CheckRunStatus.TimedOut, Assert.Single(timedOut.Runs).Status);
        Assert.Equal(CheckRunStatus.Skipped, Assert.Single(skipped.Runs).Status);
        foreach (var verdict in new[] { timedOut, skipped })
        {
            Assert.Equal(Decision.Hold, verdict.Decision);
            AssertUnavailable(Assert.Single(verdict.EnforcedFindings), "failclosed-hanging");
        }
    }

    [Fact]
    public async Task EvaluateAsync_FailClosedCheckFailsInShadowMode_RecordedButAllowed()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(CatalogHarness.FixtureFolder("FailClosed-v1", "FailClosedCheck"), "FailClosedCheck");
        await h.StartAsync();
        await h.Catalog.TrySetModeAsync("failclosed", CheckMode.Shadow, CancellationToken.None);

        var verdict = await h.EvaluateAsync("all fine");

        Assert.Equal(Decision.Allow, verdict.Decision);
        Assert.Empty(verdict.EnforcedFindings);
        Assert.Equal(CheckUnavailable.Code, Assert.Single(Assert.Single(verdict.Runs).Findings).Code);
    }

    private static void AssertUnavailable(Finding finding, string checkName)
    {
        Assert.Equal((CheckUnavailable.Category, Decision.Hold, "check.unavailable"), (finding.Category, finding.Decision, finding.Code));
        Assert.Contains(checkName, finding.ReasonJa, StringComparison.Ordinal);
        Assert.Contains("担当者が確認するまで保留", finding.ReasonJa, StringComparison.Ordinal);
        Assert.Empty(finding.Effects);
    }

    [Fact]
    public async Task EvaluateAsync_HangingCheck_TimedOutAndOthersDecide()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        h.Deploy(CatalogHarness.FixtureFolder("Hanging-v1", "HangingCheck"), "HangingCheck");
        await h.StartAsync();

        var verdict = await h.EvaluateAsync("forbidden");

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Equal(CheckRunStatus.TimedOut, verdict.Runs.Single(r => r.Name == "hanging").Status);
        Assert.Equal(1, h.Catalog.List().Single(s => s.Name == "hanging").Timeouts);
    }

    [Fact]
    public async Task EvaluateAsync_MinimumTimeout_RaisesACheckShorterLimit()
    {
        // The hanging fixture declares a 100 ms limit; the host's minimum raises it, and the run is cut off at that.
        await using var h = CatalogHarness.Create(o => o.MinimumTimeout = 1500);
        h.Deploy(CatalogHarness.FixtureFolder("Hanging-v1", "HangingCheck"), "HangingCheck");
        await h.StartAsync();

        var run = Assert.Single((await h.EvaluateAsync("x")).Runs);

        Assert.Equal(CheckRunStatus.TimedOut, run.Status);
        Assert.Equal("ran past its 1500 ms limit", run.Error);
    }

    [Fact]
    public async Task EvaluateAsync_HangingCheckTimesOutRepeatedly_QuarantinedUntilReload()
    {
        await using var h = CatalogHarness.Create(o => o.QuarantineAfterTimeouts = 2);
        h.Deploy(CatalogHarness.FixtureFolder("Hanging-v1", "HangingCheck"), "HangingCheck");
        await h.StartAsync();

        await h.EvaluateAsync("x");
        await h.EvaluateAsync("x");
        var skipped = Assert.Single((await h.EvaluateAsync("x")).Runs);

        Assert.Equal(CheckRunStatus.Skipped, skipped.Status);
        Assert.True(h.Logged("quarantined after 2 consecutive time-outs"));
        Assert.True(Assert.Single(h.Catalog.List()).Quarantined);
        await h.Catalog.ReloadAsync(CancellationToken.None);
        Assert.False(Assert.Single(h.Catalog.List()).Quarantined);
    }

    [Fact]
    public async Task EvaluateAsync_ShadowMode_RecordedButNotEnforced()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        await h.StartAsync();
        await h.Catalog.TrySetModeAsync("fixture", CheckMode.Shadow, CancellationToken.None);

        var verdict = await h.EvaluateAsync("forbidden");

        Assert.Equal(Decision.Allow, verdict.Decision);
        var run = Assert.Single(verdict.Runs);
        Assert.Equal((CheckMode.Shadow, CheckRunStatus.Ok, "fixture.v1"), (run.Mode, run.Status, run.Findings[0].Code));
        Assert.Empty(verdict.EnforcedFindings);
        Assert.Equal(1, h.Catalog.List()[0].FindingsByDecision[Decision.Block]);
    }

    [Fact]
    public async Task EvaluateAsync_CheckThatReadsFindings_RunsAfterTheOthersAndSeesTheirFindings()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        // A plugin whose name sorts before FixtureCheck's: it still runs after the check whose findings it reads.
        h.Deploy(CatalogHarness.FixtureFolder("Reader-v1", "EarlyReaderCheck"), "EarlyReaderCheck");
        await h.StartAsync();

        var violating = await h.EvaluateAsync("forbidden");
        var clean = await h.EvaluateAsync("all fine");

        Assert.Equal(["fixture", "reader"], violating.Runs.Select(r => r.Name));
        Assert.Equal("reader.saw:fixture.v1", Assert.Single(violating.Runs[1].Findings).Code);
        Assert.Equal(Decision.Block, violating.Decision);
        Assert.Equal("reader.saw:", Assert.Single(clean.Runs[1].Findings).Code);
    }

    [Fact]
    public async Task EvaluateAsync_CheckThatReadsFindings_NotShownShadowFindings()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        h.Deploy(CatalogHarness.FixtureFolder("Reader-v1", "EarlyReaderCheck"), "EarlyReaderCheck");
        await h.StartAsync();
        await h.Catalog.TrySetModeAsync("fixture", CheckMode.Shadow, CancellationToken.None);

        var verdict = await h.EvaluateAsync("forbidden");

        Assert.Equal("fixture.v1", verdict.Runs.Single(r => r.Name == "fixture").Findings[0].Code);
        Assert.Equal("reader.saw:", Assert.Single(verdict.Runs.Single(r => r.Name == "reader").Findings).Code);
    }

    [Fact]
    public async Task EvaluateAsync_ReaderDoubtsABlock_HeldForReviewInstead()
    {
        await using var h = await WithDoubterAsync("Doubter-v1");

        var doubted = await h.EvaluateAsync("forbidden, doubt it");
        var sure = await h.EvaluateAsync("forbidden");

        Assert.Equal(Decision.Hold, doubted.Decision);
        Assert.Equal(Decision.Hold, doubted.Runs.Single(r => r.Name == "fixture").Findings[0].Decision);
        Assert.True(Assert.Single(doubted.Runs.Single(r => r.Name == "doubter").Findings).Doubts);
        Assert.Equal(Decision.Block, sure.Decision);
    }

    [Theory]
    [InlineData("Doubter-v1", true)] // a reader, but in shadow mode
    [InlineData("Doubter-v2", false)] // in enforce mode, but it does not read findings
    public async Task EvaluateAsync_DoubtFromAShadowOrANonReader_BlockStands(string variant, bool shadow)
    {
        await using var h = await WithDoubterAsync(variant);
        if (shadow)
        {
            await h.Catalog.TrySetModeAsync("doubter", CheckMode.Shadow, CancellationToken.None);
        }

        var verdict = await h.EvaluateAsync("forbidden, doubt it");

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Equal(Decision.Block, verdict.Runs.Single(r => r.Name == "fixture").Findings[0].Decision);
    }

    private static async Task<CatalogHarness> WithDoubterAsync(string variant)
    {
        var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        h.Deploy(CatalogHarness.FixtureFolder(variant, "DoubterCheck"), "DoubterCheck");
        await h.StartAsync();
        return h;
    }

    [Fact]
    public async Task EvaluateAsync_CallerCancelled_Throws()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        await h.StartAsync();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await h.Engine.EvaluateAsync(CatalogHarness.Message("x"), cts.Token));
    }
}
