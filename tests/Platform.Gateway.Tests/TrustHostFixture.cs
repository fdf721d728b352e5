using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Compliance;

namespace Platform.Gateway.Tests;

/// <summary>
/// A host of its own for the trust-workflow endpoints, with <c>Notifications:WebhookUrl</c> pointing at a small Kestrel
/// listener on 127.0.0.1 that records every webhook POST (the first answer is a 500, to prove the retry).
/// </summary>
public sealed class TrustHostFixture : IAsyncLifetime
{
    private readonly string _pluginsPath = Path.Combine(Path.GetTempPath(), "platform-trust-gateway-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private WebApplication? _hook;
    private int _hookCalls;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Bodies of the webhook POSTs accepted, in order.</summary>
    public ConcurrentQueue<string> Webhooks { get; } = new();

    public async Task InitializeAsync()
    {
        var hookBuilder = WebApplication.CreateSlimBuilder();
        hookBuilder.WebHost.UseUrls("http://127.0.0.1:0");
        hookBuilder.Logging.ClearProviders();
        _hook = hookBuilder.Build();
        _hook.MapPost("/hook", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            if (Interlocked.Increment(ref _hookCalls) == 1)
            {
                return Results.StatusCode(500);
            }

            Webhooks.Enqueue(body);
            return Results.Ok();
        });
        await _hook.StartAsync();
        var hookAddress = _hook.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        // The example banned-phrases plugin (deterministic wording for the workflow tests) and the built-in contact and
        // content checks (for the detection tests).
        foreach (var plugin in new[] { "example-plugins/Examples.BannedPhrases", "plugins/Platform.Checks.Contact", "plugins/Platform.Checks.Content" })
        {
            TestHosts.CopyPlugin(plugin, _pluginsPath);
        }

        _app = TestHosts.Build(
        [
            .. TestHosts.ProductionArgs(_pluginsPath),
            "--Compliance:DefaultTimeout", "5000",
            "--Compliance:MinimumTimeout", "5000",
            "--Notifications:WebhookUrl", $"{hookAddress}/hook",
            "--Workflows:NudgeIntervals:0", "1.00:00:00",
            "--Workflows:NudgeIntervals:1", "2.00:00:00",
        ]);
        await _app.StartAsync();
        await _app.Services.GetRequiredService<IPluginCatalog>().Ready.WaitAsync(TimeSpan.FromSeconds(30));
        BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    /// <summary>The first webhook body for review item <paramref name="key"/>, waiting up to 20 s.</summary>
    public async Task<JsonElement> WaitForWebhookAsync(string key)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            foreach (var body in Webhooks)
            {
                var json = JsonDocument.Parse(body).RootElement.Clone();
                if (json.Str("itemId") == key)
                {
                    return json;
                }
            }

            await Task.Delay(25);
        }

        throw new TimeoutException("no webhook for " + key);
    }

    public HttpClient Client(string? userId = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", HostFixture.ApiKey);
        if (userId is not null)
        {
            client.DefaultRequestHeaders.Add("X-User-Id", userId);
        }

        return client;
    }

    public HttpClient Staff()
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Add("X-Staff-Key", HostFixture.StaffKey);
        client.DefaultRequestHeaders.Add("X-Reviewer-Id", "reviewer-http");
        return client;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_hook is not null)
        {
            await _hook.DisposeAsync();
        }
    }

}
