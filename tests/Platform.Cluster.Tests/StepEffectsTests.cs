using System.Net;
using System.Net.Http.Json;

namespace Platform.Cluster.Tests;

/// <summary>
/// A restriction or withdrawal is stored first, then done on the user's contracts and posts. When that is cut off part-way
/// (here PostgreSQL refuses one grain's rows, a trigger, as a crash refuses them), what was left undone is done: by the
/// step sent again with the same <c>Idempotency-Key</c>, or, with no retry, once the host is back and the user's grain
/// starts. Each revocation and each step is counted once in the month's statistics.
/// </summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class StepEffectsTests(PostgresFixture postgres)
{
    private const int Contracts = 3;

    [Fact]
    public async Task TakeStep_ContractWriteRefusedMidRestriction_RetryWithTheKeyRevokesTheRestCountedOnce()
    {
        var cs = await postgres.CreateDatabaseAsync();
        await using var host = await PlatformHost.StartAsync(cs);
        var (worker, deals) = await Api.WorkerWithApprovalsAsync(host, Contracts);
        var (_, missed) = deals[1];

        await Api.RefuseWritesAsync(cs, $"contract/{missed}");
        using (var cut = await SendStepAsync(host, worker, "restriction"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, cut.StatusCode);
        }

        await Api.AllowWritesAsync(cs);
        // Cut off part-way: the worker is restricted, but one client may still exchange contact details with them.
        Assert.Equal("approved", await DisclosureAsync(host, deals[1]));

        for (var repeat = 0; repeat < 2; repeat++)
        {
            using var again = await SendStepAsync(host, worker, "restriction");
            Assert.Equal(HttpStatusCode.Created, again.StatusCode);
            foreach (var deal in deals)
            {
                Assert.Equal("revoked", await DisclosureAsync(host, deal));
            }

            Assert.Equal((Contracts, 1L), await RevokedAndStepsAsync(host, "restrictions"));
        }

        foreach (var (client, _) in deals)
        {
            Assert.Single((await host.Client(client).GetJsonAsync($"/api/users/{client}/notifications")).EnumerateArray(), n => n.Str("type") == "disclosure_revoked");
        }
    }

    [Fact]
    public async Task TakeStep_StatisticsRefused_AnsweredAndDone_CountOwedTillTheNextStartCountsEachOnce()
    {
        var cs = await postgres.CreateDatabaseAsync();
        string worker;
        List<(string Client, string Contract)> deals;
        await using (var first = await PlatformHost.StartAsync(cs))
        {
            (worker, deals) = await Api.WorkerWithApprovalsAsync(first, Contracts);

            // The month refuses its count: the step is still answered, done on every contract, its count owed (as a flag's).
            await Api.RefuseWritesAsync(cs, "statistics/%");
            using (var taken = await SendStepAsync(first, worker, "restriction"))
            {
                Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
            }

            foreach (var deal in deals)
            {
                Assert.Equal("revoked", await DisclosureAsync(first, deal));
            }

            await first.KillAsync();
            await Api.AllowWritesAsync(cs);
        }

        // No retry: the staff only look the user up once the host is back, and that counts the step.
        await using var second = await PlatformHost.StartAsync(cs);
        Assert.Equal("restricted", (await second.Staff().GetJsonAsync($"/api/staff/users/{worker}")).Str("standing"));
        await Poll.UntilAsync(async () => await RevokedAndStepsAsync(second, "restrictions") == (Contracts, 1L), what: "the restriction counted");
        foreach (var deal in deals)
        {
            Assert.Equal("revoked", await DisclosureAsync(second, deal));
        }

        using var again = await SendStepAsync(second, worker, "restriction");
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal((Contracts, 1L), await RevokedAndStepsAsync(second, "restrictions"));
    }

    [Fact]
    public async Task TakeStep_PostWriteRefusedMidWithdrawal_NextStartHidesTheOpenPostCountedOnce()
    {
        var cs = await postgres.CreateDatabaseAsync();
        var client = $"cl-{Guid.NewGuid().ToString("N")[..10]}";
        string job;
        await using (var first = await PlatformHost.StartAsync(cs))
        {
            await Api.RegisterAsync(first, client, "client");
            job = (await first.Client(client).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
            await CutOffThenKillAsync(first, cs, $"job/{job}", client, "withdrawal");
        }

        await using var second = await PlatformHost.StartAsync(cs);
        Assert.Equal("withdrawn", (await second.Staff().GetJsonAsync($"/api/staff/users/{client}")).Str("standing"));
        await Poll.UntilAsync(async () => (await second.Client(client).GetJsonAsync($"/api/jobs/{job}")).Str("status") == "hidden", what: "the post hidden");
        await Poll.UntilAsync(async () => await RevokedAndStepsAsync(second, "withdrawals") == (0L, 1L), what: "the withdrawal counted");

        using var again = await SendStepAsync(second, client, "withdrawal");
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal((0L, 1L), await RevokedAndStepsAsync(second, "withdrawals"));
    }

    [Fact]
    public async Task TakeStep_ProposalJobWriteRefusedMidWithdrawal_NextStartWithdrawsTheProposal_CounterpartToldOnce()
    {
        var cs = await postgres.CreateDatabaseAsync();
        Deal deal;
        string job;
        await using (var first = await PlatformHost.StartAsync(cs))
        {
            deal = await Api.ContractAsync(first);
            job = (await first.Client(deal.Client).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
            await first.Client(deal.Worker).PostJsonAsync($"/api/jobs/{job}/proposals", new { text = "こちらも3点で28,000円で承ります。", priceYen = 28000 }, HttpStatusCode.Created);
            // The counterpart is told, then the job the worker proposed to refuses its write: cut off, the host killed.
            await CutOffThenKillAsync(first, cs, $"job/{job}", deal.Worker, "withdrawal");
        }

        // No retry: the staff look the worker up once the host is back, and that finishes the withdrawal.
        await using var second = await PlatformHost.StartAsync(cs);
        Assert.Equal("withdrawn", (await second.Staff().GetJsonAsync($"/api/staff/users/{deal.Worker}")).Str("standing"));
        await Poll.UntilAsync(async () => (await second.Client(deal.Client).GetJsonAsync($"/api/jobs/{job}/proposals"))[0].Str("status") == "withdrawn",
            what: "the proposal withdrawn");
        await Poll.UntilAsync(async () => await RevokedAndStepsAsync(second, "withdrawals") == (0L, 1L), what: "the withdrawal counted");

        using var again = await SendStepAsync(second, deal.Worker, "withdrawal");
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var told = (await second.Client(deal.Client).GetJsonAsync($"/api/users/{deal.Client}/notifications")).EnumerateArray()
            .Where(n => n.Str("type") == "counterpart_withdrawn").ToList();
        Assert.Equal(deal.Contract, Assert.Single(told).Str("relatedId"));
    }

    [Fact]
    public async Task LiftStep_ProposalJobWriteRefusedMidLift_NextStartGivesTheProposalBack()
    {
        var cs = await postgres.CreateDatabaseAsync();
        Deal deal;
        string job;
        int number;
        await using (var first = await PlatformHost.StartAsync(cs))
        {
            deal = await Api.ContractAsync(first);
            job = (await first.Client(deal.Client).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
            await first.Client(deal.Worker).PostJsonAsync($"/api/jobs/{job}/proposals", new { text = "こちらも3点で28,000円で承ります。", priceYen = 28000 }, HttpStatusCode.Created);
            number = await WithdrawAsync(first, deal.Worker);
            Assert.Equal("withdrawn", (await first.Client(deal.Client).GetJsonAsync($"/api/jobs/{job}/proposals"))[0].Str("status"));
            // The lift is stored, then the job the worker proposed to refuses its write: cut off, the host killed.
            await CutOffThenKillAsync(first, cs, $"job/{job}", () => LiftAsync(first, deal.Worker, number));
        }

        // No retry: the staff look the worker up once the host is back, and that gives the proposal back.
        await using var second = await PlatformHost.StartAsync(cs);
        Assert.Equal("good", (await second.Staff().GetJsonAsync($"/api/staff/users/{deal.Worker}")).Str("standing"));
        await Poll.UntilAsync(async () => (await second.Client(deal.Client).GetJsonAsync($"/api/jobs/{job}/proposals"))[0].Str("status") == "delivered",
            what: "the proposal given back");

        using var again = await LiftAsync(second, deal.Worker, number);
        Assert.Equal("ladder.already_lifted", (await again.JsonAsync(HttpStatusCode.Conflict)).Str("code"));
        var offered = Assert.Single((await second.Client(deal.Client).GetJsonAsync($"/api/jobs/{job}/proposals")).EnumerateArray());
        Assert.Equal(("delivered", "こちらも3点で28,000円で承ります。"), (offered.Str("status"), offered.Str("text")));
    }

    [Fact]
    public async Task LiftStep_ReviewQueueWriteRefusedMidLift_NextStartQueuesTheHeldProposalAgain()
    {
        var cs = await postgres.CreateDatabaseAsync();
        HeldProposal held;
        await using (var first = await PlatformHost.StartAsync(cs, HeldMessageWriteTests.WithBannedPhrases))
        {
            held = await Api.HeldProposalAsync(first);
            var number = await WithdrawAsync(first, held.Worker);
            Assert.Empty(await OpenItemsAsync(first, held.Worker));
            // The lift holds the proposal again, then the review queue refuses the item's write: cut off, the host killed.
            await CutOffThenKillAsync(first, cs, "reviewqueue/%", () => LiftAsync(first, held.Worker, number));
        }

        // No retry: the staff look the worker up once the host is back, and that queues the held proposal for review again.
        await using var second = await PlatformHost.StartAsync(cs, HeldMessageWriteTests.WithBannedPhrases);
        Assert.Equal("good", (await second.Staff().GetJsonAsync($"/api/staff/users/{held.Worker}")).Str("standing"));
        await Poll.UntilAsync(async () => (await OpenItemsAsync(second, held.Worker)).Contains(held.Key), what: "the held proposal in review again");
        Assert.Equal("held", (await second.Client(held.Worker).GetJsonAsync($"/api/jobs/{held.Job}/proposals"))[0].Str("status"));

        // A new item: the one the withdrawal closed keeps its id (the key), decided by the platform.
        var item = (await second.Staff().GetJsonAsync($"/api/staff/reviews?status=open&subject={held.Worker}")).EnumerateArray()
            .Single(i => i.GetProperty("item").Str("key") == held.Key).Str("id");
        var decided = await second.Staff().PostJsonAsync($"/api/staff/reviews/{item}/decision", new { decision = "approve", reason = "問題ありません。", reviewer = "rv-2" });
        Assert.Equal("approved", decided.Str("status"));
        Assert.Equal("delivered", (await second.Client(held.Client).GetJsonAsync($"/api/jobs/{held.Job}/proposals"))[0].Str("status"));
    }

    [Fact]
    public async Task Flag_ContractWriteRefusedMidRevocation_NextStartRevokesTheRestCountedOnce()
    {
        var cs = await postgres.CreateDatabaseAsync();
        string worker;
        List<(string Client, string Contract)> deals;
        await using (var first = await PlatformHost.StartAsync(cs))
        {
            (worker, deals, var item) = await Api.ReportedWorkerWithApprovalsAsync(first, Contracts);

            // The reviewer upholds the report: the worker is flagged, and the flag's revocation is cut off at one contract.
            await CutOffThenKillAsync(first, cs, $"contract/{deals[1].Contract}", () => first.Staff().PostAsJsonAsync(
                $"/api/staff/reviews/{item}/decision", new { decision = "approve", reason = "勧誘が確認されました。", reviewer = "rv-1" }));
        }

        // No decision sent again: the staff only look the worker up once the host is back, and that finishes the revocation.
        await using var second = await PlatformHost.StartAsync(cs);
        Assert.Contains("report", (await second.Staff().GetJsonAsync($"/api/staff/users/{worker}")).GetProperty("flags").EnumerateArray().Single().GetString());
        await Poll.UntilAsync(async () => await DisclosureAsync(second, deals[1]) == "revoked", what: "the approval the cut-off flag missed revoked");
        foreach (var deal in deals)
        {
            Assert.Equal("revoked", await DisclosureAsync(second, deal));
        }

        await Poll.UntilAsync(async () => (await Api.ThisMonthAsync(second)).GetProperty("disclosuresRevoked").GetInt64() == Contracts, what: "each revocation counted");
        Assert.Single((await second.Client(deals[1].Client).GetJsonAsync($"/api/users/{deals[1].Client}/notifications")).EnumerateArray(), n => n.Str("type") == "disclosure_revoked");
    }

    /// <summary>The step sent while PostgreSQL refuses the rows of <paramref name="refused"/> (answered 503), then the host killed.</summary>
    private static Task CutOffThenKillAsync(PlatformHost host, string cs, string refused, string userId, string step) =>
        CutOffThenKillAsync(host, cs, refused, () => SendStepAsync(host, userId, step));

    /// <summary>A request sent while PostgreSQL refuses the rows of <paramref name="refused"/> (answered 503), then the host killed.</summary>
    private static async Task CutOffThenKillAsync(PlatformHost host, string cs, string refused, Func<Task<HttpResponseMessage>> send)
    {
        await Api.RefuseWritesAsync(cs, refused);
        using (var cut = await send())
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, cut.StatusCode);
        }

        await host.KillAsync();
        await Api.AllowWritesAsync(cs);
    }

    // A reviewer withdraws the user (強制退会); the step's number.
    private static async Task<int> WithdrawAsync(PlatformHost host, string userId)
    {
        using var taken = await SendStepAsync(host, userId, "withdrawal");
        var warnings = (await taken.JsonAsync(HttpStatusCode.Created)).GetProperty("warnings");
        return warnings[warnings.GetArrayLength() - 1].GetProperty("number").GetInt32();
    }

    private static Task<HttpResponseMessage> LiftAsync(PlatformHost host, string userId, int number) =>
        host.Staff().PostAsJsonAsync($"/api/staff/users/{userId}/steps/{number}/lift", new { reason = "異議申し立てを認めました。", reviewer = "rv-1" });

    // The keys of the open review items about the user.
    private static async Task<string[]> OpenItemsAsync(PlatformHost host, string userId) =>
        [.. (await host.Staff().GetJsonAsync($"/api/staff/reviews?status=open&subject={userId}")).EnumerateArray().Select(i => i.GetProperty("item").Str("key"))];

    private static Task<HttpResponseMessage> SendStepAsync(PlatformHost host, string userId, string step)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/staff/users/{userId}/steps")
        {
            Content = JsonContent.Create(new { step, code = "violation.confirmed", reason = "規約違反が確認されました。", reviewer = "rv-1" }),
        };
        request.Headers.Add("Idempotency-Key", $"{step}-{userId}");
        return host.Staff().SendAsync(request);
    }

    private static async Task<string> DisclosureAsync(PlatformHost host, (string Client, string Contract) deal) =>
        (await host.Client(deal.Client).GetJsonAsync($"/api/contracts/{deal.Contract}")).Str("disclosure");

    private static async Task<(long Revoked, long Steps)> RevokedAndStepsAsync(PlatformHost host, string steps)
    {
        var month = await Api.ThisMonthAsync(host);
        return (month.GetProperty("disclosuresRevoked").GetInt64(), month.GetProperty(steps).GetInt64());
    }
}
