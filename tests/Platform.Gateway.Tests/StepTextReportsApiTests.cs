using System.Net;
using System.Net.Http.Json;

namespace Platform.Gateway.Tests;

/// <summary>
/// Reports over real HTTP of the texts written with a contract's steps (a delivery note, a cancellation or termination
/// reason, a rating comment): filed as a message's report is, by the contract's parties only.
/// </summary>
[Collection(TrustHostCollection.Name)]
public sealed class StepTextReportsApiTests(TrustHostFixture host)
{
    [Fact]
    public async Task Report_DeliveryNote_ByTheClient_MergedQueuedAndCounted_StrangerOwnMissingAndWithheldRefused()
    {
        var month = Api.ThisMonth;
        var statistics = $"/api/staff/statistics?from={month}&to={month}";
        var before = (await host.Staff().GetJsonAsync(statistics)).GetProperty("months")[0].GetProperty("reportsReceived").GetInt64();
        var (client, worker, _, contract) = await TrustApi.FundedAsync(host);
        var (stranger, _, _, _) = await TrustApi.FundedAsync(host);
        await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/deliveries", new { note = "納品物はこちらのフォームに登録してからお受け取りください。" });
        Task<HttpResponseMessage> Report(string who, string kind, string target, string category = "fake_official") =>
            host.Client(who).PostAsJsonAsync("/api/reports", new { targetKind = kind, targetId = target, category, comment = "外部フォームへの登録を求められました。" });

        var receipt = await (await Report(client, "delivery", $"{contract}:1")).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(("delivery", $"{contract}:1"), (receipt.Str("targetKind"), receipt.Str("targetId")));
        await (await Report(client, "delivery", $"{contract}:1", "external_tos")).JsonAsync(HttpStatusCode.Created);

        var stranger404 = await (await Report(stranger, "delivery", $"{contract}:1")).ProblemAsync(HttpStatusCode.NotFound, "report.target_not_found");
        var missing404 = await (await Report(client, "delivery", $"{contract}:9")).ProblemAsync(HttpStatusCode.NotFound, "report.target_not_found");
        Assert.Equal(stranger404.Str("title"), missing404.Str("title"));
        await (await Report(client, "termination", $"{contract}:1")).ProblemAsync(HttpStatusCode.NotFound, "report.target_not_found");
        var own = await (await Report(worker, "delivery", $"{contract}:1")).ProblemAsync(HttpStatusCode.Conflict, "report.self");
        Assert.Equal("targetId", own.Str("field"));
        await (await Report(client, "contract_note", $"{contract}:1")).ProblemAsync(HttpStatusCode.BadRequest, "report.unknown_target_kind");

        await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/deliveries", new { note = "修正版です。続きはLINE交換しましょう" });
        var withheld = await (await Report(client, "delivery", $"{contract}:2")).ProblemAsync(HttpStatusCode.Conflict, "report.text_withheld");
        Assert.Equal("targetId", withheld.Str("field"));

        var open = await host.Staff().GetJsonAsync($"/api/staff/reviews?status=open&kind=report&subject={worker}");
        var item = TrustApi.Item(open, $"report-delivery-{contract}-1")!.Value;
        Assert.Equal(1, item.GetProperty("count").GetInt32());
        Assert.Equal(["fake_official", "external_tos"], item.GetProperty("reportedCategories").EnumerateArray().Select(c => c.Str("category")));
        Assert.Equal(("contract", contract, "delivery-1"), (item.GetProperty("item").Str("sourceKind"), item.GetProperty("item").Str("sourceId"), item.GetProperty("item").Str("itemId")));
        Assert.Single(open.EnumerateArray());
        var after = (await host.Staff().GetJsonAsync(statistics)).GetProperty("months")[0].GetProperty("reportsReceived").GetInt64();
        Assert.Equal(1, after - before);
    }

