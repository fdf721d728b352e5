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
    public async Task ProposalThread_AfterAnotherProposalContracted_LoserGetsClearRefusalWithoutTheContract()
    {
        var (clientId, winner) = await Api.RegisterPairAsync(host);
        var (_, loser) = await Api.RegisterPairAsync(host);
        var jobId = (await host.Client(clientId).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        var won = (await host.Client(winner).PostJsonAsync($"/api/jobs/{jobId}/proposals", new { text = "3点で28,000円、5日で納品します。", priceYen = 28000 }, HttpStatusCode.Created)).Str("id");
        var lost = (await host.Client(loser).PostJsonAsync($"/api/jobs/{jobId}/proposals", new { text = "3点で25,000円、7日で納品します。", priceYen = 25000 }, HttpStatusCode.Created)).Str("id");
        var contract = (await host.Client(clientId).PostJsonAsync($"/api/jobs/{jobId}/proposals/{won}/contract", new { deliveryDate = "2027-02-10" }, HttpStatusCode.Created)).Str("id");

        var refused = await (await host.Client(loser).PostAsJsonAsync($"/api/jobs/{jobId}/proposals/{lost}/messages", new { text = "まだ検討いただけますか？" }))
            .ProblemAsync(HttpStatusCode.Conflict, "proposal.not_chosen");
        Assert.DoesNotContain(contract, refused.Str("detail"));
        Assert.DoesNotContain("c-", refused.Str("detail"));
        Assert.Empty((await host.Client(loser).GetJsonAsync($"/api/jobs/{jobId}/proposals/{lost}/messages")).EnumerateArray());

        var pointer = await (await host.Client(winner).PostAsJsonAsync($"/api/jobs/{jobId}/proposals/{won}/messages", new { text = "よろしくお願いします。" }))
            .ProblemAsync(HttpStatusCode.Conflict, "proposal.contracted");
        Assert.Contains(contract, pointer.Str("detail"));
    }

    private static object Job(string description) => new
    {
        title = "ECサイトのバナー制作",
        description,
        category = "design",
        budget = new { kind = "fixed", amountYen = 30000 },
        deadline = "2027-01-31T00:00:00+09:00",
        publish = true,
    };
}
