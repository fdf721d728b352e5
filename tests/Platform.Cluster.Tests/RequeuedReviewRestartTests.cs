using System.Net;
using System.Net.Http.Json;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Reviews;
using Platform.Abstractions.Users;

namespace Platform.Cluster.Tests;

/// <summary>
/// A withdrawn worker's held proposal whose detection flagged them at once: the withdrawal closes its review item, the host
/// stops, and the lift on the next host queues the proposal again under a new item. On PostgreSQL, that item still carries what
/// the closed one was to do (the flag to give back if the proposal is released), and the closed item, read by its old id, names it.
/// </summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class RequeuedReviewRestartTests(PostgresFixture postgres)
{
    // Held by the example banned-phrases check (HeldMessageWriteTests.WithBannedPhrases).
    private const string HeldProposal = "事務局です。3点で28,000円、5日で納品します。";
    private const string Code = "mlm.recruiting";
    private const string ReasonJa = "紹介で報酬が増える勧誘はマルチ商法の疑いがあります。";

    [Fact]
    public async Task Lift_AfterARestart_RequeuedProposalReleased_GivesBackTheFlagTheClosedItemsDetectionSet()
    {
        var cs = await postgres.CreateDatabaseAsync();
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var (client, worker) = ($"cl-{suffix}", $"wk-{suffix}");
        string job, key, step;
        await using (var first = await PlatformHost.StartAsync(cs, HeldMessageWriteTests.WithBannedPhrases))
        {
            await Api.RegisterAsync(first, client, "client");
            await Api.RegisterAsync(first, worker, "worker", "佐藤デザイン");
            job = (await first.Client(client).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
            var held = await first.Client(worker).PostJsonAsync($"/api/jobs/{job}/proposals", new { text = HeldProposal, priceYen = 28000 }, HttpStatusCode.Created);
            Assert.Equal("held", held.Str("status"));
            key = $"held-job-{job}-{held.Str("id")}";

            // A detection of the proposal flagged the worker at once (as the effect dispatcher does: the flag names the item's key,
            // and the item lists it as applied), for a release of the proposal to give back.
            await first.Grains.GetGrain<IUserGrain>(worker).FlagAsync(Code, ReasonJa, "platform", key);
            await first.Grains.GetGrain<IReviewQueueGrain>("default").EnqueueAsync(new NewReviewItem(
                "detection", "auto", "job", job, held.Str("id"), worker, "mlm", Code, "自動検知：勧誘の疑い", 2, DateTimeOffset.UtcNow.AddDays(1), key)
            {
                Applied = [new EffectView("flag_user", worker, Code, ReasonJa, "done")],
            });
            Assert.Contains(Code, Flags(await first.Staff().GetJsonAsync($"/api/staff/users/{worker}")));

            using var taken = await first.Staff().PostAsJsonAsync($"/api/staff/users/{worker}/steps",
                new { step = "withdrawal", code = "tos.severe", reason = "重大な規約違反のため強制退会とします。", reviewer = "rv-1" });
            Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
            step = taken.Headers.Location!.ToString();
            Assert.Equal("rejected", (await first.Staff().GetJsonAsync($"/api/staff/reviews/{key}")).Str("status"));
            await first.StopAsync();
        }

        await using var second = await PlatformHost.StartAsync(cs, HeldMessageWriteTests.WithBannedPhrases);
        Assert.Equal("good", (await second.Staff().PostJsonAsync($"{step}/lift", new { reason = "異議申し立てを認めました。", reviewer = "rv-1" })).Str("standing"));
        string again = "";
        await Poll.UntilAsync(async () =>
        {
            var open = (await second.Staff().GetJsonAsync($"/api/staff/reviews?status=open&subject={worker}")).EnumerateArray()
                .FirstOrDefault(i => i.GetProperty("item").Str("key") == key);
            again = open.ValueKind == System.Text.Json.JsonValueKind.Object ? open.Str("id")! : "";
            return again.Length > 0;
        }, what: "the held proposal in review again");
        var old = await second.Staff().GetJsonAsync($"/api/staff/reviews/{key}");
        Assert.Equal((true, again), (old.GetProperty("superseded").GetBoolean(), old.Str("currentItemId")));

        var decided = await second.Staff().PostJsonAsync($"/api/staff/reviews/{again}/decision", new { decision = "approve", reason = "勧誘ではありません。", reviewer = "rv-2" });

        Assert.Contains($"flag {Code} of user {worker} removed", decided.Str("outcome"), StringComparison.Ordinal);
        Assert.DoesNotContain(Code, Flags(await second.Staff().GetJsonAsync($"/api/staff/users/{worker}")));
        Assert.Equal("delivered", (await second.Client(client).GetJsonAsync($"/api/jobs/{job}/proposals"))[0].Str("status"));
    }

    private static string?[] Flags(System.Text.Json.JsonElement user) => [.. user.GetProperty("flags").EnumerateArray().Select(f => f.GetString())];
}
