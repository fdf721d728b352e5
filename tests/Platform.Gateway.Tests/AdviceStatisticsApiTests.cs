using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace Platform.Gateway.Tests;

/// <summary>
/// The month's <c>adviceSent</c> counts a job post's advice once, when the post is published, over real HTTP with the
/// built-in job-advice check: a host of the class's own, as the figure is host-wide.
/// </summary>
public sealed class AdviceStatisticsApiTests(ScanChecksHost shared) : IClassFixture<ScanChecksHost>
{
    private readonly HostFixture host = shared.Host;

    private static string Month => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private async Task<long> AdviceSentAsync() =>
        (await host.Staff().GetJsonAsync($"/api/staff/statistics?from={Month}&to={Month}")).GetProperty("months").EnumerateArray().Last().GetProperty("adviceSent").GetInt64();

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
            deadline = "2027-01-31T00:00:00+09:00",
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
