using System.Net;
using Platform.Cluster.Tests.Grains;
using Platform.Testing.Postgres;

namespace Platform.Cluster.Tests;

[Collection(PostgresFixture.CollectionName)]
public sealed class RestartTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Deal_HostRestartedOnSameDatabase_EverythingReadBackOverHttp()
    {
        var cs = await postgres.CreateDatabaseAsync();
        Deal deal;
        await using (var first = await PlatformHost.StartAsync(cs))
        {
            deal = await Api.ContractAsync(first);
            Assert.Equal("escrow_funded", (await first.Client(deal.Client).PostJsonAsync($"/api/contracts/{deal.Contract}/escrow", null)).Str("stage"));
            await first.Client(deal.Worker).PostJsonAsync(deal.Messages, new { text = "仮払いを確認しました。着手します。" }, HttpStatusCode.Created);
            await first.Client(deal.Client).PostJsonAsync(deal.Messages, new { text = "よろしくお願いします。" }, HttpStatusCode.Created);
            await first.StopAsync();
        }

        await using var second = await PlatformHost.StartAsync(cs);
        var contract = await second.Client(deal.Client).GetJsonAsync($"/api/contracts/{deal.Contract}");
        Assert.Equal("escrow_funded", contract.Str("stage"));
        var messages = await second.Client(deal.Worker).GetJsonAsync(deal.Messages);
        Assert.Equal(["m1", "m2"], messages.Strs("id"));
        Assert.Equal(["仮払いを確認しました。着手します。", "よろしくお願いします。"], messages.Strs("text"));
        Assert.Equal([deal.Worker, deal.Client], messages.Strs("senderId"));
        var history = await second.Client(deal.Client).GetJsonAsync($"/api/contracts/{deal.Contract}/history");
        Assert.Equal(["contracted", "escrow_funded", "message_sent", "message_sent"], history.Strs("type"));
        var job = await second.Client(deal.Client).GetJsonAsync($"/api/jobs/{deal.Job}");
        Assert.Equal(deal.Client, job.Str("clientId"));
        var me = await second.Client(deal.Client).GetJsonAsync($"/api/users/{deal.Client}");
        Assert.Contains(deal.Contract, me.GetProperty("contractIds").EnumerateArray().Select(e => e.GetString()));

        // And the restarted host keeps writing on top of the restored state.
        var next = await second.Client(deal.Worker).PostJsonAsync(deal.Messages, new { text = "途中経過をお送りします。" }, HttpStatusCode.Created);
        Assert.Equal("m3", next.Str("id"));
    }

    [Fact]
    public async Task Reminder_RegisteredThenFullRestart_StillRegistered()
    {
        var cs = await postgres.CreateDatabaseAsync();
        await using (var first = await PlatformHost.StartAsync(cs))
        {
            await first.Grains.GetGrain<IReminderProbeGrain>("contract-c1").RegisterAsync("nudge-1");
            await first.StopAsync();
        }

        await using var second = await PlatformHost.StartAsync(cs);
        var probe = second.Grains.GetGrain<IReminderProbeGrain>("contract-c1");
        Assert.True(await probe.HasReminderAsync("nudge-1"));
        Assert.False(await probe.HasReminderAsync("never-registered"));
        Assert.Equal(1, await Database.ScalarAsync(cs, "SELECT count(*) FROM OrleansRemindersTable WHERE ReminderName = 'nudge-1'"));
    }
}
