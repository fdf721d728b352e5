using Platform.Compliance.Abstractions;

namespace Platform.Compliance.Tests;

/// <summary>
/// Each loaded plugin version runs from a private copy of its folder under <c>.shadow</c>. A replaced or removed version's
/// copy is deleted once no run needs it, without waiting for its load context to be collected: the folder holds what is
/// loaded, not every version deployed since the host started.
/// </summary>
public sealed class ShadowCopyTests
{
    private static readonly string V1 = CatalogHarness.FixtureFolder("Good-v1", "FixtureCheck");
    private static readonly string V2 = CatalogHarness.FixtureFolder("Good-v2", "FixtureCheck");

    [Fact]
    public async Task DeployPackageAsync_RedeployedSeveralTimes_ShadowFolderHoldsOnlyTheLoadedVersion()
    {
        // A retired version's copy waits twice the longest time limit for runs that could still start on it: a limit
        // short enough for the test, long enough for a first run on a busy machine.
        await using var h = CatalogHarness.Create(o => o.DefaultTimeout = 2000);
        h.Deploy(V1, "FixtureCheck");
        await h.StartAsync();
        // Held on purpose: the first version's load context cannot be collected, and its copy must go all the same.
        var first = h.Catalog.Registry.FindCheck("fixture")!.Instance;

        foreach (var (folder, decision) in new[] { (V2, Decision.Hold), (V1, Decision.Block), (V2, Decision.Hold) })
        {
            using var zip = CatalogHarness.Zip(folder);
            var result = await h.Catalog.DeployPackageAsync("FixtureCheck", zip, CancellationToken.None);
            Assert.True(result.Succeeded, result.Error);
            var verdict = await h.EvaluateAsync("forbidden");
            Assert.True(verdict.Decision == decision, string.Join("; ", verdict.Runs));
        }

        var loaded = h.Catalog.Registry.FindPlugin("FixtureCheck")!.ShadowDirectory;
        Assert.True(
            await CatalogHarness.EventuallyAsync(() => Task.FromResult(ShadowCopies(h).SequenceEqual([loaded]))),
            $"shadow copies left: {string.Join(", ", ShadowCopies(h))}; loaded: {loaded}");
        Assert.Equal(Decision.Hold, (await h.EvaluateAsync("forbidden")).Decision);
        Assert.NotNull(first.Info);
    }

    [Fact]
    public async Task PluginFolderDeleted_ShadowCopyDeletedToo()
    {
        await using var h = CatalogHarness.Create(o => o.DefaultTimeout = 2000);
        h.Deploy(V1, "FixtureCheck");
        await h.StartAsync();
        Assert.Single(ShadowCopies(h));
        var removed = h.Catalog.Registry.FindCheck("fixture")!.Instance;

        h.Remove("FixtureCheck");

        Assert.True(await CatalogHarness.EventuallyAsync(() => Task.FromResult(h.Catalog.List().Count == 0 && ShadowCopies(h).Length == 0)),
            $"shadow copies left: {string.Join(", ", ShadowCopies(h))}");
        Assert.Equal(Decision.Allow, (await h.EvaluateAsync("forbidden")).Decision);
        Assert.NotNull(removed.Info);
    }

    private static string[] ShadowCopies(CatalogHarness h)
    {
        var root = Path.Combine(h.PluginsPath, ".shadow");
        return Directory.Exists(root) ? Directory.GetDirectories(root) : [];
    }
}
