using System.Net;
using System.Net.Http.Json;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Reviews;
using Platform.Abstractions.Users;

namespace Platform.Cluster.Tests;

/// <summary>
/// A restriction lift gives back the disclosures the restriction revoked, and the month's statistics count them
/// (<c>disclosuresReinstated</c>). When the counts cannot be stored after the contracts stored the give-back (here
/// PostgreSQL refuses the statistics rows, a trigger), the lift is still answered: each contract keeps its count with
/// the give-back and sends it once the month takes writes again, after a restart too; the lift sent again
/// (409 <c>ladder.already_lifted</c>) counts nothing more.
/// </summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class ReinstatementCountTests(PostgresFixture postgres)
{
    private const int Contracts = 3;

    [Fact]
    public async Task LiftStep_StatisticsWriteRefusedMidLift_RepeatedLiftCountsEveryReinstatementOnce()
    {
        var cs = await postgres.CreateDatabaseAsync();
        string worker, step;
        List<(string Client, string Contract)> deals;
        await using (var first = await PlatformHost.StartAsync(cs))
        {
            (worker, deals) = await Api.WorkerWithApprovalsAsync(first, Contracts);
            step = await RestrictAsync(first, worker);
            Assert.Equal((Contracts, 0L), await RevokedAndReinstatedAsync(first));

            await Api.RefuseWritesAsync(cs, "statistics/%");
            using (var cut = await first.Staff().PostAsJsonAsync($"{step}/lift", new { reason = "確認の結果、違反ではありませんでした。", reviewer = "rv-1" }))
            {
                Assert.True(cut.IsSuccessStatusCode, $"lift answered {cut.StatusCode}");
            }

            Assert.Equal((Contracts, 0L), await RevokedAndReinstatedAsync(first));

            await Api.AllowWritesAsync(cs);
            await first.StopAsync();
        }

        await using var second = await PlatformHost.StartAsync(cs);
        // The give-back was stored: the step is lifted and every approval is back.
        Assert.Equal("good", (await second.Staff().GetJsonAsync($"/api/staff/users/{worker}")).Str("standing"));
        await AssertEveryDisclosureApprovedAsync(second, deals);

        // Each contract, started again, counts its give-back; the lift sent again is refused as lifted and counts nothing.
        await Poll.UntilAsync(async () => await RevokedAndReinstatedAsync(second) == (Contracts, Contracts), what: "every give-back counted");
        for (var repeat = 0; repeat < 2; repeat++)
        {
            await AssertLiftRefusedAsLiftedAsync(second, step);
            Assert.Equal((Contracts, (long)Contracts), await RevokedAndReinstatedAsync(second));
        }

        await AssertEachClientToldOnceAsync(second, deals);
    }

    [Fact]
    public async Task LiftStep_ContractWriteRefusedMidGiveBackThenHostKilled_NextStartGivesEveryDisclosureBackCountedOnce()
    {
        var cs = await postgres.CreateDatabaseAsync();
        string worker, step;
        List<(string Client, string Contract)> deals;
        await using (var first = await PlatformHost.StartAsync(cs))
        {
            (worker, deals) = await Api.WorkerWithApprovalsAsync(first, Contracts);
            step = await RestrictAsync(first, worker);

            // The lift is stored, then one contract refuses its write as the disclosures are given back: cut off, the host killed.
            await Api.RefuseWritesAsync(cs, $"contract/{deals[1].Contract}");
            using (var cut = await first.Staff().PostAsJsonAsync($"{step}/lift", new { reason = "確認の結果、違反ではありませんでした。", reviewer = "rv-1" }))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, cut.StatusCode);
            }

            await first.KillAsync();
            await Api.AllowWritesAsync(cs);
        }

        // No retry: the staff look the worker up once the host is back, and that gives the missed disclosure back.
        await using var second = await PlatformHost.StartAsync(cs);
        Assert.Equal("good", (await second.Staff().GetJsonAsync($"/api/staff/users/{worker}")).Str("standing"));
        await Poll.UntilAsync(async () => (await second.Client(deals[1].Client).GetJsonAsync($"/api/contracts/{deals[1].Contract}")).Str("disclosure") == "approved",
            what: "the disclosure the cut-off lift missed given back");
        await AssertEveryDisclosureApprovedAsync(second, deals);

        await Poll.UntilAsync(async () => await RevokedAndReinstatedAsync(second) == (Contracts, Contracts), what: "every give-back counted");
        await AssertLiftRefusedAsLiftedAsync(second, step);
        Assert.Equal((Contracts, (long)Contracts), await RevokedAndReinstatedAsync(second));
        await AssertEachClientToldOnceAsync(second, deals);
    }

    [Fact]
    public async Task Dismiss_DetectionWhoseFlagRevoked_ContractWriteRefusedMidGiveBackThenHostKilled_NextStartGivesItBack()
    {
        var cs = await postgres.CreateDatabaseAsync();
        string worker;
        List<(string Client, string Contract)> deals;
        await using (var first = await PlatformHost.StartAsync(cs))
        {
            (worker, deals) = await Api.WorkerWithApprovalsAsync(first, Contracts);
            // A detection flagged the worker at once (the flag names its review item's key, which lists the flag as applied):
            // every approval revoked, for a dismissal to give back.
            const string code = "mlm.recruiting", reasonJa = "紹介で報酬が増える勧誘はマルチ商法の疑いがあります。";
            var key = $"held-contract-{deals[0].Contract}-self";
            await first.Grains.GetGrain<IUserGrain>(worker).FlagAsync(code, reasonJa, "platform", key);
            await first.Grains.GetGrain<IReviewQueueGrain>("default").EnqueueAsync(new NewReviewItem(
                "detection", "auto", "contract", deals[0].Contract, null, worker, "mlm", code, "自動検知：勧誘の疑い", 2, DateTimeOffset.UtcNow.AddDays(1), key)
            {
                Applied = [new EffectView("flag_user", worker, code, reasonJa, "done")],
            });
            Assert.Equal((Contracts, 0L), await RevokedAndReinstatedAsync(first));

            // The dismissal removes the flag (stored), then one contract refuses its write as the disclosures are given back: cut
            // off, the host killed, the decision never sent again.
            await Api.RefuseWritesAsync(cs, $"contract/{deals[1].Contract}");
            using (var cut = await first.Staff().PostAsJsonAsync($"/api/staff/reviews/{key}/decision", new { decision = "reject", reason = "誤検知です。", reviewer = "rv-2" }))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, cut.StatusCode);
            }

            await first.KillAsync();
            await Api.AllowWritesAsync(cs);
        }

        // The staff look the worker up once the host is back, and that gives the missed disclosure back.
        await using var second = await PlatformHost.StartAsync(cs);
        Assert.Empty((await second.Staff().GetJsonAsync($"/api/staff/users/{worker}")).GetProperty("flags").EnumerateArray());
        await Poll.UntilAsync(async () => (await second.Client(deals[1].Client).GetJsonAsync($"/api/contracts/{deals[1].Contract}")).Str("disclosure") == "approved",
            what: "the disclosure the cut-off dismissal missed given back");
        await AssertEveryDisclosureApprovedAsync(second, deals);

        await Poll.UntilAsync(async () => await RevokedAndReinstatedAsync(second) == (Contracts, Contracts), what: "every give-back counted");
    }

    // The restriction taken by a reviewer: the step's address, to lift it by.
    private static async Task<string> RestrictAsync(PlatformHost host, string worker)
    {
        using var taken = await host.Staff().PostAsJsonAsync($"/api/staff/users/{worker}/steps",
            new { step = "restriction", code = "violation.confirmed", reason = "規約違反が確認されました。", reviewer = "rv-1" });
        Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
        return taken.Headers.Location!.ToString();
    }

    // The lift sent again: refused as lifted.
    private static async Task AssertLiftRefusedAsLiftedAsync(PlatformHost host, string step)
    {
        using var again = await host.Staff().PostAsJsonAsync($"{step}/lift", new { reason = "確認の結果、違反ではありませんでした。", reviewer = "rv-1" });
        Assert.Equal("ladder.already_lifted", (await again.JsonAsync(HttpStatusCode.Conflict)).Str("code"));
    }

    private static async Task AssertEveryDisclosureApprovedAsync(PlatformHost host, List<(string Client, string Contract)> deals)
    {
        foreach (var (client, contract) in deals)
        {
            Assert.Equal("approved", (await host.Client(client).GetJsonAsync($"/api/contracts/{contract}")).Str("disclosure"));
        }
    }

    // Each client told of its disclosure given back exactly once.
    private static async Task AssertEachClientToldOnceAsync(PlatformHost host, List<(string Client, string Contract)> deals)
    {
        foreach (var (client, _) in deals)
        {
            Assert.Single((await host.Client(client).GetJsonAsync($"/api/users/{client}/notifications")).EnumerateArray(), n => n.Str("type") == "disclosure_reinstated");
        }
    }

    private static async Task<(long Revoked, long Reinstated)> RevokedAndReinstatedAsync(PlatformHost host)
    {
        var month = await Api.ThisMonthAsync(host);
        return (month.GetProperty("disclosuresRevoked").GetInt64(), month.GetProperty("disclosuresReinstated").GetInt64());
    }
}
