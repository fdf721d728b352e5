using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Platform.Host;

namespace Platform.Gateway.Tests;

/// <summary>What the test hosts share: free loopback ports and plugin folders copied from the build output.</summary>
internal static class TestHosts
{
    /// <summary>
    /// <see cref="PlatformApp.Build"/>, tried again when Orleans' assembly scan meets a plugin assembly that another test's
    /// host is unloading at that moment. Orleans reads the custom attributes of every assembly in the process while the
    /// silo is configured; an assembly of a collectible load context that is being collected then throws a
    /// NullReferenceException from <c>CustomAttribute.IsDefined</c>, or the test process crashes outright (CI, 2026-12-05).
    /// Only a test process builds hosts while others in it unload plugins (the host builds one silo, before it loads any
    /// plugin), so the guards live here: the test classes run one at a time (xunit.runner.json), the plugin contexts of
    /// hosts already stopped are collected before each build, and the build is tried again on that exception.
    /// </summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return PlatformApp.Build(args, configure);
            }
            catch (NullReferenceException e) when (attempt < 5 && e.StackTrace?.Contains("ReferencedAssemblyProvider") == true)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
        }
    }

    /// <summary>
    /// What every production-mode test host is started with: Kestrel on a free loopback port, the silo on free ports, the
    /// test keys, the plugins folder and quiet logs. Callers add their own settings after these.
    /// </summary>
    public static string[] ProductionArgs(string pluginsPath) =>
    [
        "--urls", "http://127.0.0.1:0",
        "--environment", "Production",
        "--Orleans:SiloPort", FreePort().ToString(),
        "--Orleans:GatewayPort", FreePort().ToString(),
        "--Gateway:ApiKeys:0", HostFixture.ApiKey,
        "--Gateway:StaffKeys:0", HostFixture.StaffKey,
        "--Compliance:PluginsPath", pluginsPath,
        "--Logging:LogLevel:Default", "Warning",
    ];

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Copies <c>artifacts/{name}</c> (a built plugin folder, with its sub-folders) into <paramref name="pluginsPath"/>.</summary>
    public static void CopyPlugin(string name, string pluginsPath)
    {
        var from = Path.Combine(RepoRoot(), "artifacts", name);
        var to = Path.Combine(pluginsPath, Path.GetFileName(name));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

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
}
