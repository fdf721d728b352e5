using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using Platform.Compliance;

namespace Platform.Grains.Tests;

/// <summary>
/// A silo of its own for the trust-workflow tests: they move the fake clock forward by days (deadlines, nudges),
/// which must not disturb the other grain tests. Loads the example banned-phrases plugin.
/// </summary>
public sealed class TrustClusterFixture : IAsyncLifetime
{
    private readonly string _pluginsPath = Path.Combine(Path.GetTempPath(), "platform-trust-tests-" + Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(9)));

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var from = RepoPaths.BuiltPlugin("Examples.BannedPhrases");
        var to = Path.Combine(_pluginsPath, "Examples.BannedPhrases");
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Compliance:PluginsPath"] = _pluginsPath, ["Compliance:DefaultTimeout"] = "5000" })
            .Build();
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(GrainStorage.Name);
            silo.UseInMemoryReminderService();
            silo.Services.AddSingleton<TimeProvider>(Clock);
            silo.Services.AddPlatformGrains();
            silo.Services.AddCompliance(configuration);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        await Cluster.Silos[0].ServiceProvider.GetRequiredService<IPluginCatalog>().Ready.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        try
        {
            Directory.Delete(_pluginsPath, recursive: true);
        }
        catch (IOException)
        {
            // A plugin file may still be mapped; the OS cleans the temp folder.
        }
    }
}
