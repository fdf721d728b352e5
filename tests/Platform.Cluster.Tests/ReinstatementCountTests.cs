using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace Platform.Cluster.Tests;

/// <summary>
/// A restriction lift gives back the disclosures the restriction revoked, and the month's statistics count them
/// (<c>disclosuresReinstated</c>). When the lift is cut off after the contracts stored the give-back and before the
/// count was stored (a host killed mid-lift; here PostgreSQL refuses the statistics rows, a trigger), the lift sent
/// again (409 <c>ladder.already_lifted</c>) finishes the counting, after a restart too, and a further repeat counts nothing.
/// </summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class ReinstatementCountTests(PostgresFixture postgres)
{
    private const int Contracts = 3;

    private static string Month => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [Fact]
    public async Task LiftStep_StatisticsWriteRefusedMidLift_RepeatedLiftCountsEveryReinstatementOnce()
    {
        var cs = await postgres.CreateDatabaseAsync();
        string worker, step;
        List<(string Client, string Contract)> deals;
        await using (var first = await PlatformHost.StartAsync(cs))
        {
            (worker, deals) = await WorkerWithApprovalsAsync(first);
            using var taken = await first.Staff().PostAsJsonAsync($"/api/staff/users/{worker}/steps",
                new { step = "restriction", code = "violation.confirmed", reason = "規約違反が確認されました。", reviewer = "rv-1" });
            Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
            step = taken.Headers.Location!.ToString();
            Assert.Equal((Contracts, 0L), await RevokedAndReinstatedAsync(first));

            await Database.ExecuteAsync(cs, """
                CREATE FUNCTION refuse_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'write refused for the test'; END $$;
                """);
            await Database.ExecuteAsync(cs, """
                CREATE TRIGGER refuse BEFORE INSERT OR UPDATE ON grain_state FOR EACH ROW
                WHEN (NEW.grain_id LIKE 'statistics/%') EXECUTE FUNCTION refuse_write();
                """);
            using (var cut = await first.Staff().PostAsJsonAsync($"{step}/lift", new { reason = "確認の結果、違反ではありませんでした。", reviewer = "rv-1" }))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, cut.StatusCode);
            }

            await Database.ExecuteAsync(cs, "DROP TRIGGER refuse ON grain_state");
            await first.StopAsync();
        }

        await using var second = await PlatformHost.StartAsync(cs);
        // The give-back was stored: the step is lifted and every approval is back.
        Assert.Equal("good", (await second.Staff().GetJsonAsync($"/api/staff/users/{worker}")).Str("standing"));
        foreach (var (client, contract) in deals)
        {
            Assert.Equal("approved", (await second.Client(client).GetJsonAsync($"/api/contracts/{contract}")).Str("disclosure"));
        }

        // The lift sent again is refused as lifted and finishes the counting; once more, it counts nothing.
        for (var repeat = 0; repeat < 2; repeat++)
        {
            using var again = await second.Staff().PostAsJsonAsync($"{step}/lift", new { reason = "確認の結果、違反ではありませんでした。", reviewer = "rv-1" });
            Assert.Equal("ladder.already_lifted", (await again.JsonAsync(HttpStatusCode.Conflict)).Str("code"));
            Assert.Equal((Contracts, (long)Contracts), await RevokedAndReinstatedAsync(second));
        }

        foreach (var (client, _) in deals)
        {
            Assert.Single((await second.Client(client).GetJsonAsync($"/api/users/{client}/notifications")).EnumerateArray(), n => n.Str("type") == "disclosure_reinstated");
        }
    }

    private static async Task<(long Revoked, long Reinstated)> RevokedAndReinstatedAsync(PlatformHost host)
    {
        var month = (await host.Staff().GetJsonAsync($"/api/staff/statistics?from={Month}&to={Month}")).GetProperty("months")[0];
        return (month.GetProperty("disclosuresRevoked").GetInt64(), month.GetProperty("disclosuresReinstated").GetInt64());
    }

    /// <summary>One worker in an escrow-funded contract with each of <see cref="Contracts"/> new clients, each disclosure approved by a reviewer.</summary>
    private static async Task<(string Worker, List<(string Client, string Contract)> Deals)> WorkerWithApprovalsAsync(PlatformHost host)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var worker = $"wk-{suffix}";
        await Api.RegisterAsync(host, worker, "worker", "佐藤デザイン");
        var deals = new List<(string Client, string Contract)>();
        for (var i = 0; i < Contracts; i++)
        {
            var client = $"cl-{suffix}-{i}";
            await Api.RegisterAsync(host, client, "client");
            var job = (await host.Client(client).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
            var proposal = (await host.Client(worker).PostJsonAsync($"/api/jobs/{job}/proposals", new { text = "3点で28,000円、5日で納品します。", priceYen = 28000 }, HttpStatusCode.Created)).Str("id");
            var contract = (await host.Client(client).PostJsonAsync($"/api/jobs/{job}/proposals/{proposal}/contract", new { deliveryDate = "2027-02-10" }, HttpStatusCode.Created)).Str("id");
            await host.Client(client).PostJsonAsync($"/api/contracts/{contract}/escrow", null);
            var item = (await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/disclosure", null)).GetProperty("disclosureRequest").Str("reviewItemId");
            await host.Staff().PostJsonAsync($"/api/staff/reviews/{item}/decision", new { decision = "approve", reason = "取引に問題はありません。", reviewer = "rv-1" });
            deals.Add((client, contract));
        }

        return (worker, deals);
    }
}
