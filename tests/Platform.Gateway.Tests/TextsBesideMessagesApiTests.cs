using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Gateway.Tests;

/// <summary>
/// Texts that reach another user outside the message threads are checked like messages: a profile as others see it
/// (the display name as well as the profile text: a name is shown beside everything its owner writes), and the texts
/// written with a contract's steps (delivery notes, reasons, rating comments).
/// </summary>
public sealed class TextsBesideMessagesApiTests(MessageChecksHost shared) : IClassFixture<MessageChecksHost>
{
    private readonly HostFixture _host = shared.Host;

    [Fact]
    public async Task DisplayName_WithSpelledPhone_IsBlockedWithEvidence_HiddenFromOthers_QueuedForSupport()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(_host);
        const string name = "佐藤 〇九〇・一二三四・五六七八";

        var updated = await PutProfileAsync(workerId, new { displayName = name }, HttpStatusCode.OK);

        Assert.Equal(name, updated.Str("displayName"));
        var verdict = updated.GetProperty("profileVerdict");
        Assert.Equal("block", verdict.Str("decision"));
        var finding = verdict.GetProperty("findings").EnumerateArray().First(f => f.Str("category") == "off_platform_contact");
        var evidence = finding.GetProperty("evidence")[0];
        Assert.Equal("displayName", evidence.Str("field"));
        Assert.Equal(evidence.Str("excerpt"), name.Substring(evidence.GetProperty("start").GetInt32(), evidence.GetProperty("length").GetInt32()));
        Assert.Contains("一二三四", evidence.Str("excerpt"));

        var seen = await _host.Client(clientId).GetJsonAsync($"/api/users/{workerId}");
        Assert.Equal(workerId, seen.Str("displayName"));
        var own = await _host.Client(workerId).GetJsonAsync($"/api/users/{workerId}");
        Assert.Equal(name, own.Str("displayName"));

