using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Platform.Gateway.Tests;

/// <summary>The dispute fact sheet over real HTTP: every party's words, withheld ones marked with why; a page in Japanese, to the second in JST.</summary>
[Collection(TrustHostCollection.Name)]
public sealed partial class DisputeFactsApiTests(TrustHostFixture host)
{
    [Fact]
    public async Task Facts_WithheldDeliveryNote_GivenWordForWordWithWhy_AsABlockedMessageIs()
    {
        var (_, worker, _, contract) = await TrustApi.FundedAsync(host);
        const string message = "LINE交換しましょう";
        const string note = "納品しました。修正のご相談はLINE交換してからお願いします。";
        Assert.Equal("blocked", (await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/messages", new { text = message }, HttpStatusCode.Created)).Str("status"));
        await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/deliveries", new { note });

        var facts = await host.Staff().GetJsonAsync($"/api/staff/contracts/{contract}/facts");

        var timeline = facts.GetProperty("timeline").EnumerateArray().ToArray();
        foreach (var (kind, text) in new[] { ("message", message), ("delivered", note) })
        {
            var entry = timeline.Single(e => e.Str("kind") == kind);
            Assert.Equal((text, "blocked"), (entry.Str("text"), entry.Str("withheld")));
            Assert.Contains(entry.GetProperty("withheldFindings").EnumerateArray(), f => f.Str("category") == "off_platform_contact");
            Assert.Contains(text, entry.Str("detailJa"));
            Assert.Contains("ブロック（blocked）：直接取引・サイト外取引（off_platform_contact）", entry.Str("detailJa"));
        }

        Assert.Equal("納品（delivered）", timeline.Single(e => e.Str("kind") == "delivered").Str("kindJa"));
        Assert.Equal(JsonValueKind.Null, timeline.Single(e => e.Str("kind") == "escrow_funded").GetProperty("withheld").ValueKind);
    }

    [Fact]
    public async Task FactsHtml_JapaneseWordsBesideCodes_TimesToTheSecondInJst_InTheTimelinesOrder()
    {
        var (client, worker, _, contract) = await TrustApi.FundedAsync(host);
        await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/messages", new { text = "着手します。" }, HttpStatusCode.Created);
        await host.Client(client).PostJsonAsync($"/api/contracts/{contract}/messages", new { text = "よろしくお願いします。" }, HttpStatusCode.Created);
        await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/deliveries", new { note = "納品しました。続きはLINE交換してからお願いします。" });
        var timeline = (await host.Staff().GetJsonAsync($"/api/staff/contracts/{contract}/facts")).GetProperty("timeline").EnumerateArray().ToArray();

        var html = await (await host.Staff().GetAsync($"/api/staff/contracts/{contract}/facts.html")).Content.ReadAsStringAsync();

        foreach (var label in new[] { "募集の掲載（job_posted）", "契約締結（contracted）", "仮払い（escrow_funded）", "メッセージ（message）", "納品（delivered）", "納品済み（delivered）", "申請なし（none）", "固定報酬（fixed）" })
        {
            Assert.Contains(label, html);
        }

        foreach (var code in new[] { "job_posted", "contracted", "escrow_funded", "message", "delivered" })
        {
            Assert.DoesNotContain($"<td>{code}</td>", html);
        }

        Assert.Contains("ブロック（blocked）", html);
        Assert.Contains("納品しました。続きはLINE交換してからお願いします。", html);
        Assert.Contains($"クライアント（{client}）", html);

        // One row per fact, numbered in the timeline's order, each time to the second in JST and whole in its datetime.
        var rows = Row().Matches(html).ToArray();
        Assert.Equal(timeline.Length, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var at = DateTimeOffset.Parse(timeline[i].Str("at"), CultureInfo.InvariantCulture);
            Assert.Equal((i + 1).ToString(CultureInfo.InvariantCulture), rows[i].Groups["n"].Value);
            Assert.Equal(at, DateTimeOffset.Parse(rows[i].Groups["exact"].Value, CultureInfo.InvariantCulture));
            Assert.Equal(at.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), rows[i].Groups["jst"].Value);
        }
    }

    [GeneratedRegex("<td>(?<n>\\d+)</td><td><time datetime=\"(?<exact>[^\"]+)\">(?<jst>[^<]+)</time></td>")]
    private static partial Regex Row();
}
