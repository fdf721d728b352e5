using System.Net;
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
}
