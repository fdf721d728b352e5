using System.Net;

namespace Platform.Gateway.Tests;

[Collection(HostCollection.Name)]
public sealed class ServiceApiTests(HostFixture host)
{
    [Fact]
    public async Task OpenApiDocument_ListsTheDealEndpoints()
    {
        var doc = await host.Client(apiKey: false).GetJsonAsync("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Contains("/api/users", paths);
        Assert.Contains("/api/contracts/{id}/escrow", paths);
        Assert.Contains("/api/jobs/{id}/proposals/{proposalId}/contract", paths);
    }

    [Fact]
    public async Task Health_LiveAndReady()
    {
        var client = host.Client(apiKey: false);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StaffPlugins_NeedStaffKey_AndListLoadedChecks()
    {
        await (await host.Client().GetAsync("/api/staff/plugins")).ProblemAsync(HttpStatusCode.Unauthorized, "auth.staff_key");
        var plugins = await host.Staff().GetJsonAsync("/api/staff/plugins");
        var banned = Assert.Single(plugins.EnumerateArray(), p => p.Str("name") == "banned-phrases");
        Assert.Equal("1.0.0", banned.Str("version"));
        Assert.Equal("enforce", banned.Str("mode"));
    }
}
