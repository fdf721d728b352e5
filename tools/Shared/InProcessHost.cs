using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Platform.Compliance;
using Platform.Host;

namespace Platform.Tools;

/// <summary>
/// What the measuring tools share to run the real host (<see cref="PlatformApp.Build"/>) in their own process:
/// Production settings, Kestrel on 127.0.0.1 with a free port, free silo and gateway ports, the tool's own API keys,
/// a plugins folder, warnings only; and where that plugins folder is. Linked into each tool's project.
/// </summary>
internal static class InProcessHost
{
    /// <summary>Starts the host and waits until its plugins are loaded.</summary>
    /// <param name="tool">The tool's name, used for its API keys.</param>
    /// <param name="pluginsPath">Plugins folder.</param>
    /// <param name="extraArgs">More configuration, as command-line pairs.</param>
    /// <param name="configure">Service changes from a production host.</param>
    public static async Task<WebApplication> StartAsync(string tool, string pluginsPath, IEnumerable<string> extraArgs, Action<WebApplicationBuilder> configure)
    {
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Production",
            "--Orleans:SiloPort", FreePort().ToString(),
            "--Orleans:GatewayPort", FreePort().ToString(),
            "--Gateway:ApiKeys:0", tool,
            "--Gateway:StaffKeys:0", $"{tool}-staff",
            "--Compliance:PluginsPath", pluginsPath,
            "--Logging:LogLevel:Default", "Warning",
            "--Logging:LogLevel:Platform.Compliance", "Error",
            .. extraArgs,
        ];
        var app = PlatformApp.Build(args, configure);
        await app.StartAsync().WaitAsync(TimeSpan.FromMinutes(2));
        await app.Services.GetRequiredService<IPluginCatalog>().Ready.WaitAsync(TimeSpan.FromMinutes(2));
        return app;
    }

    /// <summary>An empty folder (<paramref name="noPlugins"/>), the given one, else the repository's artifacts/plugins.</summary>
    public static string PluginsPath(string tool, bool noPlugins, string? given)
    {
        if (noPlugins)
        {
            var empty = Path.Combine(Path.GetTempPath(), $"{tool}-no-plugins-{Environment.ProcessId}");
            Directory.CreateDirectory(empty);
            return empty;
        }

        if (given is not null)
        {
            return Path.GetFullPath(given);
        }

        return Repository.Root() is { } root
            ? Path.Combine(root, "artifacts", "plugins")
            : throw new InvalidOperationException("Cannot find the repository's artifacts/plugins; give --plugins PATH.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
