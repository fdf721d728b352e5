using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Platform.Compliance;
using Platform.Compliance.Abstractions;

namespace Platform.Checks.Scorer.Tests;

/// <summary>The plugin as the host loads it: its own folder (with ML.NET and Model/) in its own load context.</summary>
public sealed class PluginLoadingTests
{
    [Fact]
    public async Task Catalog_DeployedScorerFolder_LoadsModelAndHoldsViolation()
    {
        var plugins = Path.Combine(Path.GetTempPath(), "scorer-tests", Guid.NewGuid().ToString("N"));
        CopyDirectory(PluginFolders.Scorer(), Path.Combine(plugins, "Platform.Checks.Scorer"));
        var options = Options.Create(new ComplianceOptions { PluginsPath = plugins, WatchFileSystem = false, SettleTime = 0, DefaultTimeout = 10_000, MinimumTimeout = 10_000 });
        await using var catalog = new PluginCatalog(options, NullLogger<PluginCatalog>.Instance, TimeProvider.System);
        try
        {
            await catalog.StartAsync();
            await catalog.Ready;
            var engine = new ComplianceEngine(catalog, options, NullLogger<ComplianceEngine>.Instance);

            var status = Assert.Single(catalog.List());
            Assert.Equal("ml-scorer", status.Name);
            var verdict = await engine.EvaluateAsync(Changes.Job("まずは無料でイラストのサンプルを1枚描いてください。気に入ったら正式に依頼します。", "在宅ワーク"));

            Assert.Equal(Decision.Hold, verdict.Decision);
            Assert.Contains(verdict.EnforcedFindings, f => f.Code == "scorer." + Categories.UnpaidSample);
        }
        finally
        {
            await catalog.StopAsync();
            try
            {
                Directory.Delete(plugins, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    [Fact]
    public void ModelFiles_MissingModelFolder_Throws()
    {
        var empty = Directory.CreateTempSubdirectory("scorer-empty").FullName;
        Assert.ThrowsAny<IOException>(() => new ScorerCheck(empty));
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
