using System.Net;
using System.Text.Json;

namespace Platform.Gateway.Tests;

/// <summary>Small helpers for calling the gateway and reading its JSON.</summary>
internal static class Api
{
    /// <summary>The month under way in Japan (yyyy-MM), as the monthly statistics count it.</summary>
    public static string ThisMonth => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Asserts a problem+json answer with the given status and code, and returns it.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string? problemCode)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync(status);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        if (problemCode is not null)
        {
            Assert.Equal(problemCode, problem.Str("code"));
        }

        Assert.False(string.IsNullOrWhiteSpace(problem.Str("detail")));
        return problem;
    }

    public static async Task<(string Client, string Worker)> RegisterPairAsync(HostFixture host)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var api = host.Client();
        await api.PostJsonAsync("/api/users", new { id = $"cl-{suffix}", displayName = "山田商店", roles = new[] { "client" } }, HttpStatusCode.Created);
        await api.PostJsonAsync("/api/users", new { id = $"wk-{suffix}", displayName = "佐藤デザイン", roles = new[] { "worker" } }, HttpStatusCode.Created);
        return ($"cl-{suffix}", $"wk-{suffix}");
    }

    public static object Job(bool publish = true, long amountYen = 30000) => new
    {
        title = "ECサイトのバナー制作",
        description = "新商品のバナーを3点お願いします。サイズは1200x628、PNGで納品してください。",
        category = "design",
        budget = new { kind = "fixed", amountYen },
        deadline = Dates.Deadline,
        publish,
    };

    /// <summary>Registers two users, posts a job, proposes and contracts; returns the ids.</summary>
    public static async Task<(string Client, string Worker, string Job, string Contract)> ContractAsync(HostFixture host)
    {
        var (clientId, workerId) = await RegisterPairAsync(host);
        var job = await host.Client(clientId).PostJsonAsync("/api/jobs", Job(), HttpStatusCode.Created);
        var jobId = job.Str("id");
        var proposal = await host.Client(workerId).PostJsonAsync($"/api/jobs/{jobId}/proposals", new { text = "3点で28,000円、5日で納品します。", priceYen = 28000 }, HttpStatusCode.Created);
        var contract = await host.Client(clientId).PostJsonAsync($"/api/jobs/{jobId}/proposals/{proposal.Str("id")}/contract", new { deliveryDate = Dates.DeliveryDate }, HttpStatusCode.Created);
        return (clientId, workerId, jobId, contract.Str("id"));
    }
}
