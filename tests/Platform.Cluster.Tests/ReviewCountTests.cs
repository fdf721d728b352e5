using System.Net;
using System.Net.Http.Json;

namespace Platform.Cluster.Tests;

/// <summary>
/// What the review queue counts in the monthly statistics survives a stop between storing a change and counting it:
/// a reviewer's decision, or a report, stored while PostgreSQL refuses the statistics' rows (answered 503), then the host
/// killed. The next start counts it, once: the decision sent again is 409 and the report sent again with its key is
/// answered as filed, and neither counts a second time.
/// </summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class ReviewCountTests(PostgresFixture postgres)
{
    private const string Held = "急ぎの連絡はこちらへ 090-1234-5678";

    [Fact]
    public async Task Decision_StatisticsRefusedThenHostKilled_NextStartCountsItOnce()
    {
        var cs = await postgres.CreateDatabaseAsync();
        Deal deal;
        string item;
        await using (var first = await PlatformHost.StartAsync(cs, HeldMessageWriteTests.WithContactChecks))
        {
            deal = await Api.ContractAsync(first);
            await first.Client(deal.Client).PostJsonAsync($"/api/contracts/{deal.Contract}/escrow", null);
            var held = await first.Client(deal.Worker).PostJsonAsync(deal.Messages, new { text = Held }, HttpStatusCode.Created);
            Assert.Equal("held", held.Str("status"));
            item = $"held-contract-{deal.Contract}-{held.Str("id")}";
            Assert.Equal(0, await HeldRefusedAsync(first));

            await Api.RefuseWritesAsync(cs, "statistics/%");
            using (var cut = await Decide(first, item))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, cut.StatusCode);
            }

            await first.KillAsync();
            await Api.AllowWritesAsync(cs);
        }

        await using var second = await PlatformHost.StartAsync(cs, HeldMessageWriteTests.WithContactChecks);
        using (var again = await Decide(second, item))
        {
            Assert.Equal("review.already_decided", (await again.JsonAsync(HttpStatusCode.Conflict)).Str("code"));
        }

        Assert.Equal("rejected", (await second.Staff().GetJsonAsync($"/api/staff/reviews/{item}")).Str("status"));
        await Poll.UntilAsync(async () => await HeldRefusedAsync(second) == 1, what: "the refusal counted");
        using (var third = await Decide(second, item))
        {
            Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
        }

        Assert.Equal(1, await HeldRefusedAsync(second));
        Assert.Equal(1, (await Api.ThisMonthAsync(second)).GetProperty("changesHeld").GetInt64());
    }

    [Fact]
    public async Task Report_StatisticsRefusedThenHostKilled_NextStartCountsItOnce_AndTheRetryIsFiled()
    {
        var cs = await postgres.CreateDatabaseAsync();
        Deal deal;
        await using (var first = await PlatformHost.StartAsync(cs))
        {
            deal = await Api.ContractAsync(first);
            await Api.RefuseWritesAsync(cs, "statistics/%");
            using (var cut = await Report(first, deal))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, cut.StatusCode);
            }

            await first.KillAsync();
            await Api.AllowWritesAsync(cs);
        }

        await using var second = await PlatformHost.StartAsync(cs);
        using (var again = await Report(second, deal))
        {
            Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        }

        await Poll.UntilAsync(async () => await ReportsReceivedAsync(second) == 1, what: "the report counted");
        using (var third = await Report(second, deal))
        {
            Assert.Equal(HttpStatusCode.Created, third.StatusCode);
        }

        Assert.Equal(1, await ReportsReceivedAsync(second));
    }

    private static Task<HttpResponseMessage> Decide(PlatformHost host, string item) => host.Staff().PostAsJsonAsync(
        $"/api/staff/reviews/{item}/decision", new { decision = "reject", reason = "連絡先の交換は契約後の手続きで行ってください。", reviewer = "rv-1" });

    private static Task<HttpResponseMessage> Report(PlatformHost host, Deal deal)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports")
        {
            Content = JsonContent.Create(new { targetKind = "user", targetId = deal.Worker, category = "mlm", comment = "勧誘されました。" }),
        };
        request.Headers.Add("Idempotency-Key", $"report-{deal.Worker}");
        return host.Client(deal.Client).SendAsync(request);
    }

    private static async Task<long> HeldRefusedAsync(PlatformHost host) => (await Api.ThisMonthAsync(host)).GetProperty("heldRefused").GetInt64();

    private static async Task<long> ReportsReceivedAsync(PlatformHost host) => (await Api.ThisMonthAsync(host)).GetProperty("reportsReceived").GetInt64();
}
