using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Gateway.Tests;

/// <summary>
/// The month's <c>adviceSent</c> counts a job post's advice once, when the post is published, and its violations
/// (<c>violations</c>, <c>changesBlocked</c>, <c>changesHeld</c>) once, when detected, over real HTTP with the built-in
/// checks: a host of the class's own, as the figures are host-wide.
/// </summary>
public sealed class AdviceStatisticsApiTests(ScanChecksHost shared) : IClassFixture<ScanChecksHost>
{
    private readonly HostFixture host = shared.Host;

    private static string Month => Api.ThisMonth;

    private async Task<long> AdviceSentAsync() => (await MonthAsync()).GetProperty("adviceSent").GetInt64();

    private async Task<JsonElement> MonthAsync() =>
        (await host.Staff().GetJsonAsync($"/api/staff/statistics?from={Month}&to={Month}")).GetProperty("months").EnumerateArray().Last();

    // A post's contact details: blocked by the contact check wherever it is checked.
    private static object Post(string description, bool publish = false) => new
    {
        title = "名刺デザイン",
        description,
        category = "design",
        budget = new { kind = "fixed", amountYen = 30000 },
        deadline = Dates.Deadline,
        publish,
    };

    private const string Clean = "名刺のデザインを両面でお願いします。";
    private const string WithContact = "詳細はLINEで。LINE ID: cl_meishi まで連絡ください。";

    [Fact]
    public async Task AJobPostsViolation_IsCountedOnceWhenDetected_OnTheDraftsSave_NotAgainWhenTheSameTextIsPublished()
    {
        var before = await MonthAsync();
        async Task<(long Violations, long Contact, long Blocked, long Held)> DeltaAsync()
        {
            var now = await MonthAsync();
            long D(Func<JsonElement, long> read) => read(now) - read(before);
            return (D(m => m.GetProperty("violationsTotal").GetInt64()), D(m => m.GetProperty("violations").GetProperty("off_platform_contact").GetInt64()),
                D(m => m.GetProperty("changesBlocked").GetInt64()), D(m => m.GetProperty("changesHeld").GetInt64()));
        }

        var (clientId, _) = await Api.RegisterPairAsync(host);
        var client = host.Client(clientId);

        // Saved as a draft, the text is checked and its violation detected (the client shown it, the support team told): counted.
        var draft = await client.PostJsonAsync("/api/jobs", Post(WithContact), HttpStatusCode.Created);
        var id = draft.Str("id");
        Assert.Equal(("draft", "block"), (draft.Str("status"), draft.GetProperty("verdict").Str("decision")));
        Assert.Equal((1, 1, 1, 0), await DeltaAsync());

        // Published, the same text is checked again and blocked (the post hidden): the same violation, not counted again.
        var published = await client.PostJsonAsync($"/api/jobs/{id}/publish", null);
        Assert.Equal(("hidden", "block"), (published.Str("status"), published.GetProperty("verdict").Str("decision")));
        Assert.Equal((1, 1, 1, 0), await DeltaAsync());

        // Another text is another detection: a draft edited into it, and an open post edited into it (published at once, hidden).
        var other = (await client.PostJsonAsync("/api/jobs", Post(Clean), HttpStatusCode.Created)).Str("id");
        var editedDraft = await (await client.PutAsJsonAsync($"/api/jobs/{other}", Post(WithContact))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("draft", "block"), (editedDraft.Str("status"), editedDraft.GetProperty("verdict").Str("decision")));
        Assert.Equal((2, 2, 2, 0), await DeltaAsync());
        var open = (await client.PostJsonAsync("/api/jobs", Post(Clean, publish: true), HttpStatusCode.Created)).Str("id");
        var editedOpen = await (await client.PutAsJsonAsync($"/api/jobs/{open}", Post(WithContact))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("hidden", "block"), (editedOpen.Str("status"), editedOpen.GetProperty("verdict").Str("decision")));
        Assert.Equal((3, 3, 3, 0), await DeltaAsync());
    }

    [Fact]
    public async Task AJobPostsAdvice_IsCountedOnceWhenPublished_NotForTheDraftNorAnEdit_ThoughShownEachTime()
    {
        var before = await AdviceSentAsync();
        var (clientId, _) = await Api.RegisterPairAsync(host);
        var client = host.Client(clientId);
        object Thin(string description) => new
        {
            title = "ロゴ",
            description,
            category = "design",
            budget = new { kind = "fixed", amountYen = 30000 },
            deadline = Dates.Deadline,
            publish = false,
        };

        var draft = await client.PostJsonAsync("/api/jobs", Thin("いい感じでお願いします。"), HttpStatusCode.Created);
        var id = draft.Str("id");
        Assert.Equal("advise", draft.GetProperty("verdict").Str("decision"));
        Assert.Equal(0, await AdviceSentAsync() - before);

        Assert.Equal("advise", (await client.PostJsonAsync($"/api/jobs/{id}/publish", null)).GetProperty("verdict").Str("decision"));
        Assert.Equal(1, await AdviceSentAsync() - before);

        var edited = await (await client.PutAsJsonAsync($"/api/jobs/{id}", Thin("いい感じでお願いします。おまかせします。"))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("advise", edited.GetProperty("verdict").Str("decision"));
        Assert.Equal(1, await AdviceSentAsync() - before);
    }
}
