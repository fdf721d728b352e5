using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Platform.Compliance;
using Platform.Tools;

namespace Platform.MemoryProbe;

/// <summary>
/// The real host (<c>PlatformApp.Build</c>, through <see cref="InProcessHost"/>) in this process, embedded (in-memory storage), Kestrel on
/// 127.0.0.1 with a free port, free silo and gateway ports, the given plugins folder. The changes from a production
/// host: a grain collection age longer than the run, so no measured activation is collected, and no check quarantine.
/// </summary>
internal sealed class ProbeHost(WebApplication app) : IAsyncDisposable
{
    public IGrainFactory Grains => app.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => app.Services;

    public static async Task<ProbeHost> StartAsync(string pluginsPath, TimeSpan collectionAge, bool noDirectoryCache)
    {
        var app = await InProcessHost.StartAsync(
            "memory-probe",
            pluginsPath,
            [
                // Bulk creation on a busy machine makes some checks overrun their time limits; a quarantined check would
                // change what every later change stores (an audit entry per skipped run), so the probe never quarantines.
                "--Compliance:QuarantineAfterTimeouts", int.MaxValue.ToString(),
                "--Logging:LogLevel:Orleans", "Error",
            ],
            builder =>
            {
                builder.Services.Configure<GrainCollectionOptions>(o => o.CollectionAge = collectionAge);
                if (noDirectoryCache)
                {
                    builder.Services.Configure<GrainDirectoryOptions>(o => o.CachingStrategy = GrainDirectoryOptions.CachingStrategyType.None);
                }
            });
        return new ProbeHost(app);
    }

    /// <summary>Loaded checks, as the catalog lists them.</summary>
    public IReadOnlyList<string> Checks() =>
        app.Services.GetRequiredService<IPluginCatalog>().List().Select(c => $"{c.Name}@{c.Version} ({c.Mode})").ToArray();

    /// <summary>Per check: runs, time-outs and skips so far (time-outs and skips leave an audit entry on the entity).</summary>
    public IReadOnlyList<string> CheckCounters() =>
        app.Services.GetRequiredService<IPluginCatalog>().List()
            .Select(c => $"{c.Name}: {c.Evaluations:N0} runs, {c.Timeouts:N0} timed out, {c.Skipped:N0} skipped{(c.Quarantined ? ", QUARANTINED" : "")}")
            .ToArray();

    public GrainDirectoryOptions DirectoryCache => app.Services.GetRequiredService<IOptions<GrainDirectoryOptions>>().Value;

    public GrainCollectionOptions Collection => app.Services.GetRequiredService<IOptions<GrainCollectionOptions>>().Value;

    /// <summary>Activations per grain type on this silo.</summary>
    public async Task<IReadOnlyDictionary<string, int>> ActivationsAsync()
    {
        var stats = await Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return stats.GroupBy(s => s.GrainType).ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().WaitAsync(TimeSpan.FromMinutes(2));
        await app.DisposeAsync();
    }

}
