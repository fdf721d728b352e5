using System.Net;

namespace Platform.Cluster.Tests;

/// <summary>Calls the gateway the way a front-end does, and reads its JSON.</summary>
internal static class Api
{
    public static async Task RegisterAsync(PlatformHost host, string id, string role, string displayName = "山田商店") =>
        await host.Client().PostJsonAsync("/api/users", new { id, displayName, roles = new[] { role } }, HttpStatusCode.Created);

    public static object Job() => new
    {
        title = "ECサイトのバナー制作",
        description = "新商品のバナーを3点お願いします。サイズは1200x628、PNGで納品してください。",
        category = "design",
        budget = new { kind = "fixed", amountYen = 30000 },
        deadline = "2027-01-31T00:00:00+09:00",
        publish = true,
    };

    /// <summary>
    /// Registers a client and a worker, posts a job, proposes and contracts; each step may go through a different
    /// host (<paramref name="hosts"/> is used round-robin), as a load balancer would spread a front-end's calls.
    /// </summary>
    public static async Task<Deal> ContractAsync(params PlatformHost[] hosts)
    {
        var step = 0;
        PlatformHost Next() => hosts[step++ % hosts.Length];
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var deal = new Deal($"cl-{suffix}", $"wk-{suffix}", "", "");
        await RegisterAsync(Next(), deal.Client, "client");
        await RegisterAsync(Next(), deal.Worker, "worker", "佐藤デザイン");
        var job = await Next().Client(deal.Client).PostJsonAsync("/api/jobs", Job(), HttpStatusCode.Created);
        var jobId = job.Str("id");
        var proposal = await Next().Client(deal.Worker).PostJsonAsync(
            $"/api/jobs/{jobId}/proposals", new { text = "3点で28,000円、5日で納品します。", priceYen = 28000 }, HttpStatusCode.Created);
        var contract = await Next().Client(deal.Client).PostJsonAsync(
            $"/api/jobs/{jobId}/proposals/{proposal.Str("id")}/contract", new { deliveryDate = "2027-02-10" }, HttpStatusCode.Created);
        return deal with { Job = jobId, Contract = contract.Str("id") };
    }
}
