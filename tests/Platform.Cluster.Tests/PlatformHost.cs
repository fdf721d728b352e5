using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host;

namespace Platform.Cluster.Tests;

/// <summary>
/// One production-mode host (silo + HTTP gateway) built with <see cref="PlatformApp.Build"/> on PostgreSQL,
/// listening on 127.0.0.1 with free HTTP, silo and gateway ports, and an empty plugins directory.
/// </summary>
public sealed class PlatformHost : IAsyncDisposable
{
    public const string ApiKey = "k";
    public const string StaffKey = "s";

    private readonly WebApplication _app;
    private readonly string _pluginsPath;
    private bool _stopped;

    private PlatformHost(WebApplication app, string pluginsPath, int siloPort)
    {
        _app = app;
        _pluginsPath = pluginsPath;
        SiloPort = siloPort;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public int SiloPort { get; }

    public IServiceProvider Services => _app.Services;

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The silo's address as membership lists it.</summary>
    public SiloAddress SiloAddress => _app.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;

    /// <summary>Builds and starts a host on the database named by <paramref name="connectionString"/>.</summary>
    public static async Task<PlatformHost> StartAsync(string connectionString, Action<WebApplicationBuilder>? configure = null)
    {
        var pluginsPath = Path.Combine(Path.GetTempPath(), "platform-cluster-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(pluginsPath);
        var siloPort = FreePort();
        var app = PlatformApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Production",
            "--ConnectionStrings:Platform", connectionString,
            "--Orleans:SiloPort", siloPort.ToString(),
            "--Orleans:GatewayPort", FreePort().ToString(),
            "--Gateway:ApiKeys:0", ApiKey,
            "--Gateway:StaffKeys:0", StaffKey,
            "--Compliance:PluginsPath", pluginsPath,
            "--Logging:LogLevel:Default", "Warning",
            "--Logging:LogLevel:Orleans", "Error",
            "--Logging:LogLevel:Platform.Gateway", "Error",
        ], configure);
        var host = new PlatformHost(app, pluginsPath, siloPort);
        try
        {
            await app.StartAsync().WaitAsync(TimeSpan.FromSeconds(90));
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            host.BaseAddress = new Uri(address);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>The repository's root (where <c>artifacts/</c> holds the built plugins).</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "src")) && Directory.Exists(Path.Combine(dir.FullName, "plugins")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    /// <summary>A front-end client: the API key and, when given, the acting user.</summary>
    public HttpClient Client(string? userId = null, TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        if (userId is not null)
        {
            client.DefaultRequestHeaders.Add("X-User-Id", userId);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>The support team's client (staff key).</summary>
    public HttpClient Staff()
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Staff-Key", StaffKey);
        return client;
    }

    /// <summary>Graceful shutdown: the silo hands its activations off and marks itself dead in membership.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _app.StopAsync().WaitAsync(TimeSpan.FromSeconds(60));
        }
    }

    /// <summary>
    /// Ungraceful shutdown, as Orleans' own test cluster "kills" an in-process silo: the host is stopped with an
    /// already-cancelled token, so the silo skips the graceful phase (no deactivation, no hand-off of grains or
    /// directory partitions); then Kestrel and the silo's sockets are torn down by disposal.
    /// </summary>
    public async Task KillAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            try
            {
                await _app.StopAsync(new CancellationToken(canceled: true)).WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (OperationCanceledException)
            {
                // Expected: the stop was cancelled before it began.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_stopped)
            {
                await StopAsync();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException or OrleansException)
        {
            // A host that cannot stop cleanly (e.g. its database is gone) is still disposed below.
        }
        finally
        {
            await _app.DisposeAsync();
            TryDelete(_pluginsPath);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
