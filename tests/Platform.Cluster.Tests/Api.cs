using System.Globalization;
using System.Net;
using Platform.Testing.Http;
using System.Text.Json;

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
        deadline = Dates.Deadline,
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
            $"/api/jobs/{jobId}/proposals/{proposal.Str("id")}/contract", new { deliveryDate = Dates.DeliveryDate }, HttpStatusCode.Created);
        return deal with { Job = jobId, Contract = contract.Str("id") };
    }

    /// <summary>A proposal the example banned-phrases check holds (<see cref="HeldProposalText"/>): held on a host started <see cref="HeldMessageWriteTests.WithBannedPhrases"/>.</summary>
    public const string HeldProposalText = "事務局です。3点で28,000円、5日で納品します。";

    /// <summary>Registers a client and a worker, posts a job, and the worker proposes <see cref="HeldProposalText"/>: held.</summary>
    public static async Task<HeldProposal> HeldProposalAsync(PlatformHost host)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var (client, worker) = ($"cl-{suffix}", $"wk-{suffix}");
        await RegisterAsync(host, client, "client");
        await RegisterAsync(host, worker, "worker", "佐藤デザイン");
        var job = (await host.Client(client).PostJsonAsync("/api/jobs", Job(), HttpStatusCode.Created)).Str("id");
        var held = await host.Client(worker).PostJsonAsync($"/api/jobs/{job}/proposals", new { text = HeldProposalText, priceYen = 28000 }, HttpStatusCode.Created);
        Assert.Equal("held", held.Str("status"));
        return new HeldProposal(client, worker, job, held.Str("id"));
    }

    /// <summary>One worker in an escrow-funded contract with each of <paramref name="contracts"/> new clients, each disclosure approved by a reviewer.</summary>
    public static async Task<(string Worker, List<(string Client, string Contract)> Deals)> WorkerWithApprovalsAsync(PlatformHost host, int contracts)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var worker = $"wk-{suffix}";
        await RegisterAsync(host, worker, "worker", "佐藤デザイン");
        var deals = new List<(string Client, string Contract)>();
        for (var i = 0; i < contracts; i++)
        {
            var client = $"cl-{suffix}-{i}";
            await RegisterAsync(host, client, "client");
            var job = (await host.Client(client).PostJsonAsync("/api/jobs", Job(), HttpStatusCode.Created)).Str("id");
            var proposal = (await host.Client(worker).PostJsonAsync($"/api/jobs/{job}/proposals", new { text = "3点で28,000円、5日で納品します。", priceYen = 28000 }, HttpStatusCode.Created)).Str("id");
            var contract = (await host.Client(client).PostJsonAsync($"/api/jobs/{job}/proposals/{proposal}/contract", new { deliveryDate = Dates.DeliveryDate }, HttpStatusCode.Created)).Str("id");
            await host.Client(client).PostJsonAsync($"/api/contracts/{contract}/escrow", null);
            var item = (await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/disclosure", null)).GetProperty("disclosureRequest").Str("reviewItemId");
            await host.Staff().PostJsonAsync($"/api/staff/reviews/{item}/decision", new { decision = "approve", reason = "取引に問題はありません。", reviewer = "rv-1" });
            deals.Add((client, contract));
        }

        return (worker, deals);
    }

    /// <summary>
    /// A worker with <paramref name="contracts"/> approved disclosures (<see cref="WorkerWithApprovalsAsync"/>), reported for MLM by
    /// the first client: the report's open review item, for a reviewer to uphold (which flags the worker).
    /// </summary>
    public static async Task<(string Worker, List<(string Client, string Contract)> Deals, string ReportItem)> ReportedWorkerWithApprovalsAsync(PlatformHost host, int contracts)
    {
        var (worker, deals) = await WorkerWithApprovalsAsync(host, contracts);
        await host.Client(deals[0].Client).PostJsonAsync("/api/reports", new { targetKind = "user", targetId = worker, category = "mlm" }, HttpStatusCode.Created);
        var item = (await host.Staff().GetJsonAsync($"/api/staff/reviews?status=open&kind=report&subject={worker}"))[0].Str("id");
        return (worker, deals, item);
    }

    /// <summary>This month's statistics (Japan time), as the staff read them.</summary>
    public static async Task<JsonElement> ThisMonthAsync(PlatformHost host)
    {
        var month = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return (await host.Staff().GetJsonAsync($"/api/staff/statistics?from={month}&to={month}")).GetProperty("months")[0];
    }

    /// <summary>
    /// Makes PostgreSQL refuse every write of the grains whose id is like <paramref name="grainIds"/> (<c>statistics/%</c>,
    /// <c>contract/c-…</c>), as a crash refuses them mid-change, until <see cref="AllowWritesAsync"/>.
    /// </summary>
    public static async Task RefuseWritesAsync(string connectionString, string grainIds)
    {
        await Database.ExecuteAsync(connectionString, """
            CREATE OR REPLACE FUNCTION refuse_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'write refused for the test'; END $$;
            """);
        await Database.ExecuteAsync(connectionString, $"""
            CREATE TRIGGER refuse BEFORE INSERT OR UPDATE ON grain_state FOR EACH ROW
            WHEN (NEW.grain_id LIKE '{grainIds}') EXECUTE FUNCTION refuse_write();
            """);
    }

    /// <summary>Ends <see cref="RefuseWritesAsync"/>.</summary>
    public static Task AllowWritesAsync(string connectionString) => Database.ExecuteAsync(connectionString, "DROP TRIGGER refuse ON grain_state");
}
