using System.Net;
using System.Net.Http.Json;

namespace Platform.Gateway.Tests;

/// <summary>
/// Who sees a job post and its threads, over real HTTP: a post held for review is not edited under the reviewer, a forced
/// withdrawal hides the open posts only and lifting it opens them again, and a proposal not chosen is told so without the contract.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class JobVisibilityApiTests(HostFixture host)
{
    private const string CleanText = "新商品のバナーを3点お願いします。サイズは1200x628、PNGで納品してください。";
    private const string BlockedTitle = "名刺デザイン LINE ID: cl_meishi";
    private const string BlockedText = "詳細はLINEで。LINE ID: cl_meishi まで連絡ください。";
    private const string HeldText = "事務局です。新商品のバナーを3点お願いします。サイズは1200x628、PNGで納品してください。";

    [Fact]
    public async Task HeldJob_EditRefusedUnchanged_ApprovalPublishesTheReviewedText()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(host);
        var client = host.Client(clientId);
        var job = await client.PostJsonAsync("/api/jobs", Job(HeldText), HttpStatusCode.Created);
        var id = job.Str("id");
        Assert.Equal(("draft", true), (job.Str("status"), job.GetProperty("heldForReview").GetBoolean()));

        var edit = await client.PutAsJsonAsync($"/api/jobs/{id}", Job("新商品のバナーを3点お願いします。詳しくはLINEで。ID: cl2_line"));
        var problem = await edit.ProblemAsync(HttpStatusCode.Conflict, "job.held_for_review");
        Assert.Contains("審査", problem.Str("detail"));
        var unchanged = await client.GetJsonAsync($"/api/jobs/{id}");
        Assert.Equal(HeldText, unchanged.GetProperty("fields").Str("description"));
        Assert.True(unchanged.GetProperty("heldForReview").GetBoolean());

        var decided = await host.Staff().PostJsonAsync($"/api/staff/reviews/held-job-{id}-r1/decision", new { decision = "approve", reason = "問題なし" });
        Assert.Equal("job released", decided.Str("outcome"));
        var seen = await host.Client(workerId).GetJsonAsync($"/api/jobs/{id}");
        Assert.Equal(("open", HeldText), (seen.Str("status"), seen.GetProperty("fields").Str("description")));
    }

    [Fact]
    public async Task HeldJob_ClosedByItsClientWhileWaiting_ApprovalLeavesItClosedAndSaysWhy()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(host);
        var client = host.Client(clientId);
        var id = (await client.PostJsonAsync("/api/jobs", Job(HeldText), HttpStatusCode.Created)).Str("id");
        Assert.Equal("closed", (await client.PostJsonAsync($"/api/jobs/{id}/close", null)).Str("status"));

        // The reviewer finds the text fine, but the client took the post down while it waited: it is not published for them.
        var decided = await host.Staff().PostJsonAsync($"/api/staff/reviews/held-job-{id}-r1/decision", new { decision = "approve", reason = "問題なし" });
        Assert.Equal(("approved", "job not released: job.closed"), (decided.Str("status"), decided.Str("outcome")));
        Assert.Contains("締め切", decided.Str("outcomeJa"));

        var after = await client.GetJsonAsync($"/api/jobs/{id}");
        Assert.Equal(("closed", false), (after.Str("status"), after.GetProperty("heldForReview").GetBoolean()));
        Assert.Null(after.GetProperty("publishedAt").GetString());
        // Never published: it stays its client's alone, as a draft is.
        await (await host.Client(workerId).GetAsync($"/api/jobs/{id}")).ProblemAsync(HttpStatusCode.NotFound, "job.not_found");
        var notices = await client.GetJsonAsync($"/api/users/{clientId}/notifications");
        var notice = Assert.Single(notices.EnumerateArray(), n => n.Str("relatedId") == id);
        Assert.Equal("job_not_released", notice.Str("type"));
        Assert.Contains("締め切", notice.Str("messageJa"));
    }

    [Fact]
    public async Task Draft_ClosedWithoutBeingPublished_StaysItsClientsAlone()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(host);
        var client = host.Client(clientId);
        var draft = (await client.PostJsonAsync("/api/jobs", Api.Job(publish: false), HttpStatusCode.Created)).Str("id");
        var published = (await client.PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        await client.PostJsonAsync($"/api/jobs/{draft}/close", null);
        await client.PostJsonAsync($"/api/jobs/{published}/close", null);

        Assert.Equal("closed", (await client.GetJsonAsync($"/api/jobs/{draft}")).Str("status"));
        var worker = host.Client(workerId);
        await (await worker.GetAsync($"/api/jobs/{draft}")).ProblemAsync(HttpStatusCode.NotFound, "job.not_found");
        await (await worker.PostAsJsonAsync("/api/reports", new { targetKind = "job", targetId = draft, category = "mlm" }))
            .ProblemAsync(HttpStatusCode.NotFound, "report.target_not_found");
        // A post that was open keeps being readable once closed.
        Assert.Equal("closed", (await worker.GetJsonAsync($"/api/jobs/{published}")).Str("status"));
    }

    [Fact]
    public async Task Withdrawal_HidesOpenJobsOnly_LiftingItOpensThemAgain()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(host);
        var client = host.Client(clientId);
        var open = (await client.PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        var draft = (await client.PostJsonAsync("/api/jobs", Api.Job(publish: false), HttpStatusCode.Created)).Str("id");
        var closed = (await client.PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        await client.PostJsonAsync($"/api/jobs/{closed}/close", null);

        var taken = await host.Staff().PostAsJsonAsync($"/api/staff/users/{clientId}/steps", new { step = "withdrawal", code = "tos.severe", reason = "重大な規約違反のため強制退会とします。" });
        var withdrawn = await taken.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("withdrawn", withdrawn.Str("standing"));
        Assert.Equal("hidden", (await client.GetJsonAsync($"/api/jobs/{open}")).Str("status"));
        Assert.Equal("draft", (await client.GetJsonAsync($"/api/jobs/{draft}")).Str("status"));
        Assert.Equal("closed", (await client.GetJsonAsync($"/api/jobs/{closed}")).Str("status"));
        await (await host.Client(workerId).GetAsync($"/api/jobs/{open}")).ProblemAsync(HttpStatusCode.NotFound, "job.not_found");

        var lifted = await host.Staff().PostJsonAsync($"{taken.Headers.Location}/lift", new { reason = "異議申し立てを認めました。" });
        Assert.Equal("good", lifted.Str("standing"));
        Assert.Equal("open", (await host.Client(workerId).GetJsonAsync($"/api/jobs/{open}")).Str("status"));
        Assert.Equal("closed", (await host.Client(workerId).GetJsonAsync($"/api/jobs/{closed}")).Str("status"));
        Assert.Equal("open", (await client.PostJsonAsync($"/api/jobs/{draft}/publish", null)).Str("status"));
        var edited = await (await client.PutAsJsonAsync($"/api/jobs/{open}", Job("新商品のバナーを3点お願いします。サイズは1200x628、PNGで納品してください。修正は2回まで。"))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("open", edited.Str("status"));
    }

    [Fact]
    public async Task WorkerWithdrawal_ProposalsWithdrawn_AwardIs409NamingTheRule_HeldOneNeverReachesTheClient()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(host);
        var client = host.Client(clientId);
        var jobId = (await client.PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        var heldJobId = (await client.PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        var offered = (await host.Client(workerId).PostJsonAsync($"/api/jobs/{jobId}/proposals", new { text = "3点で28,000円、5日で納品します。", priceYen = 28000 }, HttpStatusCode.Created)).Str("id");
        var held = await host.Client(workerId).PostJsonAsync($"/api/jobs/{heldJobId}/proposals", new { text = HeldText, priceYen = 28000 }, HttpStatusCode.Created);
        Assert.Equal("held", held.Str("status"));

        var taken = await host.Staff().PostAsJsonAsync($"/api/staff/users/{workerId}/steps", new { step = "withdrawal", code = "tos.severe", reason = "重大な規約違反のため強制退会とします。" });
        Assert.Equal("withdrawn", (await taken.JsonAsync(HttpStatusCode.Created)).Str("standing"));

        var listed = Assert.Single((await client.GetJsonAsync($"/api/jobs/{jobId}/proposals")).EnumerateArray());
        Assert.Equal(("withdrawn", ""), (listed.Str("status"), listed.Str("text")));
        var award = await (await client.PostAsJsonAsync($"/api/jobs/{jobId}/proposals/{offered}/contract", new { deliveryDate = Dates.DeliveryDate }))
            .ProblemAsync(HttpStatusCode.Conflict, "proposal.withdrawn");
        Assert.Contains("強制退会", award.Str("detail"));
        Assert.Equal("open", (await client.GetJsonAsync($"/api/jobs/{jobId}")).Str("status"));

        // The held proposal's review ended with the withdrawal: a reviewer's late approval delivers nothing and says why.
        var late = await (await host.Staff().PostAsJsonAsync($"/api/staff/reviews/held-job-{heldJobId}-{held.Str("id")}/decision", new { decision = "approve", reason = "問題なし" }))
            .ProblemAsync(HttpStatusCode.Conflict, "review.already_decided");
        Assert.Contains("強制退会", late.Str("detail"));
        Assert.Empty((await client.GetJsonAsync($"/api/jobs/{heldJobId}/proposals")).EnumerateArray());
    }

    [Fact]
    public async Task Lift_HeldProposalQueuedAgain_DecisionByTheOldItemIdIs409NamingTheNewItem_TheNewOneDecides()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(host);
        var jobId = (await host.Client(clientId).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        var held = (await host.Client(workerId).PostJsonAsync($"/api/jobs/{jobId}/proposals", new { text = HeldText, priceYen = 28000 }, HttpStatusCode.Created)).Str("id");
        var key = $"held-job-{jobId}-{held}";
        var taken = await host.Staff().PostAsJsonAsync($"/api/staff/users/{workerId}/steps", new { step = "withdrawal", code = "tos.severe", reason = "重大な規約違反のため強制退会とします。" });
        Assert.Equal("withdrawn", (await taken.JsonAsync(HttpStatusCode.Created)).Str("standing"));
        Assert.Equal(("rejected", "platform"), await StatusAsync(key));

        // The lift gives the held proposal back to review, under a new item: the old id (the key) stays the platform's closed item.
        Assert.Equal("good", (await host.Staff().PostJsonAsync($"{taken.Headers.Location}/lift", new { reason = "異議申し立てを認めました。" })).Str("standing"));
        var again = (await host.Staff().GetJsonAsync($"/api/staff/reviews?status=open&subject={workerId}")).EnumerateArray()
            .Single(i => i.GetProperty("item").Str("key") == key).Str("id");
        Assert.NotEqual(key, again);

        // A reviewer deciding by the old id is told it is closed and which item to decide instead, and nothing changes.
        var stale = await (await host.Staff().PostAsJsonAsync($"/api/staff/reviews/{key}/decision", new { decision = "approve", reason = "問題なし" }))
            .ProblemAsync(HttpStatusCode.Conflict, "review.already_decided");
        Assert.Equal(again, stale.Str("currentItemId"));
        Assert.Contains(again, stale.Str("detail"));
        Assert.Equal(("rejected", "platform"), await StatusAsync(key));
        Assert.Equal(("open", null), await StatusAsync(again));
        Assert.Empty((await host.Client(clientId).GetJsonAsync($"/api/jobs/{jobId}/proposals")).EnumerateArray());

        var decided = await host.Staff().PostJsonAsync($"/api/staff/reviews/{again}/decision", new { decision = "approve", reason = "問題なし" });
        Assert.Equal("proposal released", decided.Str("outcome"));
        Assert.Equal("delivered", Assert.Single((await host.Client(clientId).GetJsonAsync($"/api/jobs/{jobId}/proposals")).EnumerateArray()).Str("status"));
        // Decided, the item no longer names another: the old id is answered as any decided item.
        var late = await (await host.Staff().PostAsJsonAsync($"/api/staff/reviews/{key}/decision", new { decision = "approve", reason = "問題なし" }))
            .ProblemAsync(HttpStatusCode.Conflict, "review.already_decided");
        Assert.False(late.TryGetProperty("currentItemId", out _));

        async Task<(string?, string?)> StatusAsync(string id)
        {
            var item = await host.Staff().GetJsonAsync($"/api/staff/reviews/{id}");
            return (item.Str("status"), item.TryGetProperty("decidedBy", out var by) && by.ValueKind == System.Text.Json.JsonValueKind.String ? by.GetString() : null);
        }
    }

    [Fact]
    public async Task Lift_HeldProposalQueuedAgain_OldItemReadByItsIdIsSupersededNamingTheOpenOne_DocumentedInOpenApi()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(host);
        var jobId = (await host.Client(clientId).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        var held = (await host.Client(workerId).PostJsonAsync($"/api/jobs/{jobId}/proposals", new { text = HeldText, priceYen = 28000 }, HttpStatusCode.Created)).Str("id");
        var key = $"held-job-{jobId}-{held}";
        var taken = await host.Staff().PostAsJsonAsync($"/api/staff/users/{workerId}/steps", new { step = "withdrawal", code = "tos.severe", reason = "重大な規約違反のため強制退会とします。" });
        Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
        // Closed by the platform, nothing open in its place yet: not superseded.
        var closed = await host.Staff().GetJsonAsync($"/api/staff/reviews/{key}");
        Assert.Equal<(string?, bool, string?)>(("rejected", false, null), (closed.Str("status"), closed.GetProperty("superseded").GetBoolean(), Text(closed, "currentItemId")));

        await host.Staff().PostJsonAsync($"{taken.Headers.Location}/lift", new { reason = "異議申し立てを認めました。" });
        var again = (await host.Staff().GetJsonAsync($"/api/staff/reviews?status=open&subject={workerId}")).EnumerateArray()
            .Single(i => i.GetProperty("item").Str("key") == key);

        // A reviewer holding the old link reads the old item as superseded, naming the open one, which names the old one back.
        var old = await host.Staff().GetJsonAsync($"/api/staff/reviews/{key}");
        Assert.Equal<(string?, bool, string?)>(("rejected", true, again.Str("id")), (old.Str("status"), old.GetProperty("superseded").GetBoolean(), Text(old, "currentItemId")));
        var current = await host.Staff().GetJsonAsync($"/api/staff/reviews/{again.Str("id")}");
        Assert.Equal<(string?, bool, string?, string?)>(("open", false, null, key),
            (current.Str("status"), current.GetProperty("superseded").GetBoolean(), Text(current, "currentItemId"), Text(current, "supersedes")));
        // The decided list shows it the same way.
        var listed = (await host.Staff().GetJsonAsync($"/api/staff/reviews?status=decided&subject={workerId}")).EnumerateArray().Single(i => i.Str("id") == key);
        Assert.Equal(again.Str("id"), Text(listed, "currentItemId"));

        await host.Staff().PostJsonAsync($"/api/staff/reviews/{again.Str("id")}/decision", new { decision = "approve", reason = "問題なし" });
        var settled = await host.Staff().GetJsonAsync($"/api/staff/reviews/{key}");
        Assert.Equal<(bool, string?)>((false, null), (settled.GetProperty("superseded").GetBoolean(), Text(settled, "currentItemId")));

        var schema = (await host.Client(apiKey: false).GetJsonAsync("/openapi/v1.json")).GetProperty("components").GetProperty("schemas").GetProperty("ReviewItemView").GetProperty("properties");
        foreach (var name in new[] { "currentItemId", "superseded", "supersedes" })
        {
            Assert.False(string.IsNullOrEmpty(schema.GetProperty(name).Str("description")), $"{name} undocumented");
        }

        static string? Text(System.Text.Json.JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null;
    }

    [Fact]
    public async Task ProposalThread_AfterAnotherProposalContracted_LoserGetsClearRefusalWithoutTheContract()
    {
        var (clientId, winner) = await Api.RegisterPairAsync(host);
        var (_, loser) = await Api.RegisterPairAsync(host);
        var jobId = (await host.Client(clientId).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        var won = (await host.Client(winner).PostJsonAsync($"/api/jobs/{jobId}/proposals", new { text = "3点で28,000円、5日で納品します。", priceYen = 28000 }, HttpStatusCode.Created)).Str("id");
        var lost = (await host.Client(loser).PostJsonAsync($"/api/jobs/{jobId}/proposals", new { text = "3点で25,000円、7日で納品します。", priceYen = 25000 }, HttpStatusCode.Created)).Str("id");
        var contract = (await host.Client(clientId).PostJsonAsync($"/api/jobs/{jobId}/proposals/{won}/contract", new { deliveryDate = Dates.DeliveryDate }, HttpStatusCode.Created)).Str("id");

        var refused = await (await host.Client(loser).PostAsJsonAsync($"/api/jobs/{jobId}/proposals/{lost}/messages", new { text = "まだ検討いただけますか？" }))
            .ProblemAsync(HttpStatusCode.Conflict, "proposal.not_chosen");
        Assert.DoesNotContain(contract, refused.Str("detail"));
        Assert.DoesNotContain("c-", refused.Str("detail"));
        Assert.Empty((await host.Client(loser).GetJsonAsync($"/api/jobs/{jobId}/proposals/{lost}/messages")).EnumerateArray());

        var pointer = await (await host.Client(winner).PostAsJsonAsync($"/api/jobs/{jobId}/proposals/{won}/messages", new { text = "よろしくお願いします。" }))
            .ProblemAsync(HttpStatusCode.Conflict, "proposal.contracted");
        Assert.Contains(contract, pointer.Str("detail"));
    }

    [Fact]
    public async Task EditedIntoBlockedText_ProposerReadsNeitherTitleNorDescription_OwnerReadsTheVerdict()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(host);
        var stranger = (await Api.RegisterPairAsync(host)).Worker;
        var client = host.Client(clientId);
        var id = (await client.PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        await host.Client(workerId).PostJsonAsync($"/api/jobs/{id}/proposals", new { text = "3点で28,000円、5日で納品します。", priceYen = 28000 }, HttpStatusCode.Created);

        var edited = await (await client.PutAsJsonAsync($"/api/jobs/{id}", Job(BlockedText, BlockedTitle))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("hidden", "block"), (edited.Str("status"), edited.GetProperty("verdict").Str("decision")));

        var response = await host.Client(workerId).GetAsync($"/api/jobs/{id}");
        var body = await response.Content.ReadAsStringAsync();
        var seen = await response.JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain("cl_meishi", body);
        Assert.DoesNotContain("LINE", body);
        Assert.Equal("hidden", seen.Str("status"));
        Assert.Equal(id, seen.GetProperty("fields").Str("title"));
        Assert.Contains("利用規約に反する内容を含むため、この文面は表示されません", seen.GetProperty("fields").Str("description"));
        await (await host.Client(stranger).GetAsync($"/api/jobs/{id}")).ProblemAsync(HttpStatusCode.NotFound, "job.not_found");

        var own = await client.GetJsonAsync($"/api/jobs/{id}");
        Assert.Equal((BlockedTitle, BlockedText), (own.GetProperty("fields").Str("title"), own.GetProperty("fields").Str("description")));
        Assert.Equal("block", own.GetProperty("verdict").Str("decision"));
    }

    [Fact]
    public async Task EditedIntoHeldText_ProposerReadsTheNoticeUntilReleased()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(host);
        var client = host.Client(clientId);
        var worker = host.Client(workerId);
        var id = (await client.PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        await worker.PostJsonAsync($"/api/jobs/{id}/proposals", new { text = "3点で28,000円、5日で納品します。", priceYen = 28000 }, HttpStatusCode.Created);

        var held = await (await client.PutAsJsonAsync($"/api/jobs/{id}", Job(HeldText))).JsonAsync(HttpStatusCode.OK);
        Assert.True(held.GetProperty("heldForReview").GetBoolean());
        var seen = await worker.GetJsonAsync($"/api/jobs/{id}");
        Assert.True(seen.GetProperty("heldForReview").GetBoolean());
        Assert.Equal(id, seen.GetProperty("fields").Str("title"));
        Assert.Equal("（確認が必要な内容を含むため、この文面は表示されません）", seen.GetProperty("fields").Str("description"));

        await host.Staff().PostJsonAsync($"/api/staff/reviews/held-job-{id}-r2/decision", new { decision = "approve", reason = "問題なし" });
        Assert.Equal(HeldText, (await worker.GetJsonAsync($"/api/jobs/{id}")).GetProperty("fields").Str("description"));
    }

    [Fact]
    public async Task HeldProposalDecided_AfterThePostWasBlocked_WorkerToldWithoutTheBlockedTitle()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(host);
        var client = host.Client(clientId);
        var id = (await client.PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        var proposal = await host.Client(workerId).PostJsonAsync($"/api/jobs/{id}/proposals", new { text = "事務局です。3点で28,000円で承ります。", priceYen = 28000 }, HttpStatusCode.Created);
        Assert.Equal("held", proposal.Str("status"));
        await (await client.PutAsJsonAsync($"/api/jobs/{id}", Job(CleanText, BlockedTitle))).JsonAsync(HttpStatusCode.OK);

        await host.Staff().PostJsonAsync($"/api/staff/reviews/held-job-{id}-{proposal.Str("id")}/decision", new { decision = "reject", reason = "運営を名乗る表現は使えません。" });
        var told = await host.Client(workerId).GetJsonAsync($"/api/users/{workerId}/notifications");
        var notice = Assert.Single(told.EnumerateArray(), n => n.Str("type") == "proposal_rejected");
        Assert.DoesNotContain("cl_meishi", notice.GetRawText());
        Assert.Contains($"募集「{id}」", notice.GetRawText());
    }

    [Fact]
    public async Task BlockedProposal_ClientGetsNotFoundOnEveryPath_AsForAnUnknownOne()
    {
        var (clientId, workerId, id, p) = await BlockedProposalAsync();
        var client = host.Client(clientId);

        foreach (var proposal in new[] { p, "p99" })
        {
            var path = $"/api/jobs/{id}/proposals/{proposal}";
            await (await client.GetAsync(path)).ProblemAsync(HttpStatusCode.NotFound, "proposal.not_found");
            await (await client.GetAsync($"{path}/messages")).ProblemAsync(HttpStatusCode.NotFound, "proposal.not_found");
            await (await client.GetAsync($"{path}/messages/{proposal}-m1")).ProblemAsync(HttpStatusCode.NotFound, "proposal.not_found");
            await (await client.PostAsJsonAsync($"{path}/messages", new { text = "ご提案ありがとうございます。" })).ProblemAsync(HttpStatusCode.NotFound, "proposal.not_found");
            await (await client.PostAsJsonAsync($"{path}/contract", new { deliveryDate = Dates.DeliveryDate })).ProblemAsync(HttpStatusCode.NotFound, "proposal.not_found");
        }

        Assert.Equal("blocked", (await host.Client(workerId).GetJsonAsync($"/api/jobs/{id}/proposals/{p}")).Str("status"));
    }

    [Fact]
    public async Task BlockedProposal_WorkerToldItCanBeNeitherResubmittedNorContinued()
    {
        var (_, workerId, id, p) = await BlockedProposalAsync();
        var worker = host.Client(workerId);

        var again = await (await worker.PostAsJsonAsync($"/api/jobs/{id}/proposals", new { text = "先ほどは失礼しました。", priceYen = 28000 }))
            .ProblemAsync(HttpStatusCode.Conflict, "proposal.already_submitted");
        var thread = await (await worker.PostAsJsonAsync($"/api/jobs/{id}/proposals/{p}/messages", new { text = "失礼しました。" }))
            .ProblemAsync(HttpStatusCode.Conflict, "proposal.closed");
        foreach (var detail in new[] { again.Str("detail"), thread.Str("detail") })
        {
            Assert.DoesNotContain("スレッドでメッセージを送ってください", detail);
            Assert.Contains($"提案（{p}）", detail);
            Assert.Contains("ブロックされました", detail);
            Assert.Contains("提案し直すことも", detail);
            Assert.Contains("やり取りを続けることもできません", detail);
        }
    }

    /// <summary>A client's open job and a worker's proposal to it that the checks blocked.</summary>
    private async Task<(string Client, string Worker, string Job, string Proposal)> BlockedProposalAsync()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(host);
        var id = (await host.Client(clientId).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        var blocked = await host.Client(workerId).PostJsonAsync($"/api/jobs/{id}/proposals", new { text = "詳細はLINE IDをお送りします。", priceYen = 28000 }, HttpStatusCode.Created);
        Assert.Equal("blocked", blocked.Str("status"));
        return (clientId, workerId, id, blocked.Str("id"));
    }

    private static object Job(string description, string title = "ECサイトのバナー制作") => new
    {
        title,
        description,
        category = "design",
        budget = new { kind = "fixed", amountYen = 30000 },
        deadline = Dates.Deadline,
        publish = true,
    };
}
