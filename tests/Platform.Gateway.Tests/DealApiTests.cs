using System.Net;
using System.Net.Http.Json;

namespace Platform.Gateway.Tests;

[Collection(HostCollection.Name)]
public sealed class DealApiTests(HostFixture host)
{
    [Fact]
    public async Task WholeDeal_OverHttp_EndsPaidWithHistory()
    {
        var (clientId, workerId, jobId, contractId) = await Api.ContractAsync(host);
        var client = host.Client(clientId);
        var worker = host.Client(workerId);

        Assert.Equal("escrow_funded", (await client.PostJsonAsync($"/api/contracts/{contractId}/escrow", null)).Str("stage"));
        var message = await worker.PostJsonAsync($"/api/contracts/{contractId}/messages", new { text = "仮払いを確認しました。着手します。" }, HttpStatusCode.Created);
        Assert.Equal("delivered", message.Str("status"));
        Assert.Equal("delivered", (await worker.PostJsonAsync($"/api/contracts/{contractId}/deliveries", new { note = "3点納品します" })).Str("stage"));
        Assert.Equal("accepted", (await client.PostJsonAsync($"/api/contracts/{contractId}/acceptance", null)).Str("stage"));
        Assert.Equal("paid", (await client.PostJsonAsync($"/api/contracts/{contractId}/payment", null)).Str("stage"));
        await worker.PostJsonAsync($"/api/contracts/{contractId}/ratings", new { stars = 5, comment = "ありがとうございました" });

        var history = await worker.GetJsonAsync($"/api/contracts/{contractId}/history");
        Assert.Equal(
            ["contracted", "escrow_funded", "message_sent", "delivered", "accepted", "paid", "rated"],
            history.EnumerateArray().Select(e => e.Str("type")));
        Assert.Single((await client.GetJsonAsync($"/api/contracts/{contractId}/messages")).EnumerateArray());
        Assert.Equal("closed", (await client.GetJsonAsync($"/api/jobs/{jobId}")).Str("status"));
        var me = await client.GetJsonAsync($"/api/users/{clientId}");
        Assert.Contains(contractId, me.GetProperty("contractIds").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task JobLifecycle_DraftEditPublishClose_OverHttp()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(host);
        var client = host.Client(clientId);
        var job = await client.PostJsonAsync("/api/jobs", Api.Job(publish: false), HttpStatusCode.Created);
        var id = job.Str("id");
        Assert.Equal("draft", job.Str("status"));
        await (await host.Client(workerId).GetAsync($"/api/jobs/{id}")).ProblemAsync(HttpStatusCode.NotFound, "job.not_found");

        var edited = await (await client.PutAsync($"/api/jobs/{id}", System.Net.Http.Json.JsonContent.Create(new
        {
            title = "バナー制作（3点）",
            description = "新商品のバナーを3点。1200x628、PNG。修正2回まで。",
            category = "design",
            budget = new { kind = "fixed", amountYen = 35000 },
        }))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(35000, edited.GetProperty("fields").GetProperty("budgetYen").GetInt64());
        Assert.Equal("open", (await client.PostJsonAsync($"/api/jobs/{id}/publish", null)).Str("status"));
        Assert.Equal("open", (await host.Client(workerId).GetJsonAsync($"/api/jobs/{id}")).Str("status"));
        Assert.Equal("closed", (await client.PostJsonAsync($"/api/jobs/{id}/close", null)).Str("status"));
    }

    [Fact]
    public async Task ProposalThread_OverHttp_BlocksBannedContactBeforeEscrow()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(host);
        var job = await host.Client(clientId).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created);
        var jobId = job.Str("id");
        var proposal = await host.Client(workerId).PostJsonAsync($"/api/jobs/{jobId}/proposals", new { text = "よろしくお願いします。", priceYen = 20000 }, HttpStatusCode.Created);
        var thread = $"/api/jobs/{jobId}/proposals/{proposal.Str("id")}/messages";

        var blocked = await host.Client(workerId).PostJsonAsync(thread, new { text = "細かい話はLINE交換してからにしましょう" }, HttpStatusCode.Created);
        Assert.Equal("blocked", blocked.Str("status"));
        var finding = blocked.GetProperty("verdict").GetProperty("findings")[0];
        Assert.Equal("off_platform_contact", finding.Str("category"));
        Assert.False(string.IsNullOrWhiteSpace(finding.Str("reasonJa")));
        Assert.Empty((await host.Client(clientId).GetJsonAsync(thread)).EnumerateArray());

        var audit = await host.Staff().GetJsonAsync($"/api/staff/audit/jobs/{jobId}");
        Assert.Equal("block", Assert.Single(audit.EnumerateArray()).Str("decision"));
    }

