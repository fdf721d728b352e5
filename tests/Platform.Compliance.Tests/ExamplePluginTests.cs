using Platform.Compliance.Abstractions;

namespace Platform.Compliance.Tests;

public sealed class ExamplePluginTests
{
    [Fact]
    public async Task BannedPhrases_FullWidthLineId_BlocksWithEvidenceInOriginalText()
    {
        await using var h = await StartWithExamplesAsync();
        const string text = "よろしくお願いします。ＬＩＮＥ　ＩＤを教えてください";

        var verdict = await h.EvaluateAsync(text);

        Assert.Equal(Decision.Block, verdict.Decision);
        var finding = Assert.Single(verdict.EnforcedFindings, f => f.Code == "contact.line");
        Assert.Equal(Categories.OffPlatformContact, finding.Category);
        Assert.Contains("LINE", finding.ReasonJa);
        var span = Assert.Single(finding.Evidence);
        Assert.Equal("ＬＩＮＥ　ＩＤ", text.Substring(span.Start, span.Length));
        Assert.Equal("ＬＩＮＥ　ＩＤ", span.Excerpt);
    }

    [Fact]
    public async Task BannedPhrases_DisclosureApproved_ContactAllowed()
    {
        await using var h = await StartWithExamplesAsync();
        var change = CatalogHarness.Message("LINE IDはこちらです") with { Disclosure = DisclosureStatus.Approved, Stage = DealStage.EscrowFunded };

        var verdict = await h.Engine.EvaluateAsync(change);

        Assert.Equal(Decision.Allow, verdict.Decision);
    }

    [Fact]
    public async Task NewAccountLinks_NewWorkerPostsTwoOutsideLinks_HoldsAndNotifiesSupport()
    {
        await using var h = await StartWithExamplesAsync();

        var verdict = await h.EvaluateAsync("詳細は https://example.com/form と www.example.net をご覧ください");

        Assert.Equal(Decision.Hold, verdict.Decision);
        var finding = Assert.Single(verdict.EnforcedFindings);
        Assert.Equal(("links.new_account", 2), (finding.Code, finding.Evidence.Count));
        Assert.Equal([EffectKind.HoldForReview, EffectKind.NotifySupport], verdict.Effects.Select(e => e.Kind));
        Assert.Equal("m-1", verdict.Effects.First().TargetId);
    }

    [Fact]
    public async Task NewAccountLinks_AllowedDomainFromConfigFile_Allows()
    {
        await using var h = await StartWithExamplesAsync();

        var verdict = await h.EvaluateAsync("案件ページ https://www.lancers.jp/work/detail/1 をご確認ください");

        Assert.Equal(Decision.Allow, verdict.Decision);
        Assert.Equal(2, verdict.Runs.Count);
    }

    private static async Task<CatalogHarness> StartWithExamplesAsync()
    {
        var h = CatalogHarness.Create();
        h.Deploy(CatalogHarness.ExampleFolder("Examples.BannedPhrases"), "Examples.BannedPhrases");
        h.Deploy(CatalogHarness.ExampleFolder("Examples.NewAccountLinks"), "Examples.NewAccountLinks");
        await h.StartAsync();
        Assert.Equal(2, h.Catalog.List().Count);
        return h;
    }
}
