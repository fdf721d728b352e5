using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Platform.Compliance;

namespace Platform.Gateway.Tests;

/// <summary>The whole host (silo + gateway) on a real Kestrel bound to 127.0.0.1 on free ports, with the example plugin loaded.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    public const string ApiKey = "test-api-key";
    public const string StaffKey = "test-staff-key";

    /// <summary>
    /// For a host that unloads replaced plugin versions (not the default: docs/adr/0010). Only with small fixture plugins:
    /// each unload of the large built-in ones from a collectible context is a chance of the runtime crash that
    /// <c>tools/Platform.PluginStress</c> reproduces (docs/plugins.md, "Collectible contexts and the runtime").
    /// </summary>
    public static readonly string[] UnloadReplacedPlugins = ["--Compliance:UnloadReplacedPlugins", "true"];

    private readonly string _pluginsPath = Path.Combine(Path.GetTempPath(), "platform-gateway-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The running host's services (its grain factory, its JSON options).</summary>
    public IServiceProvider Services => _app!.Services;

    /// <summary>The running host's plugins folder (watched for hot deploys).</summary>
    public string PluginsPath => _pluginsPath;

    /// <summary>Plugins to deploy before start, as paths under <c>artifacts/</c>.</summary>
    public IReadOnlyList<string> Plugins { get; init; } = ["example-plugins/Examples.BannedPhrases"];

    /// <summary>Extra command-line settings for a host a test starts on its own.</summary>
    public IReadOnlyList<string> ExtraArgs { get; init; } = [];

    /// <summary>Services a test host replaces (after the host's own registrations), for a test that starts it on its own.</summary>
    public Action<WebApplicationBuilder>? Configure { get; init; }

    public async Task InitializeAsync()
    {
        foreach (var plugin in Plugins)
        {
            TestHosts.CopyPlugin(plugin, _pluginsPath);
        }

        _app = TestHosts.Build(
        [
            .. TestHosts.ProductionArgs(_pluginsPath),
            // Two cores shared by parallel test projects: generous time limits, so a starved check is not cut off (the
            // minimum also raises the built-in checks' own 500 ms).
            "--Compliance:DefaultTimeout", "5000",
            "--Compliance:MinimumTimeout", "5000",
            .. ExtraArgs,
        ], Configure);
        await _app.StartAsync();
        await _app.Services.GetRequiredService<IPluginCatalog>().Ready.WaitAsync(TimeSpan.FromSeconds(30));
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address);
    }

    /// <summary>A client that sends the front-end key and, when given, the acting user.</summary>
    public HttpClient Client(string? userId = null, bool apiKey = true)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        }

        if (userId is not null)
        {
            client.DefaultRequestHeaders.Add("X-User-Id", userId);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public HttpClient Staff()
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Add("X-Staff-Key", StaffKey);
        return client;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

}
