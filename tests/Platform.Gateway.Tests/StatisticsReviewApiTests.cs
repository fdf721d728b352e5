using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Platform.Gateway.Tests;

/// <summary>
/// The monthly statistics after reviewers decided (品質向上委員会からのお知らせ), over real HTTP: what was detected, what
/// reviewers confirmed or dismissed, held changes released, remote-desktop advice, repeat reports, and the same figures
/// in JSON, CSV and HTML.
/// </summary>
[Collection(TrustHostCollection.Name)]
public sealed class StatisticsReviewApiTests(TrustHostFixture host)
{
    private static string Month => Api.ThisMonth;

    private async Task<JsonElement> MonthAsync(string? from = null) =>
        (await host.Staff().GetJsonAsync($"/api/staff/statistics?from={from ?? Month}&to={Month}")).GetProperty("months").EnumerateArray().Last();

    private static long Get(JsonElement m, string name, string? category = null) =>
        category is null ? m.GetProperty(name).GetInt64() : m.GetProperty(name).GetProperty(category).GetInt64();

    private async Task DecideAsync(string itemId, string decision, string reason) =>
        await host.Staff().PostJsonAsync($"/api/staff/reviews/{itemId}/decision", new { decision, reason, reviewer = "rev-stats" });

    [Fact]
    public async Task Statistics_AfterReview_SayWhatReviewersDecidedInJsonCsvAndHtml()
    {
        var before = await MonthAsync();
        var (client, worker, _, contract) = await TrustApi.FundedAsync(host);
        var messages = $"/api/contracts/{contract}/messages";

        // Held (a name the platform's office uses), then released by a reviewer as a false alarm.
        var held = await host.Client(worker).PostJsonAsync(messages, new { text = "事務局ですと名乗ったのは誤りでした。本日から作業に入ります。" }, HttpStatusCode.Created);
        Assert.Equal("held", held.Str("status"));
        await DecideAsync($"held-contract-{contract}-m1", "approve", "誤検知。作業開始の連絡なので配信します。");

        // Blocked (an invitation to deal directly), then dismissed by a reviewer.
        var blocked = await host.Client(worker).PostJsonAsync(messages, new { text = "直接取引はしない方針ですのでご安心ください。" }, HttpStatusCode.Created);
        Assert.Equal("blocked", blocked.Str("status"));
        await DecideAsync($"held-contract-{contract}-m2", "reject", "誤検知。直接取引を断る文面です。");

        // A remote-desktop request is answered with advice to the client, counted where a team lead looks.
        var advised = await host.Client(client).PostJsonAsync(messages, new { text = "TeamViewerで画面を共有してもらえますか。" }, HttpStatusCode.Created);
        Assert.Equal("delivered", advised.Str("status"));

        // One reporter reporting the same user three times is one report received.
        for (var i = 0; i < 3; i++)
        {
            await host.Client(worker).PostJsonAsync("/api/reports", new { targetKind = "user", targetId = client, category = "mlm" }, HttpStatusCode.Created);
        }

        var after = await MonthAsync();
        long Delta(string name, string? category = null) => Get(after, name, category) - Get(before, name, category);
        Assert.Equal(1, Delta("violationsDismissed", "fake_official"));
        Assert.Equal(1, Delta("violationsDismissed", "off_platform_contact"));
        Assert.Equal(2, Delta("violationsDismissedTotal"));
        Assert.Equal(0, Delta("violationsConfirmedTotal"));
        Assert.Equal((1, 1), (Delta("changesHeld"), Delta("changesBlocked")));
        Assert.Equal((1, 0), (Delta("heldReleased"), Delta("heldRefused")));
        Assert.Equal(1, Delta("remoteDesktopAdvised"));
        Assert.Equal(1, Delta("reportsReceived"));
        var report = TrustApi.Item(await host.Staff().GetJsonAsync("/api/staff/reviews?kind=report"), $"report-user-{client}")!.Value;
        Assert.Equal(1, report.GetProperty("count").GetInt32());

        // The CSV has the same figures under named columns; the page shows every figure of the JSON.
        var csv = (await (await host.Staff().GetAsync($"/api/staff/statistics.csv?from={Month}&to={Month}")).Content.ReadAsStringAsync()).Trim().Split('\n');
        var header = csv[0].Split(',');
        var row = csv[1].Split(',');
        string Column(string name) => row[Array.IndexOf(header, name)];
        Assert.Equal(Get(after, "violationsDismissed", "fake_official").ToString(CultureInfo.InvariantCulture), Column("dismissed.fake_official"));
        Assert.Equal(Get(after, "heldReleased").ToString(CultureInfo.InvariantCulture), Column("held_released"));
        Assert.Equal(Get(after, "remoteDesktopAdvised").ToString(CultureInfo.InvariantCulture), Column("remote_desktop_advised"));
        Assert.Equal(Get(after, "massSendDetected").ToString(CultureInfo.InvariantCulture), Column("mass_send_detected"));
        var page = await (await host.Staff().GetAsync($"/api/staff/statistics.html?from={Month}&to={Month}")).Content.ReadAsStringAsync();
        foreach (var th in new[] { "違反と確認", "誤検知として却下", "保留→配信", "うち遠隔操作の注意喚起", "一斉送信（検知）", "公開承認（自動）", "公開承認（審査）", "公開審査の期限超過" })
        {
            Assert.Contains($"<th>{th}</th>", page);
        }

        Assert.Contains("カテゴリ別の審査結果", page);
    }

