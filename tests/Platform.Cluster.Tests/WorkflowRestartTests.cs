using System.Net;
using System.Net.Http.Json;
using Platform.Testing.Postgres;

namespace Platform.Cluster.Tests;

/// <summary>Trust workflows in progress (a nudge, a pending disclosure request) survive a full restart on PostgreSQL.</summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class WorkflowRestartTests(PostgresFixture postgres)
{
    [Fact]
    public async Task NudgeAndPendingDisclosure_FullRestart_ResumeWithTheirReminder()
    {
        var cs = await postgres.CreateDatabaseAsync();
        Deal deal;
        string nudgeDue;
        string disclosureDue;
        await using (var first = await PlatformHost.StartAsync(cs))
        {
            deal = await Api.ContractAsync(first);
            await first.Client(deal.Client).PostJsonAsync($"/api/contracts/{deal.Contract}/escrow", null);
            var nudged = await first.Client(deal.Worker).PostJsonAsync($"/api/contracts/{deal.Contract}/nudge", null);
            Assert.Equal("active", nudged.GetProperty("nudge").Str("status"));
            nudgeDue = nudged.GetProperty("nudge").Str("nextDueAt");

            // Neither party has a completed contract yet: the request waits for a reviewer.
            var requested = await first.Client(deal.Worker).PostJsonAsync($"/api/contracts/{deal.Contract}/disclosure", null);
            Assert.Equal("requested", requested.Str("disclosure"));
            disclosureDue = requested.GetProperty("disclosureRequest").Str("dueAt");
            await first.StopAsync();
        }

        Assert.Equal(1, await Database.ScalarAsync(cs,
            $"SELECT count(*) FROM OrleansRemindersTable WHERE ReminderName = 'trust-workflow' AND GrainId LIKE '%{deal.Contract}%'"));

        await using var second = await PlatformHost.StartAsync(cs);
        var contract = await second.Client(deal.Client).GetJsonAsync($"/api/contracts/{deal.Contract}");
        Assert.Equal(("active", nudgeDue), (contract.GetProperty("nudge").Str("status"), contract.GetProperty("nudge").Str("nextDueAt")));
        Assert.Equal(("requested", disclosureDue), (contract.Str("disclosure"), contract.GetProperty("disclosureRequest").Str("dueAt")));

        // The silent client answers on the restarted host: the nudge ends there.
        await second.Client(deal.Client).PostJsonAsync(deal.Messages, new { text = "返信が遅くなり申し訳ありません。" }, HttpStatusCode.Created);
        var answered = await second.Client(deal.Worker).GetJsonAsync($"/api/contracts/{deal.Contract}");
        Assert.Equal("answered", answered.GetProperty("nudge").Str("status"));
    
    }

    [Fact]
    public async Task ReviewItems_FullRestarts_OpenOneDecidedAfterTheFirstAndListedAfterTheSecond()
    {
        var cs = await postgres.CreateDatabaseAsync();
        Deal deal;
        string itemId;
        await using (var first = await PlatformHost.StartAsync(cs))
        {
            deal = await Api.ContractAsync(first);
            await first.Client(deal.Client).PostJsonAsync($"/api/contracts/{deal.Contract}/escrow", null);
            var requested = await first.Client(deal.Worker).PostJsonAsync($"/api/contracts/{deal.Contract}/disclosure", null);
            itemId = requested.GetProperty("disclosureRequest").Str("reviewItemId");
            await first.StopAsync();
        }

        Assert.Equal(1, await Database.ScalarAsync(cs, $"SELECT count(*) FROM grain_state WHERE state_name = 'review' AND grain_id LIKE '%{itemId}%'"));
        await using (var second = await PlatformHost.StartAsync(cs))
        {
            var open = await second.Staff().GetJsonAsync("/api/staff/reviews?status=open");
            Assert.Contains(open.EnumerateArray(), i => i.Str("id") == itemId);
            var decided = await second.Staff().PostJsonAsync($"/api/staff/reviews/{itemId}/decision", new { decision = "approve", reason = "取引に問題はありません。", reviewer = "reviewer-pg" });
            Assert.Equal("approved", decided.Str("status"));
            await second.StopAsync();
        }

        await using var third = await PlatformHost.StartAsync(cs);
        var listed = await third.Staff().GetJsonAsync("/api/staff/reviews?status=decided");
        Assert.Equal(("approved", "reviewer-pg"), listed.EnumerateArray().Where(i => i.Str("id") == itemId).Select(i => (i.Str("status"), i.Str("decidedBy"))).Single());
        Assert.Empty((await third.Staff().GetJsonAsync("/api/staff/reviews?status=open")).EnumerateArray());
        var again = await third.Staff().PostAsJsonAsync($"/api/staff/reviews/{itemId}/decision", new { decision = "reject", reason = "やはり却下します。" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("approved", (await third.Client(deal.Worker).GetJsonAsync($"/api/contracts/{deal.Contract}")).Str("disclosure"));
    }

    [Fact]
    public async Task ReviewBacklogOfSeveralPages_FullRestart_EveryOpenItemListedAndDecidable()
    {
        var cs = await postgres.CreateDatabaseAsync();
        Deal deal;
        string[] keys;
        await using (var first = await PlatformHost.StartAsync(cs))
        {
            deal = await Api.ContractAsync(first);
            // Each reported message is an item of its own (this host has no checks to hold them).
            var sent = await Task.WhenAll(Enumerable.Range(0, 75).Select(i =>
                first.Client(deal.Client).PostJsonAsync(deal.Messages, new { text = $"詳しくは別の場所でご案内します。（{i}）" }, HttpStatusCode.Created)));
            await Task.WhenAll(sent.Select(m => first.Client(deal.Worker).PostJsonAsync("/api/reports",
                new { targetKind = "message", targetId = $"{deal.Contract}:{m.Str("id")}", category = "off_platform_contact" }, HttpStatusCode.Created)));
            keys = [.. sent.Select(m => $"report-message-{deal.Contract}-{m.Str("id")}")];
            await first.StopAsync();
        }

        // Two full pages of ids are in rows of their own: the queue's own row holds the newest eleven.
        Assert.Equal(2, await Database.ScalarAsync(cs, "SELECT count(*) FROM grain_state WHERE state_name = 'reviewpage' AND payload IS NOT NULL"));
        Assert.True(await Database.ScalarAsync(cs, "SELECT max(octet_length(payload)) FROM grain_state WHERE state_name = 'reviews'") < 4000);
        await using var second = await PlatformHost.StartAsync(cs);
        var open = await second.Staff().GetJsonAsync("/api/staff/reviews?status=open");
        Assert.Equal(keys.Order(), open.EnumerateArray().Select(i => i.Str("id")).Order());
        var decided = await second.Staff().PostJsonAsync($"/api/staff/reviews/{keys[0]}/decision", new { decision = "reject", reason = "違反は確認できませんでした。", reviewer = "reviewer-pg" });
        Assert.Equal("rejected", decided.Str("status"));
        Assert.Equal(74, (await second.Staff().GetJsonAsync("/api/staff/reviews?status=open")).GetArrayLength());
    }
}
