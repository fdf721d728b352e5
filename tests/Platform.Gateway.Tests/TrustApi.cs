using System.Net;
using System.Text.Json;

namespace Platform.Gateway.Tests;

/// <summary>Deal helpers against the trust host.</summary>
internal static class TrustApi
{
    public static async Task<(string Client, string Worker, string Job, string Contract)> FundedAsync(TrustHostFixture host)
    {
        var (clientId, workerId, jobId, contractId) = await ContractedAsync(host);
        await host.Client(clientId).PostJsonAsync($"/api/contracts/{contractId}/escrow", null);
        return (clientId, workerId, jobId, contractId);
    }

    /// <summary>Two new users, a job, a proposal and its contract, not yet funded.</summary>
    public static async Task<(string Client, string Worker, string Job, string Contract)> ContractedAsync(TrustHostFixture host)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var (clientId, workerId) = ($"cl-{suffix}", $"wk-{suffix}");
        await host.Client().PostJsonAsync("/api/users", new { id = clientId, displayName = "山田商店", roles = new[] { "client" } }, HttpStatusCode.Created);
        await host.Client().PostJsonAsync("/api/users", new { id = workerId, displayName = "佐藤デザイン", roles = new[] { "worker" } }, HttpStatusCode.Created);
        var job = await host.Client(clientId).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created);
        var jobId = job.Str("id");
        var proposal = await host.Client(workerId).PostJsonAsync($"/api/jobs/{jobId}/proposals", new { text = "3点で28,000円、5日で納品します。", priceYen = 28000 }, HttpStatusCode.Created);
        var contract = await host.Client(clientId).PostJsonAsync($"/api/jobs/{jobId}/proposals/{proposal.Str("id")}/contract", new { deliveryDate = Dates.DeliveryDate }, HttpStatusCode.Created);
        return (clientId, workerId, jobId, contract.Str("id"));
    }

    /// <summary>Polls a staff GET until the predicate holds, up to 10 s.</summary>
    public static async Task<JsonElement> EventuallyAsync(HttpClient client, string path, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var value = await client.GetJsonAsync(path);
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(25);
        }
    }

    public static JsonElement? Item(JsonElement list, string key) =>
        list.EnumerateArray().Cast<JsonElement?>().FirstOrDefault(i => i!.Value.GetProperty("item").Str("key") == key);
}