    [Fact]
    public async Task Locations_OfProposalsAndMessages_CanBeFollowed_AsEachViewerMaySeeThem()
    {
        var (clientId, workerId, _, contractId) = await Api.ContractAsync(host);
        var client = host.Client(clientId);
        var worker = host.Client(workerId);
        var jobId = (await client.PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");

        var proposed = await worker.PostAsJsonAsync($"/api/jobs/{jobId}/proposals", new { text = "別案もご提案します。", priceYen = 18000 });
        var proposal = await proposed.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(proposal.Str("id"), (await client.GetJsonAsync(proposed.Headers.Location!.ToString())).Str("id"));

        var thread = $"/api/jobs/{jobId}/proposals/{proposal.Str("id")}/messages";
        var sent = await worker.PostAsJsonAsync(thread, new { text = "納期は相談できます。" });
        var message = await sent.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("納期は相談できます。", (await client.GetJsonAsync(sent.Headers.Location!.ToString())).Str("text"));

        var blocked = await worker.PostAsJsonAsync(thread, new { text = "細かい話はLINE交換してからにしましょう" });
        Assert.Equal("blocked", (await blocked.JsonAsync(HttpStatusCode.Created)).Str("status"));
        Assert.Equal("blocked", (await worker.GetJsonAsync(blocked.Headers.Location!.ToString())).Str("status"));
        await (await client.GetAsync(blocked.Headers.Location)).ProblemAsync(HttpStatusCode.NotFound, "message.not_found");

        var inContract = await worker.PostAsJsonAsync($"/api/contracts/{contractId}/messages", new { text = "着手します。" });
        var contractMessage = await inContract.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(contractMessage.Str("id"), (await client.GetJsonAsync(inContract.Headers.Location!.ToString())).Str("id"));
        await (await client.GetAsync($"/api/contracts/{contractId}/messages/m99")).ProblemAsync(HttpStatusCode.NotFound, "message.not_found");
        await (await client.GetAsync($"/api/jobs/{jobId}/proposals/p99")).ProblemAsync(HttpStatusCode.NotFound, "proposal.not_found");
    }

    [Fact]
    public async Task Threads_ComeInPages_ByMessageNumber()
    {
        var (clientId, workerId, _, contractId) = await Api.ContractAsync(host);
        var path = $"/api/contracts/{contractId}/messages";
        for (var i = 1; i <= 7; i++)
        {
            await host.Client(i % 2 == 0 ? clientId : workerId).PostJsonAsync(path, new { text = $"{i}通目です。" }, HttpStatusCode.Created);
        }

        var client = host.Client(clientId);
        async Task<string[]> Ids(string query) => (await client.GetJsonAsync($"{path}?{query}")).EnumerateArray().Select(m => m.Str("id")).ToArray();
        Assert.Equal(["m1", "m2", "m3", "m4", "m5", "m6", "m7"], await Ids(""));
        Assert.Equal(["m5", "m6", "m7"], await Ids("limit=3"));
        Assert.Equal(["m3", "m4"], await Ids("after=2&limit=2"));
        Assert.Equal(["m1", "m2"], await Ids("before=3"));
        Assert.Empty(await Ids("after=7"));
        await (await client.GetAsync($"{path}?after=m2")).ProblemAsync(HttpStatusCode.BadRequest, "query.invalid");
        await (await client.GetAsync($"{path}?limit=0")).ProblemAsync(HttpStatusCode.BadRequest, "query.invalid");

        // A message the viewer may not see keeps its number: pages skip it for the client, not for its sender.
        await host.Client(workerId).PostJsonAsync(path, new { text = "細かい話はLINE交換してからにしましょう" }, HttpStatusCode.Created);
        await client.PostJsonAsync(path, new { text = "9通目です。" }, HttpStatusCode.Created);
        Assert.Equal(["m9"], await Ids("after=7"));
        Assert.Equal(["m6", "m7"], await Ids("before=9&limit=2"));
        Assert.Equal(["m8", "m9"], (await host.Client(workerId).GetJsonAsync($"{path}?after=7")).EnumerateArray().Select(m => m.Str("id")));

        var jobId = (await client.PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        var proposal = await host.Client(workerId).PostJsonAsync($"/api/jobs/{jobId}/proposals", new { text = "ご提案します。", priceYen = 20000 }, HttpStatusCode.Created);
        var thread = $"/api/jobs/{jobId}/proposals/{proposal.Str("id")}/messages";
        for (var i = 1; i <= 3; i++)
        {
            await host.Client(workerId).PostJsonAsync(thread, new { text = $"補足{i}です。" }, HttpStatusCode.Created);
        }

        var after = await client.GetJsonAsync($"{thread}?after=1");
        Assert.Equal(["補足2です。", "補足3です。"], after.EnumerateArray().Select(m => m.Str("text")));
    }
}
