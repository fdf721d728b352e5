using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Platform.Testing.Postgres;

namespace Platform.Cluster.Tests;

/// <summary>
/// The memory of an <c>Idempotency-Key</c> is stored with what it created: on PostgreSQL, a proposal, a delivery, a
/// report and a staff step retried after the host restarted answer as the first attempt did and create nothing, and a
/// report whose answer was lost mid-way (its receipt's write refused) is filed once when retried.
/// </summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class IdempotentCreatesRestartTests(PostgresFixture postgres)
{
    [Fact]
    public async Task KeyedCreates_HostRestartedOnSameDatabase_RetriesAnswerTheFirstAttemptAndCreateNothing()
    {
        var cs = await postgres.CreateDatabaseAsync();
        var newcomer = $"wk2-{Guid.NewGuid():N}"[..14];
        Deal deal;
        string job;
        Request[] requests;
        Answer[] firsts;
        await using (var first = await PlatformHost.StartAsync(cs))
        {
            deal = await Api.ContractAsync(first);
            await first.Client(deal.Client).PostJsonAsync($"/api/contracts/{deal.Contract}/escrow", null);
            await Api.RegisterAsync(first, newcomer, "worker", "鈴木");
            job = (await first.Client(deal.Client).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
            requests =
            [
                new(newcomer, $"/api/jobs/{job}/proposals", new { text = "4日で納品できます。", priceYen = 25000 }, "proposal-1"),
                new(deal.Worker, $"/api/contracts/{deal.Contract}/deliveries", new { note = "バナー3点を納品します。" }, "delivery-1"),
                new(deal.Client, "/api/reports", new { targetKind = "user", targetId = newcomer, category = "mlm", comment = "勧誘されました。" }, "report-1"),
                new(null, $"/api/staff/users/{newcomer}/steps", new { step = "warning", code = "tos.minor", reason = "規約に沿ってご利用ください。", reviewer = "rev-1" }, "step-1"),
            ];
            firsts = await SendAllAsync(requests, first);
            await first.StopAsync();
        }

        await using var second = await PlatformHost.StartAsync(cs);
        var retries = await SendAllAsync(requests, second);

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.Created], firsts.Select(a => a.Status));
        for (var i = 0; i < requests.Length; i++)
        {
            Assert.True(firsts[i] == retries[i], $"{requests[i].Path}: {firsts[i]} then {retries[i]}");
        }

        Assert.Single((await second.Client(deal.Client).GetJsonAsync($"/api/jobs/{job}/proposals")).EnumerateArray());
        Assert.Single((await second.Client(deal.Client).GetJsonAsync($"/api/contracts/{deal.Contract}")).GetProperty("deliveries").EnumerateArray());
        var item = Assert.Single((await second.Staff().GetJsonAsync($"/api/staff/reviews?kind=report&subject={newcomer}")).EnumerateArray());
        Assert.Equal((1, 1), (item.GetProperty("count").GetInt32(), item.GetProperty("comments").GetArrayLength()));
        Assert.Single((await second.Staff().GetJsonAsync($"/api/staff/users/{newcomer}")).GetProperty("warnings").EnumerateArray());

        // What each key was sent with is stored too: another body under it is refused after the restart.
        var reused = await (requests[1] with { Body = new { note = "修正版です。" } }).SendAsync(second);
        Assert.Equal(HttpStatusCode.Conflict, reused.Status);
        Assert.Contains("request.idempotency_key_reused", reused.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyedReport_ReceiptWriteRefused_503ThenTheRetryFilesItOnce()
    {
        var cs = await postgres.CreateDatabaseAsync();
        await using var host = await PlatformHost.StartAsync(cs);
        var deal = await Api.ContractAsync(host);
        var report = new Request(deal.Client, "/api/reports", new { targetKind = "user", targetId = deal.Worker, category = "mlm", comment = "勧誘されました。" }, "report-1");
        await Database.ExecuteAsync(cs, """
            CREATE FUNCTION refuse_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'write refused for the test'; END $$;
            """);
        await Database.ExecuteAsync(cs, """
            CREATE TRIGGER refuse BEFORE INSERT OR UPDATE ON grain_state FOR EACH ROW
            WHEN (NEW.grain_id LIKE 'reportreceipt/%') EXECUTE FUNCTION refuse_write();
            """);

        // The report is filed, but its receipt is not stored: the answer is lost (503).
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await report.SendAsync(host)).Status);
        await Database.ExecuteAsync(cs, "DROP TRIGGER refuse ON grain_state");
        var retry = await report.SendAsync(host);
        var again = await report.SendAsync(host);

        Assert.Equal(HttpStatusCode.Created, retry.Status);
        Assert.Equal(retry, again);
        var item = Assert.Single((await host.Staff().GetJsonAsync($"/api/staff/reviews?kind=report&subject={deal.Worker}")).EnumerateArray());
        Assert.Equal((1, 1), (item.GetProperty("count").GetInt32(), item.GetProperty("comments").GetArrayLength()));
        var month = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var statistics = await host.Staff().GetJsonAsync($"/api/staff/statistics?from={month}&to={month}");
        Assert.Equal(1, statistics.GetProperty("months").EnumerateArray().Last().GetProperty("reportsReceived").GetInt64());
    }

    private static async Task<Answer[]> SendAllAsync(Request[] requests, PlatformHost host)
    {
        var answers = new Answer[requests.Length];
        for (var i = 0; i < requests.Length; i++)
        {
            answers[i] = await requests[i].SendAsync(host);
        }

        return answers;
    }

    /// <summary>A keyed POST by a user (or the staff, with no user).</summary>
    private sealed record Request(string? UserId, string Path, object Body, string Key)
    {
        public async Task<Answer> SendAsync(PlatformHost host)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = JsonContent.Create(Body) };
            request.Headers.Add("Idempotency-Key", Key);
            using var response = await (UserId is null ? host.Staff() : host.Client(UserId)).SendAsync(request);
            return new Answer(response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync());
        }
    }

    /// <summary>What the front-end saw: status, <c>Location</c> and the body, compared as JSON text.</summary>
    private sealed record Answer(HttpStatusCode Status, string? Location, string Body);
}
