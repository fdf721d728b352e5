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
/// Once that item is decided, the record the closed item kept for it under its key is cleared.
/// </summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class RequeuedReviewRestartTests(PostgresFixture postgres)
{
    private const string Code = "mlm.recruiting";
    private const string ReasonJa = "紹介で報酬が増える勧誘はマルチ商法の疑いがあります。";

    [Fact]
    public async Task Lift_AfterARestart_RequeuedProposalReleased_GivesBackTheFlagTheClosedItemsDetectionSet()
    {
        var cs = await postgres.CreateDatabaseAsync();
        HeldProposal held;
        string step;
        await using (var first = await PlatformHost.StartAsync(cs, HeldMessageWriteTests.WithBannedPhrases))
        {
            held = await Api.HeldProposalAsync(first);

            // A detection of the proposal flagged the worker at once (as the effect dispatcher does: the flag names the item's key,
            // and the item lists it as applied), for a release of the proposal to give back.
            await first.Grains.GetGrain<IUserGrain>(held.Worker).FlagAsync(Code, ReasonJa, "platform", held.Key);
            await first.Grains.GetGrain<IReviewQueueGrain>("default").EnqueueAsync(new NewReviewItem(
                "detection", "auto", "job", held.Job, held.Proposal, held.Worker, "mlm", Code, "自動検知：勧誘の疑い", 2, DateTimeOffset.UtcNow.AddDays(1), held.Key)
            {
                Applied = [new EffectView("flag_user", held.Worker, Code, ReasonJa, "done")],
            });
            Assert.Contains(Code, Flags(await first.Staff().GetJsonAsync($"/api/staff/users/{held.Worker}")));

            using var taken = await first.Staff().PostAsJsonAsync($"/api/staff/users/{held.Worker}/steps",
                new { step = "withdrawal", code = "tos.severe", reason = "重大な規約違反のため強制退会とします。", reviewer = "rv-1" });
            Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
            step = taken.Headers.Location!.ToString();
            Assert.Equal("rejected", (await first.Staff().GetJsonAsync($"/api/staff/reviews/{held.Key}")).Str("status"));
            await first.StopAsync();
        }

        await using var second = await PlatformHost.StartAsync(cs, HeldMessageWriteTests.WithBannedPhrases);
        Assert.Equal("good", (await second.Staff().PostJsonAsync($"{step}/lift", new { reason = "異議申し立てを認めました。", reviewer = "rv-1" })).Str("standing"));
        string again = "";
        await Poll.UntilAsync(async () =>
        {
            var open = (await second.Staff().GetJsonAsync($"/api/staff/reviews?status=open&subject={held.Worker}")).EnumerateArray()
                .FirstOrDefault(i => i.GetProperty("item").Str("key") == held.Key);
            again = open.ValueKind == System.Text.Json.JsonValueKind.Object ? open.Str("id")! : "";
            return again.Length > 0;
        }, what: "the held proposal in review again");
        var old = await second.Staff().GetJsonAsync($"/api/staff/reviews/{held.Key}");
        Assert.Equal((true, again), (old.GetProperty("superseded").GetBoolean(), old.Str("currentItemId")));
        Assert.Equal(1, await KeptForTheRequeuedItemAsync(cs, held.Key));

        var decided = await second.Staff().PostJsonAsync($"/api/staff/reviews/{again}/decision", new { decision = "approve", reason = "勧誘ではありません。", reviewer = "rv-2" });

        Assert.Contains($"flag {Code} of user {held.Worker} removed", decided.Str("outcome"), StringComparison.Ordinal);
        Assert.DoesNotContain(Code, Flags(await second.Staff().GetJsonAsync($"/api/staff/users/{held.Worker}")));
        Assert.Equal("delivered", (await second.Client(held.Client).GetJsonAsync($"/api/jobs/{held.Job}/proposals"))[0].Str("status"));
        // What the closed item kept for the item queued again is gone from PostgreSQL; the closed item is still read by its old id.
        Assert.Equal(0, await KeptForTheRequeuedItemAsync(cs, held.Key));
        Assert.Equal(("rejected", false), ((old = await second.Staff().GetJsonAsync($"/api/staff/reviews/{held.Key}")).Str("status"), old.GetProperty("superseded").GetBoolean()));
    }

    // The stored records of what the platform-closed item of the key kept for the item queued again (a cleared one keeps its row, payload null).
    private static Task<long> KeptForTheRequeuedItemAsync(string cs, string key) =>
        Database.ScalarAsync(cs, "SELECT count(*) FROM grain_state WHERE grain_id LIKE $1 AND payload IS NOT NULL", $"%/{key}~superseded");

    private static string?[] Flags(System.Text.Json.JsonElement user) => [.. user.GetProperty("flags").EnumerateArray().Select(f => f.GetString())];
}
