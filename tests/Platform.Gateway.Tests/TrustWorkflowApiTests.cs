using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Gateway.Tests;

/// <summary>The trust workflows over real HTTP: disclosure, review queue (webhook and event stream), reports, ladder, nudge, statistics and fact sheets.</summary>
[Collection(TrustHostCollection.Name)]
public sealed class TrustWorkflowApiTests(TrustHostFixture host)
{
    [Fact]
    public async Task Disclosure_QueuedThenApprovedByStaff_VisibleToBothAndContactPasses()
    {
        var (client, worker, _, contract) = await TrustApi.FundedAsync(host);
        var requested = await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/disclosure", null);
        Assert.Equal("requested", requested.Str("disclosure"));
        var key = requested.GetProperty("disclosureRequest").Str("reviewItemId");
        Assert.Equal("blocked", (await host.Client(client).PostJsonAsync($"/api/contracts/{contract}/messages", new { text = "LINE交換しましょう" }, HttpStatusCode.Created)).Str("status"));

        await (await host.Client().GetAsync("/api/staff/reviews")).ProblemAsync(HttpStatusCode.Unauthorized, "auth.staff_key");
        var list = await TrustApi.EventuallyAsync(host.Staff(), "/api/staff/reviews?status=open", l => TrustApi.Item(l, key) is not null);
        Assert.Equal("disclosure", TrustApi.Item(list, key)!.Value.GetProperty("item").Str("kind"));

        var decided = await host.Staff().PostJsonAsync($"/api/staff/reviews/{key}/decision", new { decision = "approve", reason = "取引に問題はありません。" });
        Assert.Equal(("approved", "reviewer-http"), (decided.Str("status"), decided.Str("decidedBy")));
        foreach (var party in new[] { client, worker })
        {
            var view = await host.Client(party).GetJsonAsync($"/api/contracts/{contract}");
            Assert.Equal("approved", view.Str("disclosure"));
            Assert.Equal("reviewer-http", view.GetProperty("disclosureRequest").Str("decidedBy"));
        }

        Assert.Equal("delivered", (await host.Client(client).PostJsonAsync($"/api/contracts/{contract}/messages", new { text = "LINE交換しましょう" }, HttpStatusCode.Created)).Str("status"));
        await (await host.Staff().PostAsJsonAsync($"/api/staff/reviews/{key}/decision", new { decision = "maybe", reason = "x" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "review.unknown_decision");
    }

    [Fact]
    public async Task HeldMessage_NotifiesWebhookAndStream_ApprovedThenDelivered()
    {
        var (client, worker, _, contract) = await TrustApi.FundedAsync(host);
        using var stream = host.Staff();
        stream.Timeout = TimeSpan.FromSeconds(60);
        using var response = await stream.GetAsync("/api/staff/reviews/stream", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await reader.ReadLineAsync());

        var held = await host.Client(client).PostJsonAsync($"/api/contracts/{contract}/messages", new { text = "事務局です。確認のためご連絡ください。" }, HttpStatusCode.Created);
        Assert.Equal("held", held.Str("status"));
        var key = $"held-contract-{contract}-{held.Str("id")}";

        var (data, line) = await ReadEventAsync(reader, key).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal("message", data.GetProperty("item").Str("kind"));
        var hook = await host.WaitForWebhookAsync(key);
        Assert.Equal("fake_official", hook.Str("category"));

        // Both carry the reviewer's Japanese summary as written, as every answer of the API does, not as \uXXXX escapes.
        var summary = data.GetProperty("item").Str("summaryJa");
        Assert.Equal(summary, hook.Str("summaryJa"));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", summary);
        Assert.Contains($"\"summaryJa\":\"{summary}\"", line);
        Assert.Contains(host.Webhooks, body => body.Contains(key) && body.Contains($"\"summaryJa\":\"{summary}\""));
        Assert.Empty((await host.Client(worker).GetJsonAsync($"/api/contracts/{contract}/messages")).EnumerateArray());

        var decided = await host.Staff().PostJsonAsync($"/api/staff/reviews/{key}/decision", new { decision = "approve", reason = "問題のない内容です。" });
        Assert.Equal("message delivered", decided.Str("outcome"));
        var seen = Assert.Single((await host.Client(worker).GetJsonAsync($"/api/contracts/{contract}/messages")).EnumerateArray());
        Assert.Equal("delivered", seen.Str("status"));
    }

    [Fact]
    public async Task Reports_ReceiptsOnlyForReporter_DuplicatesMerged()
    {
        var (client, worker, jobId, _) = await TrustApi.FundedAsync(host);
        var (other, _, _, _) = await TrustApi.FundedAsync(host);
        var body = new { targetKind = "job", targetId = jobId, category = "off_platform_contact", comment = "外部での直接取引を持ちかけられました。" };
        var receipt = await host.Client(worker).PostJsonAsync("/api/reports", body, HttpStatusCode.Created);
        await host.Client(other).PostJsonAsync("/api/reports", body with { comment = "同じ募集です。" }, HttpStatusCode.Created);
        Assert.False(receipt.TryGetProperty("status", out _) && receipt.Str("status") != "received");
        Assert.Contains("受け付けました", receipt.Str("messageJa"));

        Assert.Equal(receipt.Str("id"), (await host.Client(worker).GetJsonAsync($"/api/reports/{receipt.Str("id")}")).Str("id"));
        await (await host.Client(other).GetAsync($"/api/reports/{receipt.Str("id")}")).ProblemAsync(HttpStatusCode.NotFound, "report.not_found");
        await (await host.Client(worker).PostAsJsonAsync("/api/reports", body with { category = "rude" })).ProblemAsync(HttpStatusCode.BadRequest, "report.unknown_category");

        var list = await host.Staff().GetJsonAsync("/api/staff/reviews?status=open");
        var item = TrustApi.Item(list, $"report-job-{jobId}")!.Value;
        Assert.Equal(2, item.GetProperty("count").GetInt32());
        Assert.Equal(client, item.GetProperty("item").Str("subjectUserId"));
    }

    [Fact]
    public async Task Steps_WarningShownOnProfile_LiftedByReviewer()
    {
        var (_, worker, _, _) = await TrustApi.FundedAsync(host);
        await (await host.Client().PostAsJsonAsync($"/api/staff/users/{worker}/steps", new { step = "warning", code = "x", reason = "y" }))
            .ProblemAsync(HttpStatusCode.Unauthorized, "auth.staff_key");
        var taken = await host.Staff().PostAsJsonAsync($"/api/staff/users/{worker}/steps", new { step = "warning", code = "contact.line", reason = "外部連絡先の交換を求めました。" });
        var warned = await taken.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("warned", warned.Str("standing"));
        var step = await host.Staff().GetJsonAsync(taken.Headers.Location!.ToString());
        Assert.Equal(("warning", "contact.line"), (step.Str("step"), step.Str("code")));
        await (await host.Staff().GetAsync($"/api/staff/users/{worker}/steps/9")).ProblemAsync(HttpStatusCode.NotFound, "ladder.step_not_found");

        var profile = await host.Client(worker).GetJsonAsync($"/api/users/{worker}");
        var warning = Assert.Single(profile.GetProperty("warnings").EnumerateArray());
        Assert.Equal(("warning", "reviewer-http", "外部連絡先の交換を求めました。"), (warning.Str("step"), warning.Str("by"), warning.Str("reasonJa")));
        Assert.Equal("warned", profile.Str("standing"));
        await (await host.Staff().PostAsJsonAsync($"/api/staff/users/{worker}/steps", new { step = "ban", code = "x", reason = "y" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "ladder.unknown_step");

        var lifted = await (await host.Staff().DeleteAsync($"/api/staff/users/{worker}/steps/1?reason=誤検知でした")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("good", lifted.Str("standing"));
    }

    [Fact]
    public async Task UserProfile_AsAnotherUser_ShowsNoWarningsAndOnlyRestrictionAsStanding()
    {
        var (client, worker, _, _) = await TrustApi.FundedAsync(host);
        await host.Staff().PostJsonAsync($"/api/staff/users/{worker}/steps", new { step = "warning", code = "contact.line", reason = "外部連絡先の交換を求めました。" }, HttpStatusCode.Created);

        foreach (var viewer in new[] { host.Client(client), host.Client() })
        {
            var seen = await viewer.GetJsonAsync($"/api/users/{worker}");
            Assert.Empty(seen.GetProperty("warnings").EnumerateArray());
            Assert.Equal("good", seen.Str("standing"));
            Assert.DoesNotContain("外部連絡先の交換", seen.GetRawText());
            Assert.DoesNotContain("reviewer-http", seen.GetRawText());
        }

        await host.Staff().PostJsonAsync($"/api/staff/users/{worker}/steps", new { step = "restriction", code = "off_platform_contact", reason = "外部誘導のため制限" }, HttpStatusCode.Created);
        var restricted = await host.Client(client).GetJsonAsync($"/api/users/{worker}");
        Assert.Equal("restricted", restricted.Str("standing"));
        Assert.Empty(restricted.GetProperty("warnings").EnumerateArray());
        Assert.DoesNotContain("外部誘導", restricted.GetRawText());
        Assert.Equal(2, (await host.Client(worker).GetJsonAsync($"/api/users/{worker}")).GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public async Task Escrow_WorkerRestricted_Is409WorkerRestrictedInJapanese_ContractStaysContracted_FundedOnceLifted()
    {
        var (client, worker, _, contract) = await TrustApi.ContractedAsync(host);
        await host.Staff().PostJsonAsync($"/api/staff/users/{worker}/steps", new { step = "restriction", code = "off_platform_contact", reason = "外部誘導のため制限" }, HttpStatusCode.Created);

        var problem = await (await host.Client(client).PostAsync($"/api/contracts/{contract}/escrow", null)).ProblemAsync(HttpStatusCode.Conflict, "contract.worker_restricted");
        Assert.Contains("利用制限中のため、この契約は仮払いできません", problem.Str("detail"));
        Assert.DoesNotContain("外部誘導", problem.GetRawText());
        Assert.Equal("contracted", (await host.Client(client).GetJsonAsync($"/api/contracts/{contract}")).Str("stage"));
        await (await host.Client(worker).PostAsJsonAsync($"/api/contracts/{contract}/messages", new { text = "仮払いありがとうございます。" }))
            .ProblemAsync(HttpStatusCode.Forbidden, "user.restricted");

        await host.Staff().PostJsonAsync($"/api/staff/users/{worker}/steps/1/lift", new { reason = "異議申し立てを認めました。" });
        Assert.Equal("escrow_funded", (await host.Client(client).PostJsonAsync($"/api/contracts/{contract}/escrow", null)).Str("stage"));
    }

    [Fact]
    public async Task Disclosure_PendingThenPartyRestricted_ClosedApprovalRefusedContactBlocked()
    {
        var (client, worker, _, contract) = await TrustApi.FundedAsync(host);
        var requested = await host.Client(client).PostJsonAsync($"/api/contracts/{contract}/disclosure", null);
        Assert.Equal("requested", requested.Str("disclosure"));
        var key = requested.GetProperty("disclosureRequest").Str("reviewItemId");

        await host.Staff().PostJsonAsync($"/api/staff/users/{worker}/steps", new { step = "restriction", code = "off_platform_contact", reason = "外部誘導のため制限" }, HttpStatusCode.Created);

        var view = await host.Client(client).GetJsonAsync($"/api/contracts/{contract}");
        Assert.Equal("revoked", view.Str("disclosure"));
        Assert.Equal(("revoked", "platform"), (view.GetProperty("disclosureRequest").Str("status"), view.GetProperty("disclosureRequest").Str("revokedBy")));
        Assert.DoesNotContain("外部誘導", view.GetProperty("disclosureRequest").Str("reasonJa")); // the worker's sanction is not the client's to read
        await (await host.Staff().PostAsJsonAsync($"/api/staff/reviews/{key}/decision", new { decision = "approve", reason = "問題ありません。" }))
            .ProblemAsync(HttpStatusCode.Conflict, "review.already_decided");
        var item = await host.Staff().GetJsonAsync($"/api/staff/reviews/{key}");
        Assert.Equal(("rejected", "platform"), (item.Str("status"), item.Str("decidedBy")));
        Assert.Equal("revoked", (await host.Client(worker).GetJsonAsync($"/api/contracts/{contract}")).Str("disclosure"));
        Assert.Equal("blocked", (await host.Client(client).PostJsonAsync($"/api/contracts/{contract}/messages", new { text = "私の電話は090-2222-3333です" }, HttpStatusCode.Created)).Str("status"));
        foreach (var party in new[] { client, worker })
        {
            var notices = await TrustApi.EventuallyAsync(host.Client(party), $"/api/users/{party}/notifications",
                l => l.EnumerateArray().Any(n => n.Str("type") == "disclosure_revoked"));
            Assert.Contains(notices.EnumerateArray(), n => n.Str("type") == "disclosure_revoked" && n.Str("relatedId") == contract);
        }
    }

    [Fact]
    public async Task Disclosure_ApprovedWhilePartyRestricted_Is409AndStaysPending()
    {
        var (client, worker, _, contract) = await TrustApi.FundedAsync(host);
        await host.Staff().PostJsonAsync($"/api/staff/users/{worker}/steps", new { step = "restriction", code = "off_platform_contact", reason = "外部誘導のため制限" }, HttpStatusCode.Created);
        var key = (await host.Client(client).PostJsonAsync($"/api/contracts/{contract}/disclosure", null)).GetProperty("disclosureRequest").Str("reviewItemId");
        await TrustApi.EventuallyAsync(host.Staff(), "/api/staff/reviews?status=open&kind=disclosure", l => TrustApi.Item(l, key) is not null);

        await (await host.Staff().PostAsJsonAsync($"/api/staff/reviews/{key}/decision", new { decision = "approve", reason = "問題ありません。" }))
            .ProblemAsync(HttpStatusCode.Conflict, "disclosure.party_flagged");

        Assert.Equal("requested", (await host.Client(client).GetJsonAsync($"/api/contracts/{contract}")).Str("disclosure"));
        Assert.Equal("open", (await host.Staff().GetJsonAsync($"/api/staff/reviews/{key}")).Str("status"));
    }

    [Fact]
    public async Task Report_MessageOfContractReporterIsNotPartyTo_SameAnswerWhetherOrNotItExists()
    {
        var (client, worker, _, contract) = await TrustApi.FundedAsync(host);
        var (stranger, _, _, _) = await TrustApi.FundedAsync(host);
        await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/messages", new { text = "仮払いを確認しました。本日より着手します。" }, HttpStatusCode.Created);
        Task<HttpResponseMessage> Report(string target) =>
            host.Client(stranger).PostAsJsonAsync("/api/reports", new { targetKind = "message", targetId = target, category = "off_platform_contact" });

        var existing = await (await Report($"{contract}:m1")).ProblemAsync(HttpStatusCode.NotFound, "report.target_not_found");
        var missing = await (await Report($"{contract}:m999")).ProblemAsync(HttpStatusCode.NotFound, "report.target_not_found");
        var noContract = await (await Report("c-doesnotexist:m1")).ProblemAsync(HttpStatusCode.NotFound, "report.target_not_found");
        Assert.Equal(existing.Str("title"), missing.Str("title"));
        Assert.Equal(existing.Str("detail").Replace(contract, "c-doesnotexist"), noContract.Str("detail"));
        var open = await host.Staff().GetJsonAsync($"/api/staff/reviews?status=open&subject={worker}");
        Assert.Null(TrustApi.Item(open, $"report-message-{contract}-m1"));

        await host.Client(client).PostJsonAsync("/api/reports", new { targetKind = "message", targetId = $"{contract}:m1", category = "off_platform_contact" }, HttpStatusCode.Created);
        await (await host.Client(client).PostAsJsonAsync("/api/reports", new { targetKind = "message", targetId = $"{contract}:m999", category = "off_platform_contact" }))
            .ProblemAsync(HttpStatusCode.NotFound, "report.target_not_found");
        var item = TrustApi.Item(await host.Staff().GetJsonAsync($"/api/staff/reviews?status=open&subject={worker}"), $"report-message-{contract}-m1")!.Value;
        Assert.Equal((1, worker), (item.GetProperty("count").GetInt32(), item.GetProperty("item").Str("subjectUserId")));
    }

    [Fact]
    public async Task ReviewQueue_FilteredByKindCategoryAndSubject_AndLimited()
    {
        var (client, worker, _, _) = await TrustApi.FundedAsync(host);
        await host.Client(client).PostJsonAsync("/api/reports", new { targetKind = "user", targetId = worker, category = "mlm" }, HttpStatusCode.Created);
        var staff = host.Staff();
        string[] Kinds(JsonElement list) => list.EnumerateArray().Select(i => i.GetProperty("item").Str("kind")).ToArray();

        var mine = await staff.GetJsonAsync($"/api/staff/reviews?status=open&subject={worker}");
        Assert.Equal(["report"], Kinds(mine));
        Assert.Equal(["report"], Kinds(await staff.GetJsonAsync($"/api/staff/reviews?kind=report&category=mlm&subject={worker}")));
        Assert.Empty(Kinds(await staff.GetJsonAsync($"/api/staff/reviews?category=stealth_marketing&subject={worker}")));
        Assert.Empty(Kinds(await staff.GetJsonAsync($"/api/staff/reviews?kind=detection&subject={worker}")));
        var first = await staff.GetJsonAsync("/api/staff/reviews?status=open&limit=1");
        Assert.Single(first.EnumerateArray());
        Assert.Equal("open", first[0].Str("status"));

        foreach (var (query, field) in new[] { ("status=closed", "status"), ("kind=profile", "kind"), ("category=spam", "category"), ("limit=0", "limit"), ("limit=x", "limit") })
        {
            var problem = await (await staff.GetAsync($"/api/staff/reviews?{query}")).ProblemAsync(HttpStatusCode.BadRequest, "query.invalid");
            Assert.Equal(field, problem.Str("field"));
        }
    }

    [Fact]
    public async Task Notifications_ComeInPages_ByTheirSequence()
    {
        var (_, worker, _, _) = await TrustApi.FundedAsync(host);
        for (var i = 1; i <= 4; i++)
        {
            await host.Staff().PostJsonAsync($"/api/staff/users/{worker}/steps", new { step = "warning", code = "contact.line", reason = $"{i}回目の注意です。" }, HttpStatusCode.Created);
            await (await host.Staff().DeleteAsync($"/api/staff/users/{worker}/steps/{i}?reason=解除します")).JsonAsync(HttpStatusCode.OK);
        }

        var me = host.Client(worker);
        var path = $"/api/users/{worker}/notifications";
        int[] Seq(JsonElement list) => list.EnumerateArray().Select(n => n.GetProperty("sequence").GetInt32()).ToArray();
        var all = Seq(await me.GetJsonAsync(path));
        var n = all.Length;
        Assert.True(n >= 8, $"{n} notifications");
        Assert.Equal(Enumerable.Range(1, n), all);

        Assert.Equal(new[] { n - 2, n - 1, n }, Seq(await me.GetJsonAsync($"{path}?limit=3")));
        Assert.Equal(new[] { 4, 5 }, Seq(await me.GetJsonAsync($"{path}?before=6&limit=2")));
        Assert.Equal(Enumerable.Range(6, n - 5), Seq(await me.GetJsonAsync($"{path}?after=5")));
        Assert.Equal(new[] { 6, 7 }, Seq(await me.GetJsonAsync($"{path}?after=5&limit=2")));
        Assert.Empty(Seq(await me.GetJsonAsync($"{path}?after={n}")));

        await (await me.GetAsync($"{path}?after=-1")).ProblemAsync(HttpStatusCode.BadRequest, "query.invalid");
        await (await me.GetAsync($"{path}?limit=0")).ProblemAsync(HttpStatusCode.BadRequest, "query.invalid");
        await (await me.GetAsync($"{path}?before=abc")).ProblemAsync(HttpStatusCode.BadRequest, "query.invalid");
        var conflict = await (await me.GetAsync($"{path}?after=1&before=3")).ProblemAsync(HttpStatusCode.BadRequest, "query.conflict");
        Assert.Equal("before", conflict.Str("field"));
    }

    [Fact]
    public async Task Nudge_OverHttp_StartsAndShowsOnContract()
    {
        var (client, worker, _, contract) = await TrustApi.FundedAsync(host);
        var view = await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/nudge", null);
        Assert.Equal(("active", client), (view.GetProperty("nudge").Str("status"), view.GetProperty("nudge").Str("silentPartyId")));
        await (await host.Client(worker).PostAsync($"/api/contracts/{contract}/nudge", null)).ProblemAsync(HttpStatusCode.Conflict, "nudge.active");
        await host.Client(client).PostJsonAsync($"/api/contracts/{contract}/messages", new { text = "失礼しました、確認します。" }, HttpStatusCode.Created);
        Assert.Equal("answered", (await host.Client(worker).GetJsonAsync($"/api/contracts/{contract}")).GetProperty("nudge").Str("status"));
    }

    [Fact]
    public async Task Statistics_JsonCsvHtml_MatchEvents()
    {
        var month = Api.ThisMonth;
        var path = $"/api/staff/statistics?from={month}&to={month}";
        var before = (await host.Staff().GetJsonAsync(path)).GetProperty("months")[0];

        var (client, worker, _, contract) = await TrustApi.FundedAsync(host);
        await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/messages", new { text = "直接取引にしませんか" }, HttpStatusCode.Created);
        await host.Client(worker).PostJsonAsync("/api/reports", new { targetKind = "user", targetId = client, category = "mlm" }, HttpStatusCode.Created);

        var after = (await host.Staff().GetJsonAsync(path)).GetProperty("months")[0];
        long Get(JsonElement m, string name) => m.GetProperty(name).GetInt64();
        Assert.Equal(1, after.GetProperty("violations").GetProperty("off_platform_contact").GetInt64() - before.GetProperty("violations").GetProperty("off_platform_contact").GetInt64());
        Assert.Equal(1, Get(after, "reportsReceived") - Get(before, "reportsReceived"));

        var csv = await (await host.Staff().GetAsync($"/api/staff/statistics.csv?from={month}&to={month}")).Content.ReadAsStringAsync();
        var lines = csv.Trim().Split('\n');
        Assert.StartsWith("month,violation.off_platform_contact", lines[0]);
        Assert.StartsWith(month + ",", lines[1]);
        var html = await host.Staff().GetAsync($"/api/staff/statistics.html?from={month}&to={month}");
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var page = await html.Content.ReadAsStringAsync();
        Assert.Contains("<svg", page);
        Assert.Contains("品質向上委員会からのお知らせ", page);
        await (await host.Staff().GetAsync("/api/staff/statistics?from=2026-13&to=2026-01")).ProblemAsync(HttpStatusCode.BadRequest, "statistics.bad_range");
    }

    [Fact]
    public async Task Facts_JsonAndHtml_ShowTheDealInOrder()
    {
        var (client, worker, _, contract) = await TrustApi.FundedAsync(host);
        await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/messages", new { text = "着手します。" }, HttpStatusCode.Created);
        await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/deliveries", new { note = "バナー3点を納品します。" });

        await (await host.Client(client).GetAsync($"/api/staff/contracts/{contract}/facts")).ProblemAsync(HttpStatusCode.Unauthorized, "auth.staff_key");
        var facts = await host.Staff().GetJsonAsync($"/api/staff/contracts/{contract}/facts");
        Assert.Equal(
            ["job_posted", "proposal", "contracted", "escrow_funded", "message", "delivered"],
            facts.GetProperty("timeline").EnumerateArray().Select(e => e.Str("kind")));
        Assert.Equal("3点で28,000円、5日で納品します。", facts.GetProperty("proposal").Str("text"));
        var html = await (await host.Staff().GetAsync($"/api/staff/contracts/{contract}/facts.html")).Content.ReadAsStringAsync();
        Assert.Contains("事実関係の整理", html);
        Assert.Contains("バナー3点を納品します。", html);
    }

    private static async Task<(JsonElement Data, string Line)> ReadEventAsync(StreamReader reader, string key)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                var data = JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
                if (data.Str("id") == key)
                {
                    return (data, line);
                }
            }
        }

        throw new InvalidOperationException("stream ended");
    }
}
