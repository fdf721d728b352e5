using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Gateway.Tests;

/// <summary>
/// Over real HTTP, with the built-in contact and content checks: a worker's polite greeting to ten clients is taken for a
/// mass-send, which revokes an approved disclosure; a reviewer dismisses it and the approval is back (record, history,
/// both parties told, contact details pass), unless the worker carries another flag. A restriction a reviewer lifts by
/// hand gives the approval back too.
/// </summary>
[Collection(TrustHostCollection.Name)]
public sealed class ReinstatementApiTests(TrustHostFixture host)
{
    private const string Greeting = "{0}、{1}様。このたびはご契約ありがとうございます。本日より作業に着手いたします。進め方のご希望があればお知らせください。";
    private const string Phone = "お急ぎの際はこちらにお電話ください 090-1234-5678";

    private static readonly string[] Greetings = ["こんにちは", "お世話になります", "はじめまして", "突然失礼します", "こんばんは"];

    private static string Month => Api.ThisMonth;

    [Fact]
    public async Task MassSendFalseAlarm_Dismissed_ApprovalBackContactPassesBothTold()
    {
        var before = await ReinstatedThisMonthAsync();
        var (worker, contracts) = await WorkerWithClientsAsync(10);
        var (client, contract) = contracts[0];
        await ApproveDisclosureAsync(worker, contract);
        await MassSendAsync(worker, contracts);
        Assert.Equal("blocked", (await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/messages", new { text = Phone }, HttpStatusCode.Created)).Str("status"));

        var decided = await host.Staff().PostJsonAsync($"/api/staff/reviews/mass-send-{worker}/decision",
            new { decision = "reject", reason = "契約者への着手のあいさつで、一斉送信の詐欺ではありません。", reviewer = "rev-reinstate" });

        Assert.Contains("disclosures reinstated: 1", decided.Str("outcome"), StringComparison.Ordinal);
        Assert.Contains("連絡先公開の承認を1件元に戻しました。", decided.Str("outcomeJa"), StringComparison.Ordinal);
        var view = await host.Client(client).GetJsonAsync($"/api/contracts/{contract}");
        Assert.Equal("approved", view.Str("disclosure"));
        var request = view.GetProperty("disclosureRequest");
        Assert.Equal(("approved", "platform", "platform"), (request.Str("status"), request.Str("revokedBy"), request.Str("reinstatedBy")));
        Assert.True(request.GetProperty("reinstatedAt").GetDateTimeOffset() >= request.GetProperty("revokedAt").GetDateTimeOffset());
        Assert.Contains("元に戻しました", request.Str("reinstatedReasonJa"), StringComparison.Ordinal);
        Assert.Contains((await host.Client(worker).GetJsonAsync($"/api/contracts/{contract}/history")).EnumerateArray(), e => e.Str("type") == "disclosure_reinstated");

        // Contact details pass again on that contract.
        Assert.Equal("delivered", (await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/messages", new { text = Phone }, HttpStatusCode.Created)).Str("status"));
        Assert.Contains((await host.Client(client).GetJsonAsync($"/api/contracts/{contract}/messages")).EnumerateArray(), m => m.Str("text") == Phone);
        foreach (var party in new[] { client, worker })
        {
            var notices = (await host.Client(party).GetJsonAsync($"/api/users/{party}/notifications")).EnumerateArray().ToArray();
            var notice = Assert.Single(notices, n => n.Str("type") == "disclosure_reinstated");
            Assert.Equal(contract, notice.Str("relatedId"));
            Assert.Contains("連絡先公開の承認を元に戻しました", notice.Str("messageJa"), StringComparison.Ordinal);
        }

        Assert.Empty((await host.Staff().GetJsonAsync($"/api/staff/users/{worker}")).GetProperty("flags").EnumerateArray());
        Assert.Equal(1, await ReinstatedThisMonthAsync() - before);
        var csv = (await (await host.Staff().GetAsync($"/api/staff/statistics.csv?from={Month}&to={Month}")).Content.ReadAsStringAsync()).Trim().Split('\n');
        Assert.Equal((before + 1).ToString(CultureInfo.InvariantCulture), csv[1].Split(',')[Array.IndexOf(csv[0].Split(','), "disclosures_reinstated")]);
    }

    [Fact]
    public async Task MassSendFalseAlarm_DismissedWhileTheWorkerHasAnUpheldReport_ApprovalStaysRevoked()
    {
        var (worker, contracts) = await WorkerWithClientsAsync(10);
        var (client, contract) = contracts[0];
        await ApproveDisclosureAsync(worker, contract);
        await MassSendAsync(worker, contracts);
        await host.Client(contracts[1].Client).PostJsonAsync("/api/reports", new { targetKind = "user", targetId = worker, category = "mlm" }, HttpStatusCode.Created);
        await host.Staff().PostJsonAsync($"/api/staff/reviews/report-user-{worker}/decision", new { decision = "approve", reason = "勧誘が確認されました。" });

        var decided = await host.Staff().PostJsonAsync($"/api/staff/reviews/mass-send-{worker}/decision", new { decision = "reject", reason = "一斉送信ではありません。" });

        Assert.Contains("revoked disclosures stay revoked", decided.Str("outcome"), StringComparison.Ordinal);
        var flags = (await host.Staff().GetJsonAsync($"/api/staff/users/{worker}")).GetProperty("flags").EnumerateArray().Select(f => f.GetString()).ToArray();
        Assert.DoesNotContain("mass_send", flags);
        Assert.Single(flags);
        var view = await host.Client(client).GetJsonAsync($"/api/contracts/{contract}");
        Assert.Equal("revoked", view.Str("disclosure"));
        Assert.Equal(JsonValueKind.Null, view.GetProperty("disclosureRequest").GetProperty("reinstatedAt").ValueKind);
        Assert.Equal("blocked", (await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/messages", new { text = Phone }, HttpStatusCode.Created)).Str("status"));
        Assert.DoesNotContain((await host.Client(client).GetJsonAsync($"/api/users/{client}/notifications")).EnumerateArray(), n => n.Str("type") == "disclosure_reinstated");
    }

    [Fact]
    public async Task RestrictionLiftedByHand_ApprovalBackContactPasses()
    {
        var (worker, contracts) = await WorkerWithClientsAsync(1);
        var (client, contract) = contracts[0];
        await ApproveDisclosureAsync(worker, contract);
        using var taken = await host.Staff().PostAsJsonAsync($"/api/staff/users/{worker}/steps",
            new { step = "restriction", code = "violation.confirmed", reason = "規約違反が確認されました。" });
        Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
        Assert.Equal("revoked", (await host.Client(client).GetJsonAsync($"/api/contracts/{contract}")).Str("disclosure"));

        await host.Staff().PostJsonAsync($"{taken.Headers.Location}/lift", new { reason = "確認の結果、違反ではありませんでした。" });

        Assert.Equal("approved", (await host.Client(client).GetJsonAsync($"/api/contracts/{contract}")).Str("disclosure"));
        Assert.Equal("delivered", (await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/messages", new { text = Phone }, HttpStatusCode.Created)).Str("status"));
        Assert.Single((await host.Client(client).GetJsonAsync($"/api/users/{client}/notifications")).EnumerateArray(), n => n.Str("type") == "disclosure_reinstated");
    }

    private async Task<long> ReinstatedThisMonthAsync() =>
        (await host.Staff().GetJsonAsync($"/api/staff/statistics?from={Month}&to={Month}")).GetProperty("months")[0].GetProperty("disclosuresReinstated").GetInt64();

    /// <summary>One worker, in an escrow-funded contract with each of <paramref name="count"/> new clients.</summary>
    private async Task<(string Worker, List<(string Client, string Contract)> Contracts)> WorkerWithClientsAsync(int count)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var worker = $"wk-{suffix}";
        await host.Client().PostJsonAsync("/api/users", new { id = worker, displayName = "佐藤デザイン", roles = new[] { "worker" } }, HttpStatusCode.Created);
        var contracts = new List<(string Client, string Contract)>();
        for (var i = 0; i < count; i++)
        {
            var client = $"cl-{suffix}-{i}";
            await host.Client().PostJsonAsync("/api/users", new { id = client, displayName = "山田商店", roles = new[] { "client" } }, HttpStatusCode.Created);
            var job = (await host.Client(client).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
            var proposal = (await host.Client(worker).PostJsonAsync($"/api/jobs/{job}/proposals", new { text = "3点で28,000円、5日で納品します。", priceYen = 28000 }, HttpStatusCode.Created)).Str("id");
            var contract = (await host.Client(client).PostJsonAsync($"/api/jobs/{job}/proposals/{proposal}/contract", new { deliveryDate = Dates.DeliveryDate }, HttpStatusCode.Created)).Str("id");
            await host.Client(client).PostJsonAsync($"/api/contracts/{contract}/escrow", null);
            contracts.Add((client, contract));
        }

        return (worker, contracts);
    }

    private async Task ApproveDisclosureAsync(string worker, string contract)
    {
        var key = (await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/disclosure", null)).GetProperty("disclosureRequest").Str("reviewItemId");
        await host.Staff().PostJsonAsync($"/api/staff/reviews/{key}/decision", new { decision = "approve", reason = "取引に問題はありません。" });
        Assert.Equal("delivered", (await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/messages", new { text = Phone }, HttpStatusCode.Created)).Str("status"));
    }

    // The same greeting to every client: the tenth copy makes it a mass-send, which flags the worker and revokes the approval.
    private async Task MassSendAsync(string worker, List<(string Client, string Contract)> contracts)
    {
        for (var i = 0; i < contracts.Count; i++)
        {
            await host.Client(worker).PostJsonAsync($"/api/contracts/{contracts[i].Contract}/messages",
                new { text = string.Format(CultureInfo.InvariantCulture, Greeting, Greetings[i % Greetings.Length], i + 1) }, HttpStatusCode.Created);
        }

        // The flag and the revocation come before the alert, which lists every copy.
        await TrustApi.EventuallyAsync(host.Staff(), $"/api/staff/reviews?status=open&kind=detection&subject={worker}",
            items => TrustApi.Item(items, $"mass-send-{worker}") is { } alert && alert.GetProperty("item").GetProperty("findings").GetArrayLength() == contracts.Count);
        Assert.Equal("revoked", (await host.Client(worker).GetJsonAsync($"/api/contracts/{contracts[0].Contract}")).Str("disclosure"));
    }
}