    [Fact]
    public async Task Report_TerminationReasonRatingCommentAndCancellation_ByTheOtherParty_Filed()
    {
        var (client, worker, _, contract) = await TrustApi.FundedAsync(host);
        await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/termination", new { reason = "ほかの案件を優先するため、途中で終了させてください。" });
        await host.Client(client).PostJsonAsync($"/api/contracts/{contract}/termination/response", new { accept = false });
        await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/deliveries", new { note = "バナー3点を納品します。" });
        await host.Client(client).PostJsonAsync($"/api/contracts/{contract}/acceptance", null);
        await host.Client(client).PostJsonAsync($"/api/contracts/{contract}/ratings", new { stars = 1, comment = "対応が非常に遅く、常識のない方でした。" });
        var (otherClient, otherWorker, _, _) = await TrustApi.FundedAsync(host);
        var (earlyClient, earlyWorker, early) = await CancelledBeforeEscrowAsync();

        var seen = await host.Client(client).GetJsonAsync($"/api/contracts/{contract}");
        Assert.Equal(1, seen.GetProperty("termination").GetProperty("number").GetInt32());
        foreach (var (who, kind, target, subject) in new[]
        {
            (client, "termination", $"{contract}:1", worker),
            (worker, "rating", $"{contract}:{client}", client),
            (earlyWorker, "cancellation", early, earlyClient),
        })
        {
            await host.Client(who).PostJsonAsync("/api/reports", new { targetKind = kind, targetId = target, category = "other_illegal" }, HttpStatusCode.Created);
            var open = await host.Staff().GetJsonAsync($"/api/staff/reviews?status=open&kind=report&subject={subject}");
            Assert.NotNull(TrustApi.Item(open, $"report-{kind}-{target.Replace(':', '-')}"));
        }

        // A party of another contract cannot report these texts; the writer cannot report their own.
        await (await host.Client(otherClient).PostAsJsonAsync("/api/reports", new { targetKind = "rating", targetId = $"{contract}:{client}", category = "mlm" }))
            .ProblemAsync(HttpStatusCode.NotFound, "report.target_not_found");
        await (await host.Client(otherWorker).PostAsJsonAsync("/api/reports", new { targetKind = "termination", targetId = $"{contract}:1", category = "mlm" }))
            .ProblemAsync(HttpStatusCode.NotFound, "report.target_not_found");
        await (await host.Client(client).PostAsJsonAsync("/api/reports", new { targetKind = "rating", targetId = $"{contract}:{client}", category = "mlm" }))
            .ProblemAsync(HttpStatusCode.Conflict, "report.self");
    }

    // A contract its client cancelled before escrow, with a reason.
    private async Task<(string Client, string Worker, string Contract)> CancelledBeforeEscrowAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var (clientId, workerId) = ($"cl-{suffix}", $"wk-{suffix}");
        await host.Client().PostJsonAsync("/api/users", new { id = clientId, displayName = "山田商店", roles = new[] { "client" } }, HttpStatusCode.Created);
        await host.Client().PostJsonAsync("/api/users", new { id = workerId, displayName = "佐藤デザイン", roles = new[] { "worker" } }, HttpStatusCode.Created);
        var job = await host.Client(clientId).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created);
        var proposal = await host.Client(workerId).PostJsonAsync($"/api/jobs/{job.Str("id")}/proposals", new { text = "3点で28,000円、5日で納品します。", priceYen = 28000 }, HttpStatusCode.Created);
        var contract = (await host.Client(clientId).PostJsonAsync($"/api/jobs/{job.Str("id")}/proposals/{proposal.Str("id")}/contract", new { deliveryDate = Dates.DeliveryDate }, HttpStatusCode.Created)).Str("id");
        await host.Client(clientId).PostJsonAsync($"/api/contracts/{contract}/cancellation", new { reason = "社内の事情により発注を取りやめます。" });
        return (clientId, workerId, contract);
    }
}
