using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Compliance.Abstractions;

namespace Platform.Compliance.Tests;

public sealed class ComplianceServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddCompliance_HostStarts_LoadsPluginsAfterStartAndEngineDecides()
    {
        var plugins = Path.Combine(Path.GetTempPath(), "compliance-tests", Guid.NewGuid().ToString("N"));
        var source = CatalogHarness.FixtureFolder("Good-v1", "FixtureCheck");
        Directory.CreateDirectory(Path.Combine(plugins, "FixtureCheck"));
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(plugins, "FixtureCheck", Path.GetFileName(file)));
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Compliance:PluginsPath"] = plugins,
            ["Compliance:DefaultTimeout"] = "5000", // generous: this test is about loading, not time limits (CI machines are busy)
            ["Compliance:PollInterval"] = "500",
        });
        builder.Services.AddCompliance(builder.Configuration);
        using var host = builder.Build();
        var catalog = host.Services.GetRequiredService<IPluginCatalog>();
        var engine = host.Services.GetRequiredService<IComplianceEngine>();

        Assert.False(catalog.Ready.IsCompleted);
        await host.StartAsync();
        await catalog.Ready.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("fixture", Assert.Single(catalog.List()).Name);
        Assert.Equal(Decision.Block, (await engine.EvaluateAsync(CatalogHarness.Message("forbidden"))).Decision);
        await host.StopAsync();
        Directory.Delete(plugins, recursive: true);
    }

    [Fact]
    public async Task AddCompliance_PluginsFolderMissingAndTimeoutNegative_StartRefusedNamingBoth()
    {
        var missing = Path.Combine(Path.GetTempPath(), "compliance-tests", Guid.NewGuid().ToString("N"));
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Compliance:PluginsPath"] = missing,
            ["Compliance:DefaultTimeout"] = "-5",
        });
        builder.Services.AddCompliance(builder.Configuration);
        using var host = builder.Build();

        var refused = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => host.StartAsync());

        Assert.Contains($"Compliance:PluginsPath: there is no folder {missing}", refused.Message);
        Assert.Contains("Compliance:DefaultTimeout must be above 0 (ms), not -5", refused.Message);
        Assert.False(Directory.Exists(missing));
    }
}