        var item = (await OpenItemAsync($"held-user-{workerId}-self")).GetProperty("item");
        Assert.Equal("off_platform_contact", item.Str("category"));
        var audit = await _host.Staff().GetJsonAsync($"/api/staff/audit/user/{workerId}");
        Assert.Contains(audit.EnumerateArray(), a => a.Str("change") == "ProfileUpdated" && a.Str("decision") == "block");
    }

    [Fact]
    public async Task DisplayName_Chosen_Again_Cleanly_IsShownAgain()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(_host);
        await PutProfileAsync(workerId, new { displayName = "さとう@LINE sato_88" }, HttpStatusCode.OK);
        Assert.Equal(workerId, (await _host.Client(clientId).GetJsonAsync($"/api/users/{workerId}")).Str("displayName"));

        var clean = await PutProfileAsync(workerId, new { displayName = "佐藤デザイン事務所" }, HttpStatusCode.OK);

        Assert.Equal("allow", clean.GetProperty("profileVerdict").Str("decision"));
        Assert.Equal("佐藤デザイン事務所", (await _host.Client(clientId).GetJsonAsync($"/api/users/{workerId}")).Str("displayName"));
    }

    [Fact]
    public async Task Registration_ChecksTheName_TooWithNoProfileText()
    {
        var id = $"wk-{Guid.NewGuid():N}"[..16];
        var registered = await _host.Client().PostJsonAsync("/api/users",
            new { id, displayName = "sato.design＠gmail", roles = new[] { "worker" } }, HttpStatusCode.Created);

        Assert.Equal("block", registered.GetProperty("profileVerdict").Str("decision"));
        Assert.Equal(id, (await _host.Client("someone").GetJsonAsync($"/api/users/{id}")).Str("displayName"));
    }

    [Fact]
    public async Task ProfileText_Blocked_KeepsACleanNameShown()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(_host);
        var updated = await PutProfileAsync(workerId, new { profileText = "ご依頼の相談は LINE ID sato_design まで" }, HttpStatusCode.OK);

        Assert.Equal("block", updated.GetProperty("profileVerdict").Str("decision"));
        var seen = await _host.Client(clientId).GetJsonAsync($"/api/users/{workerId}");
        Assert.Equal("佐藤デザイン", seen.Str("displayName"));
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("profileText").ValueKind);
    }

    [Fact]
    public async Task Profile_WhoseDetectionAReviewerDismisses_IsShownAgain_UnlessChangedSince()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(_host);
        const string name = "佐藤 090-1234-5678";
        await PutProfileAsync(workerId, new { displayName = name }, HttpStatusCode.OK);
        var key = $"held-user-{workerId}-self";
        var decided = await DecideAsync(await OpenItemAsync(key), "reject", "店舗の代表番号として掲載を認めます。");

        Assert.Equal("dismissed; profile released", decided.Str("outcome"));
        Assert.Equal(name, (await _host.Client(clientId).GetJsonAsync($"/api/users/{workerId}")).Str("displayName"));
        var notices = await _host.Client(workerId).GetJsonAsync($"/api/users/{workerId}/notifications");
        Assert.Contains(notices.EnumerateArray(), n => n.Str("type") == "profile_released");

        // Two violations while the item is open: it shows the latest, and dismissing it releases the profile as it is now.
        await PutProfileAsync(workerId, new { displayName = "佐藤 LINE:sato_0909" }, HttpStatusCode.OK);
        var second = await OpenItemAsync(key);
        const string latest = "佐藤 080-2222-3333";
        await PutProfileAsync(workerId, new { displayName = latest }, HttpStatusCode.OK);
        var merged = await TrustApi.EventuallyAsync(_host.Staff(), "/api/staff/reviews?status=open",
            l => TrustApi.Item(l, key) is { } i && i.GetProperty("count").GetInt32() == 2);
        var evidence = TrustApi.Item(merged, key)!.Value.GetProperty("item").GetProperty("findings").EnumerateArray()
            .SelectMany(f => f.GetProperty("evidence").EnumerateArray()).Select(e => e.Str("excerpt")).ToArray();
        Assert.Contains(evidence, e => e.Contains("2222", StringComparison.Ordinal));
        var both = await DecideAsync(second, "reject", "店舗の番号です。");
        Assert.Equal("dismissed; profile released", both.Str("outcome"));
        Assert.Equal(latest, (await _host.Client(clientId).GetJsonAsync($"/api/users/{workerId}")).Str("displayName"));

        // A profile changed after the detection keeps its own verdict.
        await PutProfileAsync(workerId, new { displayName = "佐藤 LINE:sato_7777" }, HttpStatusCode.OK);
        var third = await OpenItemAsync(key);
        await PutProfileAsync(workerId, new { displayName = "佐藤デザイン" }, HttpStatusCode.OK);
        var stale = await DecideAsync(third, "reject", "誤検知です。");
        Assert.Equal("dismissed; the profile has changed since", stale.Str("outcome"));
        Assert.Equal("佐藤デザイン", (await _host.Client(clientId).GetJsonAsync($"/api/users/{workerId}")).Str("displayName"));
    }

    [Theory]
    [InlineData("LINEスタンプ作家みどり")]
    [InlineData("Slackボット開発のタナカ")]
    [InlineData("デザイン工房@福岡")]
    [InlineData("動画編集者 ゆうき 24h対応")]
    [InlineData("0120ラボ")]
    public async Task DisplayName_ThatOnlyLooksLikeContact_IsShown(string name)
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(_host);
        var updated = await PutProfileAsync(workerId, new { displayName = name, profileText = "Webデザインとバナー制作をしています。" }, HttpStatusCode.OK);

        Assert.Equal("allow", updated.GetProperty("profileVerdict").Str("decision"));
        Assert.Equal(name, (await _host.Client(clientId).GetJsonAsync($"/api/users/{workerId}")).Str("displayName"));
    }

    [Fact]
    public async Task DeliveryNote_WithPhoneBeforeDisclosure_DeliversButTheClientNeverSeesTheNumber()
    {
        var (clientId, workerId, _, contractId) = await Api.ContractAsync(_host);
        await _host.Client(clientId).PostJsonAsync($"/api/contracts/{contractId}/escrow", null);

        var delivered = await _host.Client(workerId).PostJsonAsync($"/api/contracts/{contractId}/deliveries",
            new { note = "納品しました。修正があればこちらへお電話ください ０９０ー１２３４ー５６７８" });

        Assert.Equal("delivered", delivered.Str("stage"));
        var seen = await _host.Client(clientId).GetAsync($"/api/contracts/{contractId}");
        var history = await _host.Client(clientId).GetAsync($"/api/contracts/{contractId}/history");
        foreach (var body in new[] { await seen.Content.ReadAsStringAsync(), await history.Content.ReadAsStringAsync() })
        {
            Assert.DoesNotContain("１２３４", body);
            Assert.Contains("表示されません", body);
        }

        var audit = await _host.Staff().GetJsonAsync($"/api/staff/audit/contract/{contractId}");
        var entry = audit.EnumerateArray().Single(a => a.Str("itemId") == "delivery-1");
        Assert.Equal("hold", entry.Str("decision"));
        Assert.Equal("off_platform_contact", (await OpenItemAsync($"held-contract-{contractId}-delivery-1")).GetProperty("item").Str("category"));
    }

    [Fact]
    public async Task DeliveryNote_WhoseDetectionAReviewerDismisses_IsShownToTheClient()
    {
        var (clientId, workerId, _, contractId) = await Api.ContractAsync(_host);
        await _host.Client(clientId).PostJsonAsync($"/api/contracts/{contractId}/escrow", null);
        const string note = "納品しました。ご不明点は弊社代表 03-5555-0101 まで（平日10時〜18時）";
        await _host.Client(workerId).PostJsonAsync($"/api/contracts/{contractId}/deliveries", new { note });
        var key = $"held-contract-{contractId}-delivery-1";
        var decided = await DecideAsync(await OpenItemAsync(key), "reject", "会社の代表番号で、取引の誘導ではありません。");

        Assert.Equal("dismissed; text released", decided.Str("outcome"));
        var seen = await _host.Client(clientId).GetJsonAsync($"/api/contracts/{contractId}");
        Assert.Equal(note, seen.GetProperty("deliveries")[0].Str("note"));
        var history = await _host.Client(clientId).GetJsonAsync($"/api/contracts/{contractId}/history");
        Assert.Contains(history.EnumerateArray(), e => e.Str("type") == "text_released" && e.Str("detailJa").Contains(note, StringComparison.Ordinal));
        foreach (var party in new[] { clientId, workerId })
        {
            var notices = await TrustApi.EventuallyAsync(_host.Client(party), $"/api/users/{party}/notifications",
                l => l.EnumerateArray().Any(n => n.Str("type") == "text_released"));
            Assert.Contains(notices.EnumerateArray(), n => n.Str("type") == "text_released" && n.Str("messageJa").Contains("納品（第1回）", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task TerminationReason_WhoseDetectionIsConfirmed_StaysWithheld_AndItsWriterIsFlagged()
    {
        var (clientId, workerId, _, contractId) = await Api.ContractAsync(_host);
        await _host.Client(clientId).PostJsonAsync($"/api/contracts/{contractId}/escrow", null);
        const string reason = "続きは直接やりましょう。LINE ID kanda_works に連絡ください";
        await _host.Client(workerId).PostJsonAsync($"/api/contracts/{contractId}/termination", new { reason });
        var key = $"held-contract-{contractId}-termination-1";
        var confirmed = await DecideAsync(await OpenItemAsync(key), "approve", "外部連絡先への誘導です。");

        Assert.StartsWith($"user {workerId} flagged", confirmed.Str("outcome"), StringComparison.Ordinal); // the writer, not the contract
        Assert.NotEmpty((await _host.Client(workerId).GetJsonAsync($"/api/users/{workerId}")).GetProperty("flags").EnumerateArray());
        var seen = await _host.Client(clientId).GetJsonAsync($"/api/contracts/{contractId}");
        Assert.DoesNotContain("kanda_works", seen.GetProperty("termination").Str("reasonJa"));
        Assert.Contains("表示されません", seen.GetProperty("termination").Str("reasonJa"));
    }

    [Fact]
    public async Task RatingComment_WithChatId_KeepsTheStars_WithholdsTheComment()
    {
        var (clientId, workerId, _, contractId) = await Api.ContractAsync(_host);
        var steps = new (string Who, string Path, object? Body)[]
        {
            (clientId, "escrow", null), (workerId, "deliveries", new { note = "バナー3点を納品します。" }), (clientId, "acceptance", null),
        };
        foreach (var (who, path, body) in steps)
        {
            await _host.Client(who).PostJsonAsync($"/api/contracts/{contractId}/{path}", body);
        }

        var rated = await _host.Client(clientId).PostJsonAsync($"/api/contracts/{contractId}/ratings",
            new { stars = 5, comment = "また頼みたいので、次はインスタのDMに直接ください @yamada_shop" });

        var rating = Assert.Single(rated.GetProperty("ratings").EnumerateArray());
        Assert.Equal(5, rating.GetProperty("stars").GetInt32());
        Assert.DoesNotContain("yamada_shop", rating.Str("comment"));
        var clean = await _host.Client(workerId).PostJsonAsync($"/api/contracts/{contractId}/ratings", new { stars = 5, comment = "丁寧なご依頼をありがとうございました。" });
        Assert.Contains(clean.GetProperty("ratings").EnumerateArray(), r => r.Str("comment") == "丁寧なご依頼をありがとうございました。");
    }

    // The open review item with this key, once it is there.
    private async Task<JsonElement> OpenItemAsync(string key) =>
        TrustApi.Item(await TrustApi.EventuallyAsync(_host.Staff(), "/api/staff/reviews?status=open", l => TrustApi.Item(l, key) is not null), key)!.Value;

    private Task<JsonElement> DecideAsync(JsonElement item, string decision, string reason) =>
        _host.Staff().PostJsonAsync($"/api/staff/reviews/{item.Str("id")}/decision", new { decision, reason });

    private async Task<JsonElement> PutProfileAsync(string userId, object body, HttpStatusCode expected) =>
        await (await _host.Client(userId).PutAsync($"/api/users/{userId}/profile", JsonContent.Create(body))).JsonAsync(expected);
}
