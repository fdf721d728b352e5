using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Platform.Compliance;
using Platform.Host;

namespace Platform.MemoryProbe;

/// <summary>
/// The real host (<see cref="PlatformApp.Build"/>) in this process, embedded (in-memory storage), Kestrel on
/// 127.0.0.1 with a free port, free silo and gateway ports, the given plugins folder. The changes from a production
/// host: a grain collection age longer than the run, so no measured activation is collected, and no check quarantine.
/// </summary>
internal sealed class ProbeHost(WebApplication app) : IAsyncDisposable
{
    public IGrainFactory Grains => app.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => app.Services;

    public static async Task<ProbeHost> StartAsync(string pluginsPath, TimeSpan collectionAge, bool noDirectoryCache)
    {
        var app = PlatformApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Production",
            "--Orleans:SiloPort", FreePort().ToString(),
            "--Orleans:GatewayPort", FreePort().ToString(),
            "--Gateway:ApiKeys:0", "memory-probe",
            "--Gateway:StaffKeys:0", "memory-probe-staff",
            "--Compliance:PluginsPath", pluginsPath,
            // Bulk creation on a busy machine makes some checks overrun their time limits; a quarantined check would
            // change what every later change stores (an audit entry per skipped run), so the probe never quarantines.
            "--Compliance:QuarantineAfterTimeouts", int.MaxValue.ToString(),
            "--Logging:LogLevel:Default", "Warning",
            "--Logging:LogLevel:Platform.Compliance", "Error",
            "--Logging:LogLevel:Orleans", "Error",
        ], builder =>
        {
            builder.Services.Configure<GrainCollectionOptions>(o => o.CollectionAge = collectionAge);
            if (noDirectoryCache)
            {
                builder.Services.Configure<GrainDirectoryOptions>(o => o.CachingStrategy = GrainDirectoryOptions.CachingStrategyType.None);
            }
        });
        await app.StartAsync().WaitAsync(TimeSpan.FromMinutes(2));
        await app.Services.GetRequiredService<IPluginCatalog>().Ready.WaitAsync(TimeSpan.FromMinutes(2));
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
