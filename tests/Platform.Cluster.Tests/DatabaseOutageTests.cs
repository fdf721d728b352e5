using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Testing.Postgres;
using Xunit.Abstractions;

namespace Platform.Cluster.Tests;

[Collection(PostgresFixture.CollectionName)]
public sealed class DatabaseOutageTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private static readonly TimeSpan RequestBound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task DatabaseStoppedAndRestarted_RequestsGet503ThenHostRecoversOnItsOwn()
    {
        var cs = await postgres.CreateDatabaseAsync();
        await using var host = await PlatformHost.StartAsync(cs);
        var deal = await Api.ContractAsync(host);
        await host.Client(deal.Client).PostJsonAsync($"/api/contracts/{deal.Contract}/escrow", null);
        await host.Client(deal.Worker).PostJsonAsync(deal.Messages, new { text = "着手します。" }, HttpStatusCode.Created);

        await postgres.Server.StopAsync();
        try
        {
            // A write to a live grain, and a first read of a grain that must load its state: both need the database.
            await AssertUnavailableAsync(() => host.Client(deal.Worker, RequestBound).PostAsJsonAsync(deal.Messages, new { text = "停止中の書き込み" }));
            await AssertUnavailableAsync(() => host.Client(timeout: RequestBound).PostAsJsonAsync(
                "/api/users", new { id = "during-outage", displayName = "田中", roles = new[] { "worker" } }));
            await AssertUnavailableAsync(() => host.Client(timeout: RequestBound).GetAsync("/api/users/never-seen-before"));
        }
        finally
        {
            await postgres.Server.StartAsync();
        }

        var back = Stopwatch.StartNew();
        await Poll.UntilAsync(
            async () => (await host.Client(deal.Client).PostAsJsonAsync(deal.Messages, new { text = "復旧後の書き込み" })).StatusCode == HttpStatusCode.Created,
            TimeSpan.FromSeconds(60), "a write after the database came back");
        output.WriteLine($"first successful write {back.Elapsed.TotalMilliseconds:F0} ms after PostgreSQL accepted connections again");

        await Api.RegisterAsync(host, "after-outage", "worker");
        var messages = await host.Client(deal.Client).GetJsonAsync(deal.Messages);
        output.WriteLine("messages after recovery: " + string.Join(" | ", messages.Strs("text")));
        Assert.Equal(["m1", "着手します。"], [messages[0].Str("id"), messages[0].Str("text")]);
        Assert.Equal("復旧後の書き込み", messages.Strs("text")[^1]);
        Assert.Equal("escrow_funded", (await host.Client(deal.Worker).GetJsonAsync($"/api/contracts/{deal.Contract}")).Str("stage"));
    }

    [Fact]
    public async Task DatabaseStopped_TwoSilos_RequestsThroughEitherGatewayAre503()
    {
        var cs = await postgres.CreateDatabaseAsync();
        await using var a = await PlatformHost.StartAsync(cs);
        await using var b = await PlatformHost.StartAsync(cs);
        await Cluster.WaitForActiveSilosAsync(2, a, b);

        await postgres.Server.StopAsync();
        try
        {
            // New users are placed on either silo; those placed on A fail there and the failure crosses to B's gateway.
            for (var i = 0; i < 8; i++)
            {
                await AssertUnavailableAsync(() => b.Client(timeout: RequestBound).GetAsync($"/api/users/outage-{i}-{Guid.NewGuid():N}"[..40]));
            }
        }
        finally
        {
            await postgres.Server.StartAsync();
        }

        await Poll.UntilAsync(
            async () => (await b.Client().PostAsJsonAsync("/api/users", new { id = "after-outage", displayName = "田中", roles = new[] { "worker" } })).StatusCode == HttpStatusCode.Created,
            TimeSpan.FromSeconds(60), "a write after the database came back");
    }

    [Fact]
    public async Task WriteRefusedDuringOutage_IsNotAppliedAfterRecovery()
    {
        var cs = await postgres.CreateDatabaseAsync();
        await using var host = await PlatformHost.StartAsync(cs);
        var deal = await Api.ContractAsync(host);
        await host.Client(deal.Worker).PostJsonAsync(deal.Messages, new { text = "着手します。" }, HttpStatusCode.Created);

        await postgres.Server.StopAsync();
        try
        {
            await AssertUnavailableAsync(() => host.Client(deal.Worker, RequestBound).PostAsJsonAsync(deal.Messages, new { text = "停止中の書き込み" }));
        }
        finally
        {
            await postgres.Server.StartAsync();
        }

        await Poll.UntilAsync(
            async () => (await host.Client(deal.Client).PostAsJsonAsync(deal.Messages, new { text = "復旧後の書き込み" })).StatusCode == HttpStatusCode.Created,
            TimeSpan.FromSeconds(60), "a write after the database came back");

        // The client was told 503 ("not done, retry"): the refused message must not appear, or a retry duplicates it.
        Assert.Equal(["着手します。", "復旧後の書き込み"], (await host.Client(deal.Client).GetJsonAsync(deal.Messages)).Strs("text"));
    }

    [Fact]
    public async Task DatabaseSessionsEnded_RequestThatStartsAReminder_RefusedWith503AndNothingHalfDoneKept()
    {
        var cs = await postgres.CreateDatabaseAsync();
        await using var host = await PlatformHost.StartAsync(cs);
        // A first disclosure request leaves connections in the pool; the database then ends every session (as a restart
        // does), and the next request's first database write is the reminder's, before the contract's state write.
        var earlier = await Api.ContractAsync(host);
        await host.Client(earlier.Client).PostJsonAsync($"/api/contracts/{earlier.Contract}/escrow", null);
        await host.Client(earlier.Worker).PostJsonAsync($"/api/contracts/{earlier.Contract}/disclosure", null);
        var deal = await Api.ContractAsync(host);
        await host.Client(deal.Client).PostJsonAsync($"/api/contracts/{deal.Contract}/escrow", null);
        var disclosure = $"/api/contracts/{deal.Contract}/disclosure";

        await Database.ExecuteAsync(postgres.Server.AdminConnectionString,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'");
        using var first = await host.Client(deal.Worker, RequestBound).PostAsync(disclosure, null);
        output.WriteLine($"first request after the sessions ended: {(int)first.StatusCode} {await first.Content.ReadAsStringAsync()}");

        // Refused (503, never 500) and not kept: the contract, read again (its state reloads from the database, whose
        // other pooled sessions were ended too), shows no request, so the retry is not "already pending".
        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        var disclosureAfter = "";
        await Poll.UntilAsync(
            async () =>
            {
                using var read = await host.Client(deal.Worker).GetAsync($"/api/contracts/{deal.Contract}");
                disclosureAfter = read.IsSuccessStatusCode ? (await read.Content.ReadFromJsonAsync<JsonElement>()).Str("disclosure") : "";
                return read.IsSuccessStatusCode;
            },
            TimeSpan.FromSeconds(60), "the contract read after the refused request");
        Assert.Equal("none", disclosureAfter);
        await Poll.UntilAsync(
            async () => (await host.Client(deal.Worker).PostAsync(disclosure, null)).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), "the retried disclosure request");
        var contract = await host.Client(deal.Worker).GetJsonAsync($"/api/contracts/{deal.Contract}");
        Assert.Equal("requested", contract.Str("disclosure"));
        var item = await host.Staff().GetJsonAsync($"/api/staff/reviews/{contract.GetProperty("disclosureRequest").Str("reviewItemId")}");
        Assert.Equal("open", item.Str("status"));
        // This process shares the host's pool, where sessions the database ended may still sit idle.
        Npgsql.NpgsqlConnection.ClearPool(new Npgsql.NpgsqlConnection(cs));
        Assert.Equal(1, await Database.ScalarAsync(cs, $"SELECT count(*) FROM orleansreminderstable WHERE grainid LIKE '%{deal.Contract}%'"));
    }

    private async Task AssertUnavailableAsync(Func<Task<HttpResponseMessage>> send)
    {
        var started = Stopwatch.StartNew();
        using var response = await send();
        var body = await response.Content.ReadAsStringAsync();
        output.WriteLine($"during outage: {(int)response.StatusCode} in {started.Elapsed.TotalMilliseconds:F0} ms: {body}");
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"expected 503, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.True(started.Elapsed < RequestBound);
    }
}
