using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Platform.Abstractions.Statistics;

namespace Platform.Cluster.Tests;

/// <summary>
/// What a contract and the warning ladder count in the monthly statistics is counted once however a change is cut off:
/// a disclosure decision, a nudge's request and answer, or a flag's revocations stored while PostgreSQL refuses the statistics' rows
/// (a trigger) are counted once the month takes writes again, after a killed host too (they were lost before: counted
/// after the change's write, never again); a restriction whose count was taken but whose user row then could not be
/// written is finished again after a restart and not counted a second time (it was counted twice before).
/// </summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class StatisticsCountTests(PostgresFixture postgres)
{
    private const int Contracts = 2;

    [Fact]
    public async Task DisclosureDecision_StatisticsRefusedThenHostKilled_NextStartCountsItOnce()
    {
        var cs = await postgres.CreateDatabaseAsync();
        Deal deal;
        await using (var first = await PlatformHost.StartAsync(cs))
        {
            deal = await Api.ContractAsync(first);
            await first.Client(deal.Client).PostJsonAsync($"/api/contracts/{deal.Contract}/escrow", null);
            var item = (await first.Client(deal.Worker).PostJsonAsync($"/api/contracts/{deal.Contract}/disclosure", null)).GetProperty("disclosureRequest").Str("reviewItemId");

            await Api.RefuseWritesAsync(cs, "statistics/%");
            // The decision is stored and answered; only its count waits for the month.
            var decided = await first.Staff().PostJsonAsync($"/api/staff/reviews/{item}/decision", new { decision = "approve", reason = "取引に問題はありません。", reviewer = "rv-1" });
            Assert.Equal("approved", decided.Str("status"));
            await first.KillAsync();
            await Api.AllowWritesAsync(cs);
        }

        await using var second = await PlatformHost.StartAsync(cs);
        Assert.Equal("approved", (await second.Client(deal.Client).GetJsonAsync($"/api/contracts/{deal.Contract}")).Str("disclosure"));
        await Poll.UntilAsync(async () => (await Api.ThisMonthAsync(second)).GetProperty("disclosuresApproved").GetInt64() == 1, what: "the approval counted");
        await second.Grains.GetGrain<Platform.Abstractions.Contracts.IContractGrain>(deal.Contract).CheckDueAsync();
        Assert.Equal(1, (await Api.ThisMonthAsync(second)).GetProperty("disclosuresApproved").GetInt64());
    }

    [Fact]
    public async Task NudgeRequestAndAnswer_StatisticsRefused_EachCountedOnceTheMonthTakesWritesAgain()
    {
        var cs = await postgres.CreateDatabaseAsync();
        await using var host = await PlatformHost.StartAsync(cs);
        var deal = await Api.ContractAsync(host);
        await host.Client(deal.Client).PostJsonAsync($"/api/contracts/{deal.Contract}/escrow", null);

        await Api.RefuseWritesAsync(cs, "statistics/%");
        var nudged = await host.Client(deal.Worker).PostJsonAsync($"/api/contracts/{deal.Contract}/nudge", null);
        Assert.Equal("active", nudged.GetProperty("nudge").Str("status"));
        Assert.Equal(0, await CounterAsync(host, "nudge.requested"));
        await Api.AllowWritesAsync(cs);

        await Poll.UntilAsync(async () => await CounterAsync(host, "nudge.requested") == 1, what: "the nudge request counted");

        // The silent client answers while the month refuses writes again: the message is delivered and ends the nudge.
        await Api.RefuseWritesAsync(cs, "statistics/%");
        var reply = await host.Client(deal.Client).PostJsonAsync(deal.Messages, new { text = "返信が遅くなり申し訳ありません。" }, HttpStatusCode.Created);
        Assert.Equal("delivered", reply.Str("status"));
        Assert.Equal("answered", (await host.Client(deal.Worker).GetJsonAsync($"/api/contracts/{deal.Contract}")).GetProperty("nudge").Str("status"));
        await Api.AllowWritesAsync(cs);

        await Poll.UntilAsync(async () => await CounterAsync(host, "nudge.answered") == 1, what: "the answer counted");
        await host.Grains.GetGrain<Platform.Abstractions.Contracts.IContractGrain>(deal.Contract).CheckDueAsync();
        Assert.Equal((1L, 1L), (await CounterAsync(host, "nudge.requested"), await CounterAsync(host, "nudge.answered")));
    }

    [Fact]
    public async Task NudgeSettlement_ContractWriteRefusedAfterItThenHostKilled_NextStartSettlesCountedOnce()
    {
        var cs = await postgres.CreateDatabaseAsync();
        Deal deal;
        await using (var first = await PlatformHost.StartAsync(cs, OneSecondNudge))
        {
            deal = await Api.ContractAsync(first);
            await first.Client(deal.Client).PostJsonAsync($"/api/contracts/{deal.Contract}/escrow", null);
            await first.Client(deal.Worker).PostJsonAsync($"/api/contracts/{deal.Contract}/nudge", null);
            await Task.Delay(TimeSpan.FromSeconds(1.5));

            // The silent client's time is up, but the settlement's write is refused: nothing of it is stored.
            await Api.RefuseWritesAsync(cs, $"contract/{deal.Contract}");
            await Assert.ThrowsAnyAsync<Exception>(() => first.Grains.GetGrain<Platform.Abstractions.Contracts.IContractGrain>(deal.Contract).CheckDueAsync());
            await first.KillAsync();
            await Api.AllowWritesAsync(cs);
        }

        await using var second = await PlatformHost.StartAsync(cs, OneSecondNudge);
        await second.Grains.GetGrain<Platform.Abstractions.Contracts.IContractGrain>(deal.Contract).CheckDueAsync();
        var settled = await second.Client(deal.Client).GetJsonAsync($"/api/contracts/{deal.Contract}");
        Assert.Equal(("settled", "cancelled"), (settled.GetProperty("nudge").Str("status"), settled.Str("stage")));
        await Poll.UntilAsync(async () => await CounterAsync(second, "nudge.settled") >= 1, what: "the settlement counted");
        Assert.Equal(1, await CounterAsync(second, "nudge.settled"));
    }

    private static void OneSecondNudge(Microsoft.AspNetCore.Builder.WebApplicationBuilder builder) =>
        builder.Configuration["Workflows:NudgeIntervals:0"] = "00:00:01";

    [Fact]
    public async Task Flag_StatisticsRefusedThenHostKilled_NextStartCountsEachRevocationOnce()
    {
        var cs = await postgres.CreateDatabaseAsync();
        string worker;
        List<(string Client, string Contract)> deals;
        await using (var first = await PlatformHost.StartAsync(cs))
        {
            (worker, deals, var item) = await Api.ReportedWorkerWithApprovalsAsync(first, Contracts);

            // The reviewer upholds the report while the month refuses writes: the worker is flagged and every approval revoked.
            await Api.RefuseWritesAsync(cs, "statistics/%");
            using (await first.Staff().PostAsJsonAsync($"/api/staff/reviews/{item}/decision", new { decision = "approve", reason = "勧誘が確認されました。", reviewer = "rv-1" }))
            {
            }

            await Poll.UntilAsync(async () => (await Task.WhenAll(deals.Select(d => DisclosureAsync(first, d)))).All(d => d == "revoked"), what: "every approval revoked");
            await first.KillAsync();
            await Api.AllowWritesAsync(cs);
        }

        await using var second = await PlatformHost.StartAsync(cs);
        foreach (var deal in deals)
        {
            Assert.Equal("revoked", await DisclosureAsync(second, deal));
        }

        // The worker's grain starts again (here for a staff look-up) and finishes the flag it stored: the fan-out again,
        // whose contracts say this flag revoked them before the stop, so it arrives at the same count, taken once.
        Assert.NotEqual(0, (await second.Staff().GetJsonAsync($"/api/staff/users/{worker}")).GetProperty("flags").GetArrayLength());
        await Poll.UntilAsync(async () => (await Api.ThisMonthAsync(second)).GetProperty("disclosuresRevoked").GetInt64() == Contracts, what: "each revocation counted");
        foreach (var (_, contract) in deals)
        {
            await second.Grains.GetGrain<Platform.Abstractions.Contracts.IContractGrain>(contract).CheckDueAsync();
        }

        Assert.Equal(Contracts, (await Api.ThisMonthAsync(second)).GetProperty("disclosuresRevoked").GetInt64());
    }

    [Fact]
    public async Task Restriction_UserRowRefusedAfterItsCountThenHostKilled_NextStartFinishesItCountedOnce()
    {
        var cs = await postgres.CreateDatabaseAsync();
        string worker;
        List<(string Client, string Contract)> deals;
        await using (var first = await PlatformHost.StartAsync(cs))
        {
            (worker, deals) = await Api.WorkerWithApprovalsAsync(first, Contracts);

            // The step is stored, done on the contracts and counted; then the user's row, which would say it is done, is refused.
            await RefuseWritesAfterACountAsync(cs, $"user/{worker}");
            using (var cut = await first.Staff().PostAsJsonAsync($"/api/staff/users/{worker}/steps",
                new { step = "restriction", code = "violation.confirmed", reason = "規約違反が確認されました。", reviewer = "rv-1" }))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, cut.StatusCode);
            }

            Assert.Equal((Contracts, 1L), await RevokedAndRestrictionsAsync(first));
            await first.KillAsync();
            await Api.AllowWritesAsync(cs);
        }

        // The next start finishes the step again (its mark was not cleared) and sends its count again: taken once.
        await using var second = await PlatformHost.StartAsync(cs);
        Assert.Equal("restricted", (await second.Staff().GetJsonAsync($"/api/staff/users/{worker}")).Str("standing"));
        await Poll.UntilAsync(async () => await Database.ScalarAsync(cs, StepsDone(worker)) == 1, what: "the restriction finished again");
        Assert.Equal((Contracts, 1L), await RevokedAndRestrictionsAsync(second));
    }

    // The user's row written since it was refused (the step finished again and marked done).
    private static string StepsDone(string worker) =>
        $"SELECT count(*) FROM grain_state WHERE grain_id = 'user/{worker}' AND modified_on > (SELECT min(at) FROM writes_seen WHERE kind = 'counted')";

    /// <summary>
    /// Makes PostgreSQL refuse the rows of <paramref name="grainIds"/> once they were written and a statistics row was
    /// written after that, until <see cref="Api.AllowWritesAsync"/>: a change stored and counted, then cut off before its
    /// sender stored that it was counted.
    /// </summary>
    private static async Task RefuseWritesAfterACountAsync(string cs, string grainIds)
    {
        await Database.ExecuteAsync(cs, "CREATE TABLE IF NOT EXISTS writes_seen (kind text NOT NULL, at timestamptz NOT NULL)");
        await Database.ExecuteAsync(cs, """
            CREATE OR REPLACE FUNCTION refuse_after_count() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.grain_id LIKE 'statistics/%' THEN
                    IF EXISTS (SELECT 1 FROM writes_seen WHERE kind = 'stored') THEN
                        INSERT INTO writes_seen VALUES ('counted', clock_timestamp());
                    END IF;
                ELSIF EXISTS (SELECT 1 FROM writes_seen WHERE kind = 'counted') THEN
                    RAISE EXCEPTION 'write refused for the test';
                ELSE
                    INSERT INTO writes_seen VALUES ('stored', clock_timestamp());
                END IF;
                RETURN NEW;
            END $$;
            """);
        await Database.ExecuteAsync(cs, $"""
            CREATE TRIGGER refuse BEFORE INSERT OR UPDATE ON grain_state FOR EACH ROW
            WHEN (NEW.grain_id LIKE 'statistics/%' OR NEW.grain_id LIKE '{grainIds}') EXECUTE FUNCTION refuse_after_count();
            """);
    }

    private static async Task<long> CounterAsync(PlatformHost host, string key)
    {
        var month = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return (await host.Grains.GetGrain<IStatisticsGrain>(month).GetAsync()).Counters.GetValueOrDefault(key);
    }

    private static async Task<string> DisclosureAsync(PlatformHost host, (string Client, string Contract) deal) =>
        (await host.Client(deal.Client).GetJsonAsync($"/api/contracts/{deal.Contract}")).Str("disclosure");

    private static async Task<(long Revoked, long Restrictions)> RevokedAndRestrictionsAsync(PlatformHost host)
    {
        var month = await Api.ThisMonthAsync(host);
        return (month.GetProperty("disclosuresRevoked").GetInt64(), month.GetProperty("restrictions").GetInt64());
    }
}