    [Fact]
    public async Task Statistics_HeldContactBlockedWhenTheDisclosureIsDenied_CountedAsARefusal()
    {
        var (client, worker, _, contract) = await TrustApi.FundedAsync(host);
        var request = (await host.Client(client).PostJsonAsync($"/api/contracts/{contract}/disclosure", null)).GetProperty("disclosureRequest").Str("reviewItemId");
        var before = await MonthAsync();
        var held = await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/messages",
            new { text = "お急ぎの際はこちらにお電話ください 090-1234-5678" }, HttpStatusCode.Created);
        Assert.Equal("held", held.Str("status"));

        await DecideAsync(request, "reject", "取引実績がまだないため、連絡先の交換は承認できません。");

        var item = await host.Staff().GetJsonAsync($"/api/staff/reviews/held-contract-{contract}-{held.Str("id")}");
        Assert.Equal(("rejected", "platform"), (item.Str("status"), item.Str("decidedBy")));
        // The platform's refusal counts as a reviewer's would: the held change refused, its detection confirmed.
        var after = await MonthAsync();
        long Delta(string name, string? category = null) => Get(after, name, category) - Get(before, name, category);
        Assert.Equal((1, 0, 1), (Delta("changesHeld"), Delta("heldReleased"), Delta("heldRefused")));
        Assert.Equal((1, 1, 0), (Delta("violations", "off_platform_contact"), Delta("violationsConfirmed", "off_platform_contact"),
            Delta("violationsDismissed", "off_platform_contact")));
    }

    [Fact]
    public async Task Statistics_DecisionOnAChangeHeldInTwoCategories_CountsInBoth()
    {
        var (_, worker, _, contract) = await TrustApi.FundedAsync(host);
        var before = await MonthAsync();
        var messages = $"/api/contracts/{contract}/messages";
        var text = new { text = "事務局です。お急ぎの際はこちらにお電話ください 090-1234-5678" };
        var refused = await host.Client(worker).PostJsonAsync(messages, text, HttpStatusCode.Created);
        var released = await host.Client(worker).PostJsonAsync(messages, text, HttpStatusCode.Created);
        Assert.Equal(("held", "held"), (refused.Str("status"), released.Str("status")));
        var item = await host.Staff().GetJsonAsync($"/api/staff/reviews/held-contract-{contract}-{refused.Str("id")}");
        Assert.Equal("fake_official", item.GetProperty("item").Str("category"));

        await DecideAsync($"held-contract-{contract}-{refused.Str("id")}", "reject", "運営を名乗り、連絡先を伝えているため配信しません。");
        await DecideAsync($"held-contract-{contract}-{released.Str("id")}", "approve", "確認のうえ配信します。");

        // Each change was detected in both categories; each decision counts in both, so confirmed + dismissed reaches detected.
        var after = await MonthAsync();
        long Delta(string name, string? category = null) => Get(after, name, category) - Get(before, name, category);
        foreach (var category in new[] { "fake_official", "off_platform_contact" })
        {
            Assert.Equal((category, 2L, 1L, 1L), (category, Delta("violations", category), Delta("violationsConfirmed", category), Delta("violationsDismissed", category)));
        }

        Assert.Equal((2, 1, 1), (Delta("changesHeld"), Delta("heldReleased"), Delta("heldRefused")));
    }

    [Fact]
    public async Task Statistics_ViolationsChange_IsTheSameWhateverRangeIsAsked()
    {
        var (_, worker, _, contract) = await TrustApi.FundedAsync(host);
        await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/messages", new { text = "直接取引のご相談です。" }, HttpStatusCode.Created);

        var alone = await MonthAsync();
        var previous = DateOnly.ParseExact(Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var withPrevious = await MonthAsync(previous);

        Assert.Equal(JsonValueKind.Number, alone.GetProperty("violationsChange").ValueKind);
        Assert.Equal(withPrevious.GetProperty("violationsChange").GetInt64(), alone.GetProperty("violationsChange").GetInt64());
        var page = await (await host.Staff().GetAsync($"/api/staff/statistics.html?from={Month}&to={Month}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<td>—</td>", page);
    }
}
