using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Platform.Compliance;

namespace Platform.Gateway.Tests;

/// <summary>
/// The staff's plugin requests that reach a host still loading its plugins (a restarted silo behind a load balancer):
/// they wait for the load as changes and scans do, so a check about to load is never answered as missing, and the list
/// is never empty for it; past <c>Compliance:StartupWait</c> they are 503 with Retry-After. The cold-start fixture's
/// first run (its warm-up) lasts until the test creates the file named in <c>COLDSTART_HOLD_UNTIL</c>, which keeps the
/// host loading while the test asks, however slow the machine (a fixed 3 s sleep ran out under a loaded CI machine before
/// the 503 could be seen). No other test of this process loads the cold-start fixture.
/// </summary>
public sealed class PluginsLoadingApiTests : IDisposable
{
    private readonly string _pluginsPath = Path.Combine(Path.GetTempPath(), "platform-gateway-loading-" + Guid.NewGuid().ToString("N"));
    // The variable the cold-start fixture reads (FixtureCheck.cs): the file whose creation ends its first run.
    private const string HoldUntilVariable = "COLDSTART_HOLD_UNTIL";

    private readonly string _release = Path.Combine(Path.GetTempPath(), "platform-gateway-loading-release-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ModeSwitchListAndRemoval_SentWhileLoading_WaitForTheLoadAndAnswerForTheCheck()
    {
        await using var app = await StartAsync(startupWait: 30_000);
        using var staff = Staff(app);
        Assert.False(Ready(app).IsCompleted, "the host should still be loading its plugins");

        // Sent together while loading: each is answered once the check is there, never 404 or an empty list.
        var listing = staff.GetAsync("/api/staff/plugins");
        var switching = staff.PutAsJsonAsync("/api/staff/plugins/coldstart/mode", new { mode = "shadow" });
        await Task.Delay(500);
        Assert.False(listing.IsCompleted || switching.IsCompleted, "both should wait for the load");
        Release();
        var listed = await (await listing).JsonAsync(HttpStatusCode.OK);
        var switched = await (await switching).JsonAsync(HttpStatusCode.OK);
        Assert.True(Ready(app).IsCompleted);

        Assert.Equal("coldstart", Assert.Single(listed.EnumerateArray()).Str("name"));
        Assert.Equal("coldstart", switched.Str("name"));
        Assert.Equal("shadow", switched.Str("mode"));
        var removed = await (await staff.DeleteAsync("/api/staff/plugins/ColdStartCheck")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["coldstart@1.0.0"], removed.GetProperty("checks").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task ModeSwitchAndList_LoadingPastTheStartupWait_Are503WithRetryAfter_AndChangeNothing()
    {
        await using var app = await StartAsync(startupWait: 200);
        using var staff = Staff(app);
        Assert.False(Ready(app).IsCompleted, "the host should still be loading its plugins");

        var switching = await staff.PutAsJsonAsync("/api/staff/plugins/coldstart/mode", new { mode = "shadow" });
        await switching.ProblemAsync(HttpStatusCode.ServiceUnavailable, "service.unavailable");
        Assert.NotNull(switching.Headers.RetryAfter);
        var listing = await staff.GetAsync("/api/staff/plugins");
        await listing.ProblemAsync(HttpStatusCode.ServiceUnavailable, "service.unavailable");

        Release();
        await Ready(app).WaitAsync(TimeSpan.FromSeconds(60));
        var check = Assert.Single((await staff.GetJsonAsync("/api/staff/plugins")).EnumerateArray());
        Assert.Equal("enforce", check.Str("mode"));
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(HoldUntilVariable, null);
        if (Directory.Exists(_pluginsPath))
        {
            Directory.Delete(_pluginsPath, recursive: true);
        }

        File.Delete(_release);
    }

    private void Release() => File.WriteAllText(_release, "");

    private async Task<WebApplication> StartAsync(int startupWait)
    {
        Environment.SetEnvironmentVariable(HoldUntilVariable, _release);
        HotDeployApiTests.CopyDirectory(Path.Combine(AppContext.BaseDirectory, "fixtures", "ColdStart-v1", "ColdStartCheck"), Path.Combine(_pluginsPath, "ColdStartCheck"));
        var app = TestHosts.Build([.. TestHosts.ProductionArgs(_pluginsPath), "--Compliance:StartupWait", startupWait.ToString()]);
        await app.StartAsync();
        app.Lifetime.ApplicationStopping.Register(Release); // a test that fails before its release does not hold the stop
        return app;
    }

    private static Task Ready(WebApplication app) => app.Services.GetRequiredService<IPluginCatalog>().Ready;

    private static HttpClient Staff(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var client = new HttpClient { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Add("X-Staff-Key", HostFixture.StaffKey);
        return client;
    }
}
