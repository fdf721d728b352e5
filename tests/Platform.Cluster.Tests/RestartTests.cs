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
    public async Task EmptyAndFirstItemLists_HostRestarted_ReadBackAndTakeMoreItems()
    {
        // Entity lists are created on their first item and left out of the stored JSON until then: a contract whose
        // messages were started before the restart and whose deliveries were not, users with no flag or notification.
        var cs = await postgres.CreateDatabaseAsync();
        Deal deal;
        await using (var first = await PlatformHost.StartAsync(cs))
        {
            deal = await Api.ContractAsync(first);
            await first.Client(deal.Client).PostJsonAsync($"/api/contracts/{deal.Contract}/escrow", null);
            await first.Client(deal.Worker).PostJsonAsync(deal.Messages, new { text = "着手します。" }, HttpStatusCode.Created);
            await first.StopAsync();
        }

        await using var second = await PlatformHost.StartAsync(cs);
        var worker = await second.Client(deal.Worker).GetJsonAsync($"/api/users/{deal.Worker}");
        Assert.Empty(worker.GetProperty("flags").EnumerateArray());
        Assert.Empty(worker.GetProperty("warnings").EnumerateArray());
        Assert.Empty(worker.GetProperty("jobIds").EnumerateArray());
        Assert.Equal([deal.Contract], worker.GetProperty("contractIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty((await second.Client(deal.Worker).GetJsonAsync($"/api/users/{deal.Worker}/notifications")).EnumerateArray());
        Assert.Empty((await second.Client(deal.Worker).GetJsonAsync($"/api/jobs/{deal.Job}/proposals/p1/messages")).EnumerateArray());
        var contract = await second.Client(deal.Client).GetJsonAsync($"/api/contracts/{deal.Contract}");
        Assert.Empty(contract.GetProperty("deliveries").EnumerateArray());
        Assert.Empty(contract.GetProperty("ratings").EnumerateArray());
        Assert.Equal(["m1"], (await second.Client(deal.Client).GetJsonAsync(deal.Messages)).Strs("id"));

        await second.Client(deal.Worker).PostJsonAsync($"/api/contracts/{deal.Contract}/deliveries", new { note = "納品します。" });
        Assert.Equal("m2", (await second.Client(deal.Client).PostJsonAsync(deal.Messages, new { text = "確認します。" }, HttpStatusCode.Created)).Str("id"));
        contract = await second.Client(deal.Client).GetJsonAsync($"/api/contracts/{deal.Contract}");
        Assert.Equal("delivered", contract.Str("stage"));
        Assert.Single(contract.GetProperty("deliveries").EnumerateArray());
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

    [Fact]
    public async Task LongThread_HostRestarted_EveryMessageAndEventInOrder()
    {
        // A contract's messages and history are stored in pages of their own: a thread longer than two pages comes
        // back whole, and the next message goes on after it.
        var cs = await postgres.CreateDatabaseAsync();
        Deal deal;
        await using (var first = await PlatformHost.StartAsync(cs))
        {
            deal = await Api.ContractAsync(first);
            for (var i = 1; i <= 40; i++)
            {
                await first.Client(i % 2 == 0 ? deal.Client : deal.Worker).PostJsonAsync(deal.Messages, new { text = $"{i}通目の連絡です。" }, HttpStatusCode.Created);
            }

            await first.StopAsync();
        }

        await using var second = await PlatformHost.StartAsync(cs);
        var messages = await second.Client(deal.Worker).GetJsonAsync(deal.Messages);
        Assert.Equal(Enumerable.Range(1, 40).Select(i => $"m{i}"), messages.Strs("id"));
        Assert.Equal(Enumerable.Range(1, 40).Select(i => $"{i}通目の連絡です。"), messages.Strs("text"));
        var history = await second.Client(deal.Client).GetJsonAsync($"/api/contracts/{deal.Contract}/history");
        Assert.Equal(Enumerable.Range(1, 41), history.EnumerateArray().Select(e => e.GetProperty("sequence").GetInt32()));
        Assert.Equal(10, await Database.ScalarAsync(cs, "SELECT count(*) FROM grain_state_part WHERE state_name = 'contract' AND part_key LIKE 'm%'"));

        Assert.Equal("m41", (await second.Client(deal.Client).PostJsonAsync(deal.Messages, new { text = "再起動後の連絡です。" }, HttpStatusCode.Created)).Str("id"));
        Assert.Equal(Enumerable.Range(1, 41).Select(i => $"m{i}"), (await second.Client(deal.Worker).GetJsonAsync(deal.Messages)).Strs("id"));
    }
}
