using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Storage;
using Platform.Compliance;
using Platform.Grains;
using Platform.Tools;

namespace Platform.RevocationBench;

/// <summary>
/// The real host (<c>PlatformApp.Build</c>, through <see cref="InProcessHost"/>) in this process: embedded, or on PostgreSQL when given a connection
/// string (then exactly as <c>PLATFORM_POSTGRES</c> configures it), Kestrel on 127.0.0.1 with a free port, free silo and
/// gateway ports, the given plugins folder. The one change from a production host: a grain collection age longer than
/// the run, so that only <c>--cold</c> deactivates what was set up.
/// </summary>
internal sealed class BenchHost(WebApplication app) : IAsyncDisposable
{
    public IGrainFactory Grains => app.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The grain storage every entity grain uses (<see cref="GrainStorage.Name"/>).</summary>
    public IGrainStorage Storage => app.Services.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Name);

    /// <param name="pluginsPath">Plugins folder.</param>
    /// <param name="connectionString">PostgreSQL connection string, or null for the embedded host.</param>
    /// <param name="storage">Replaces the embedded grain storage (the set-up host captures states with it).</param>
    public static async Task<BenchHost> StartAsync(string pluginsPath, string? connectionString, IGrainStorage? storage = null)
    {
        List<string> args =
        [
            // Storage failures are counted by the run; Orleans logs each one with its stack (thousands of lines).
            "--Logging:LogLevel:Orleans", "Critical",
        ];
        if (connectionString is not null)
        {
            args.AddRange(["--ConnectionStrings:Platform", connectionString]);
        }

        var app = await InProcessHost.StartAsync("revocation-bench", pluginsPath, args, builder =>
        {
            builder.Services.Configure<GrainCollectionOptions>(o => o.CollectionAge = TimeSpan.FromHours(4));
            if (storage is not null)
            {
                builder.Services.AddKeyedSingleton(GrainStorage.Name, storage);
            }
        });
        var host = new BenchHost(app);
        if (storage is not null && !ReferenceEquals(host.Storage, storage))
        {
            throw new InvalidOperationException("The set-up host did not take the capturing grain storage.");
        }

        return host;
    }

    /// <summary>Loaded checks, as the catalog lists them.</summary>
    public IReadOnlyList<string> Checks() =>
        app.Services.GetRequiredService<IPluginCatalog>().List().Select(c => $"{c.Name}@{c.Version}").ToArray();

    /// <summary>Deactivates every idle activation on the silo (the next call activates it again, reading its state).</summary>
    public async Task DeactivateAllAsync()
    {
        await Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().WaitAsync(TimeSpan.FromMinutes(2));
        await app.DisposeAsync();
    }

}
