using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Platform.Compliance;
using Platform.Compliance.Abstractions;

namespace Platform.Checks.Scorer.Tests;

/// <summary>
/// A rule clearing a category for the scorer (ScorerSettings.ClearedBy, docs/adr/0009-a-rule-may-clear-a-category.md): an allow finding
/// <c>tos.ordinary_growth</c> stops the model's own external_tos hold on ordinary follower-growth work, and nothing else.
/// </summary>
public sealed class ClearedCategoryTests
{
    private static readonly Lazy<ScorerCheck> Check = new(() => new ScorerCheck(PluginFolders.Scorer()));

    // Honest account work the n-grams of "フォロワー 増やす" score as external_tos (written for this test).
    private const string Growth = "インスタのフォロワーを増やしたいです。運用代行をお願いします。";

    private static Finding Cleared(string code = "tos.ordinary_growth") =>
        new(Categories.ExternalTos, Decision.Allow, 0.7, code, "通常の運用業務");

    [Fact]
    public void Evaluate_GrowthWorkWithoutRuleFinding_HoldsAsExternalTos()
    {
        // The premise: without the rules' word the model holds it.
        Assert.Contains(Check.Value.Evaluate(Changes.Job(Growth), CancellationToken.None), f => f.Code == "scorer." + Categories.ExternalTos);
    }

    [Fact]
    public void Evaluate_RuleClearedExternalTos_NoExternalTosFinding()
    {
        var change = Changes.Job(Growth) with { Findings = [Cleared()] };

        Assert.DoesNotContain(Check.Value.Evaluate(change, CancellationToken.None), f => f.Category == Categories.ExternalTos);
    }

    [Fact]
    public void Evaluate_AllowFindingWithAnotherCode_NotHonoured()
    {
        var change = Changes.Job(Growth) with { Findings = [Cleared("someone.else")] };

        Assert.Contains(Check.Value.Evaluate(change, CancellationToken.None), f => f.Code == "scorer." + Categories.ExternalTos);
    }

    [Fact]
    public void Evaluate_ClearedCodeAsAHold_NotHonoured()
    {
        // Only an allow clears: the same code on a hold is a rule's finding like any other.
        var change = Changes.Job(Growth) with { Findings = [Cleared() with { Decision = Decision.Hold }] };

        Assert.Contains(Check.Value.Evaluate(change, CancellationToken.None), f => f.Code == "scorer." + Categories.ExternalTos);
    }

    [Fact]
    public void Evaluate_ClearedExternalTos_OtherCategoriesStillScored()
    {
        var change = Changes.Job("紹介した人がさらに紹介すると、その分も私たちの収入になります。インスタのフォロワーを増やす運用もお任せします。") with
        {
            Findings = [Cleared()],
        };

        var findings = Check.Value.Evaluate(change, CancellationToken.None);

        Assert.Contains(findings, f => f.Code == "scorer." + Categories.Mlm);
        Assert.DoesNotContain(findings, f => f.Category == Categories.ExternalTos);
    }

    [Fact]
    public void Settings_ClearedByOmittedFromScorerJson_KeepsDefault()
    {
        var folder = Directory.CreateTempSubdirectory("scorer-settings").FullName;
        File.WriteAllText(Path.Combine(folder, "scorer.json"), """{ "threshold": 0.9 }""");

        Assert.Equal(["tos.ordinary_growth"], ScorerSettings.Load(folder).ClearedBy);
        Assert.Equal(["tos.ordinary_growth"], ScorerSettings.Load(PluginFolders.Scorer()).ClearedBy);
    }

    [Theory]
    [InlineData("Instagramアカウントの運用代行。投稿企画と分析で、フォロワーを自然に増やしたい（購入やツールは使いません）", Decision.Allow)]
    [InlineData(Growth, Decision.Allow)]
    [InlineData("TikTokのフォロワーを増やしてほしい。投稿の企画と撮影をお願いします", Decision.Allow)]
    [InlineData("インスタのフォロワーを増やしたいです。運用代行と、フォロワーの購入もお願いします。", Decision.Block)]
    public async Task Engine_ContentRulesAndScorer_OrdinaryGrowthAllowedBoughtFollowersNot(string text, Decision expected)
    {
        var plugins = Path.Combine(Path.GetTempPath(), "scorer-tests", Guid.NewGuid().ToString("N"));
        foreach (var name in new[] { "Platform.Checks.Content", "Platform.Checks.Scorer" })
        {
            CopyDirectory(PluginFolders.BuiltIn(name), Path.Combine(plugins, name));
        }

        // The minimum raises the content check's own 500 ms limit: a first run late beside other test processes fails closed
        // to a hold (CI, 2026-12-06), which is not what this test reads.
        var options = Options.Create(new ComplianceOptions
        {
            PluginsPath = plugins, WatchFileSystem = false, SettleTime = 0, DefaultTimeout = 10_000, MinimumTimeout = 10_000,
        });
        await using var catalog = new PluginCatalog(options, NullLogger<PluginCatalog>.Instance, TimeProvider.System);
        try
        {
            await catalog.StartAsync();
            await catalog.Ready;
            var engine = new ComplianceEngine(catalog, options, NullLogger<ComplianceEngine>.Instance);

            var verdict = await engine.EvaluateAsync(Changes.Job(text));

            Assert.Equal(expected, verdict.Decision);
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
