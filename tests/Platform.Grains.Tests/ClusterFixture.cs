using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Storage;
using Orleans.TestingHost;
using Platform.Compliance;

namespace Platform.Grains.Tests;

/// <summary>
/// One in-process silo with in-memory storage and reminders, a fake clock, and the compliance engine loading
/// the example banned-phrases plugin from a private plugins folder.
/// </summary>
public class ClusterFixture : IAsyncLifetime
{
    private readonly string _pluginsPath;

    public ClusterFixture()
        : this("platform-grain-tests-")
    {
    }

    /// <summary>For fixtures that need a silo (and a clock) of their own.</summary>
    protected ClusterFixture(string folderPrefix) =>
        _pluginsPath = Path.Combine(Path.GetTempPath(), folderPrefix + Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(9)));

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>The silo's entity grain storage (<see cref="LiveStateStorage"/>).</summary>
    public IGrainStorage Storage => Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Name);

    public async Task InitializeAsync()
    {
        CopyDirectory(RepoPaths.BuiltPlugin("Examples.BannedPhrases"), Path.Combine(_pluginsPath, "Examples.BannedPhrases"));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Compliance:PluginsPath"] = _pluginsPath, ["Compliance:DefaultTimeout"] = "5000", ["Compliance:MinimumTimeout"] = "5000" })
            .Build();

        var builder = new InProcessTestClusterBuilder(initialSilosCount: 1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddLiveStateStorage();
            silo.UseInMemoryReminderService();
            silo.Services.AddSingleton<TimeProvider>(Clock);
            silo.Services.AddPlatformGrains();
            silo.Services.AddCompliance(configuration);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        await Cluster.Silos[0].ServiceProvider.GetRequiredService<IPluginCatalog>().Ready.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>The state object a grain keeps in the embedded store (the live object, not a copy).</summary>
    public async Task<T> LiveStateAsync<T>(string stateName, IAddressable grain)
    {
        var state = new GrainState<T>();
        await Storage.ReadStateAsync(stateName, grain.GetGrainId(), state);
        return state.RecordExists && state.State is { } live ? live : throw new InvalidOperationException($"no {stateName} state stored for {grain.GetGrainId()}");
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
            // A plugin file may still be mapped on some systems; the temp folder is cleaned by the OS.
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            throw new InvalidOperationException($"Built plugin not found at {from}; build the solution first.");
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
