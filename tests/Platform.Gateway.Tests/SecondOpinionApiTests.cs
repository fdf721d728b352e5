using System.Net;
using System.Text.Json;

namespace Platform.Gateway.Tests;

/// <summary>
/// The scorer as a second opinion over real HTTP, with every built-in check a marketplace deploys: a rule's block that
/// the trained model doubts is held for review instead of refused, and one it agrees with stays a block.
/// </summary>
public sealed class SecondOpinionApiTests : IAsyncLifetime
{
    // A dislike of the phone, saying the platform's messages suit the writer: the chat-app rule blocks it.
    private const string PhoneShy = "電話はどうも苦手で、文字でやりとりできるのはありがたいです。引き続きこちらでお願いします。";

    private readonly HostFixture _host = new()
    {
        Plugins = ["plugins/Platform.Checks.Contact", "plugins/Platform.Checks.Content", "plugins/Platform.Checks.JobAdvice", "plugins/Platform.Checks.Scorer"],
    };

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Scan_RuleBlockTheModelDoubts_HoldsShowingTheRuleFindingAsTheWriterSeesIt()
    {
        var result = await _host.Client().PostJsonAsync("/api/compliance/scan",
            new { kind = "message", text = PhoneShy, context = new { stage = "pre_contract", disclosure = "none", sender = "worker" } });

        Assert.Equal("hold", result.Str("decision"));
        var findings = result.GetProperty("findings").EnumerateArray().ToArray();
        // Answered as the real write's writer is: the rule's finding, held, without the model's own finding or any score.
        var finding = Assert.Single(findings);
        Assert.Equal(("contact.chat_app", "hold", 0.0), (finding.Str("code"), finding.Str("decision"), finding.GetProperty("score").GetDouble()));
        Assert.Equal(["off_platform_contact"], result.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task ProposalThread_DoubtedBlockHeldForReview_AgreedBlockStillBlocked()
    {
        var (clientId, workerId, thread) = await ProposalThreadAsync();

        var held = await _host.Client(workerId).PostJsonAsync(thread, new { text = PhoneShy }, HttpStatusCode.Created);
        var blocked = await _host.Client(workerId).PostJsonAsync(thread, new { text = "細かい話はLINE交換してからにしましょう。IDはsato_design88です" }, HttpStatusCode.Created);

        Assert.Equal("held", held.Str("status"));
        Assert.Equal("blocked", blocked.Str("status"));
        Assert.DoesNotContain(blocked.GetProperty("verdict").GetProperty("findings").EnumerateArray(), f => f.Str("code") == "scorer.doubt");

        // The client does not see the held text before a reviewer releases it; the review queue has it with both findings.
        Assert.Empty((await _host.Client(clientId).GetJsonAsync(thread)).EnumerateArray());
        var queue = await _host.Staff().GetJsonAsync("/api/staff/reviews?status=open");
        Assert.Contains(queue.EnumerateArray(), i => Codes(i).Contains("scorer.doubt") && Codes(i).Contains("contact.chat_app"));

        // The month's statistics count the change among the violations and as held on a second opinion (the scan above
        // changed nothing, the agreed block is no such change).
        var month = Api.ThisMonth;
        var stats = (await _host.Staff().GetJsonAsync($"/api/staff/statistics?from={month}&to={month}")).GetProperty("months")[0];
        Assert.Equal(1, stats.GetProperty("heldOnSecondOpinion").GetInt64());
        Assert.Equal(2, stats.GetProperty("violations").GetProperty("off_platform_contact").GetInt64());
        var csv = await (await _host.Staff().GetAsync($"/api/staff/statistics.csv?from={month}&to={month}")).Content.ReadAsStringAsync();
        var lines = csv.Trim().Split('\n');
        var column = Array.IndexOf(lines[0].Split(','), "held_on_second_opinion");
        Assert.Equal("1", lines[1].Split(',')[column]);
    }

    [Theory]
    [InlineData("reject", true)]
    [InlineData("approve", false)]
    public async Task DoubtedRecruiting_WriterFlaggedOnlyWhenTheReviewerRefusesTheText(string decision, bool flagged)
    {
        // A recruiting rule blocks this and would flag its writer at once; the model, reading the text alone, doubts it.
        const string recruiting = "けんりしゅうにゅう、ってワード聞いたこと有る？ 今なら枠あいてるよー";
        var (_, workerId, thread) = await ProposalThreadAsync();

        var held = await _host.Client(workerId).PostJsonAsync(thread, new { text = recruiting }, HttpStatusCode.Created);

        Assert.Equal("held", held.Str("status"));
        Assert.Empty(await FlagsAsync(workerId));
        var queue = await _host.Staff().GetJsonAsync("/api/staff/reviews?status=open");
        var item = Assert.Single(queue.EnumerateArray(), i => Codes(i).Contains("scorer.doubt") && Codes(i).Contains("mlm.recruiting"));
        await _host.Staff().PostJsonAsync($"/api/staff/reviews/{item.Str("id")}/decision", new { decision, reason = "確認しました。" });

        Assert.Equal(flagged, (await FlagsAsync(workerId)).Contains("mlm.recruiting"));
    }

    [Fact]
    public async Task ProposalThread_DoubtedBlockBesideAnAgreedBlock_IsBlockedNotCountedAsHeldAndFiledUnderTheBlock()
    {
        // The recruiting rule's block is doubted (as above); the chat-app ID beside it is blocked without doubt.
        var (_, workerId, thread) = await ProposalThreadAsync();
        var sent = await _host.Client(workerId).PostJsonAsync(thread,
            new { text = "けんりしゅうにゅう、ってワード聞いたこと有る？ 続きはLINE交換してからにしましょう。IDはkenri_88です" }, HttpStatusCode.Created);

        Assert.Equal("blocked", sent.Str("status"));
        // The writer is not shown the model's doubt (the staff's item below is).
        var findings = sent.GetProperty("verdict").GetProperty("findings").EnumerateArray().ToArray();
        Assert.DoesNotContain(findings, f => f.Str("code") == "scorer.doubt");
        var block = findings.First(f => f.Str("decision") == "block");

        // Refused, not held: the second opinion softened nothing this month.
        var month = Api.ThisMonth;
        var stats = (await _host.Staff().GetJsonAsync($"/api/staff/statistics?from={month}&to={month}")).GetProperty("months")[0];
        Assert.Equal(0, stats.GetProperty("heldOnSecondOpinion").GetInt64());
        Assert.Equal(1, stats.GetProperty("changesBlocked").GetInt64());

        // The support team's item is filed under what blocked it, so a reviewer filtering by that category finds it.
        var queue = await _host.Staff().GetJsonAsync($"/api/staff/reviews?status=open&category={block.Str("category")}");
        var item = Assert.Single(queue.EnumerateArray(), i => Codes(i).Contains("scorer.doubt")).GetProperty("item");
        Assert.Equal((block.Str("category"), block.Str("code")), (item.Str("category"), item.Str("code")));
    }

    [Fact]
    public async Task Profile_RuleBlockTheModelDoubts_WriterSeesTheRuleFindingWithoutScoreOrDoubt_OthersStillSeeTheName()
    {
        var (clientId, _) = await Api.RegisterPairAsync(_host);
        var id = $"wk-{Guid.NewGuid():N}"[..16];
        const string name = "佐藤イラスト";

        var registered = await _host.Client().PostJsonAsync("/api/users", new { id, displayName = name, roles = new[] { "worker" }, profileText = PhoneShy }, HttpStatusCode.Created);
        var updated = await (await _host.Client(id).PutAsync($"/api/users/{id}/profile",
            System.Net.Http.Json.JsonContent.Create(new { displayName = name, profileText = PhoneShy }))).JsonAsync(HttpStatusCode.OK);
        var self = await _host.Client(id).GetJsonAsync($"/api/users/{id}");

        // The writer is shown what a message's writer is (and what the scan answers): the rule's finding, held, no model score, no doubt.
        foreach (var view in new[] { registered, updated, self })
        {
            var verdict = view.GetProperty("profileVerdict");
            Assert.Equal("hold", verdict.Str("decision"));
            var finding = Assert.Single(verdict.GetProperty("findings").EnumerateArray());
            Assert.Equal(("contact.chat_app", 0.0), (finding.Str("code"), finding.GetProperty("score").GetDouble()));
        }

        // The staff's record keeps both, with their scores.
        var staff = (await _host.Staff().GetJsonAsync($"/api/staff/users/{id}")).GetProperty("profileVerdict").GetProperty("findings").EnumerateArray().ToArray();
        Assert.Contains(staff, f => f.Str("code") == "scorer.doubt");
        Assert.Contains(staff, f => f.Str("code") == "contact.chat_app" && f.GetProperty("score").GetDouble() > 0);

        // The finding is in the profile text alone: others do not read the text, but the name stays (the doubt, which points nowhere, does not hide it).
        var seen = await _host.Client(clientId).GetJsonAsync($"/api/users/{id}");
        Assert.Equal((name, JsonValueKind.Null), (seen.Str("displayName"), seen.GetProperty("profileText").ValueKind));
    }

    [Theory]
    [InlineData("approve", "open", "violationsDismissedTotal")]
    [InlineData("reject", "hidden", "violationsConfirmedTotal")]
    public async Task HeldJobPost_IsOneReviewItem_ItsDecisionCountedOnce(string decision, string status, string counted)
    {
        // A post a rule blocks and the model doubts is held: its check asks for a review, and so does the held post itself.
        var (clientId, _) = await Api.RegisterPairAsync(_host);
        var job = await PhoneShyJobAsync(clientId, publish: true);
        var jobId = job.Str("id");
        Assert.Equal(("draft", true), (job.Str("status"), job.GetProperty("heldForReview").GetBoolean()));

        // The reviewer sees one item for the one held post, the post's own, with the detection's findings.
        var open = await OpenItemsAboutAsync(jobId);
        var item = Assert.Single(open);
        Assert.Equal(($"held-job-{jobId}-r1", "job"), (item.Str("id"), item.GetProperty("item").Str("kind")));
        Assert.Contains("scorer.doubt", Codes(item));

        var month = Api.ThisMonth;
        var decided = await _host.Staff().PostJsonAsync($"/api/staff/reviews/{item.Str("id")}/decision", new { decision, reason = "確認しました。" });
        Assert.Equal(decision == "approve" ? "job released" : "job blocked", decided.Str("outcome"));
        Assert.Equal(status, (await _host.Client(clientId).GetJsonAsync($"/api/jobs/{jobId}")).Str("status"));

        // Nothing about the post is left open, and the one violation is confirmed or dismissed once.
        Assert.Empty(await OpenItemsAboutAsync(jobId));
        var stats = (await _host.Staff().GetJsonAsync($"/api/staff/statistics?from={month}&to={month}")).GetProperty("months")[0];
        Assert.Equal(1, stats.GetProperty(counted).GetInt64());
        Assert.Equal(0, stats.GetProperty(counted == "violationsConfirmedTotal" ? "violationsDismissedTotal" : "violationsConfirmedTotal").GetInt64());
    }

    [Fact]
    public async Task HeldDraftPublished_ItsDetectionAndTheHeldPostAreOneReviewItem()
    {
        // Saved as a draft, the text's detection is queued for review; published, the same text is held: still one item.
        var (clientId, _) = await Api.RegisterPairAsync(_host);
        var draft = await PhoneShyJobAsync(clientId, publish: false);
        var jobId = draft.Str("id");
        Assert.Equal("hold", draft.GetProperty("verdict").Str("decision"));
        var published = await _host.Client(clientId).PostJsonAsync($"/api/jobs/{jobId}/publish", null);
        Assert.True(published.GetProperty("heldForReview").GetBoolean());

        var open = await OpenItemsAboutAsync(jobId);
        var item = Assert.Single(open);
        Assert.Equal(($"held-job-{jobId}-r1", "job"), (item.Str("id"), item.GetProperty("item").Str("kind")));

        var month = Api.ThisMonth;
        await _host.Staff().PostJsonAsync($"/api/staff/reviews/{item.Str("id")}/decision", new { decision = "reject", reason = "確認しました。" });
        var stats = (await _host.Staff().GetJsonAsync($"/api/staff/statistics?from={month}&to={month}")).GetProperty("months")[0];
        Assert.Equal((1, 0, 1), (stats.GetProperty("violationsConfirmedTotal").GetInt64(), stats.GetProperty("violationsDismissedTotal").GetInt64(), stats.GetProperty("heldRefused").GetInt64()));
    }

    // A job post whose description a rule blocks and the model doubts (PhoneShy): held, or held as a draft.
    private Task<JsonElement> PhoneShyJobAsync(string clientId, bool publish) => _host.Client(clientId).PostJsonAsync("/api/jobs", new
    {
        title = "ECサイトのバナー制作",
        description = "新商品のバナーを3点お願いします。" + PhoneShy,
        category = "design",
        budget = new { kind = "fixed", amountYen = 30000 },
        deadline = Dates.Deadline,
        publish,
    }, HttpStatusCode.Created);

    // The open review items about one job.
    private async Task<JsonElement[]> OpenItemsAboutAsync(string jobId) =>
        [.. (await _host.Staff().GetJsonAsync("/api/staff/reviews?status=open")).EnumerateArray().Where(i => i.GetProperty("item").Str("sourceId") == jobId)];

    // A client's job with one worker's proposal: the proposal thread's messages path.
    private async Task<(string Client, string Worker, string Thread)> ProposalThreadAsync()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(_host);
        var job = await _host.Client(clientId).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created);
        var jobId = job.Str("id");
        var proposal = await _host.Client(workerId).PostJsonAsync($"/api/jobs/{jobId}/proposals", new { text = "よろしくお願いします。", priceYen = 20000 }, HttpStatusCode.Created);
        return (clientId, workerId, $"/api/jobs/{jobId}/proposals/{proposal.Str("id")}/messages");
    }

    private async Task<string?[]> FlagsAsync(string userId) =>
        [.. (await _host.Staff().GetJsonAsync($"/api/staff/users/{userId}")).GetProperty("flags").EnumerateArray().Select(f => f.GetString())];

    private static string[] Codes(JsonElement reviewItem) =>
        [.. reviewItem.GetProperty("item").GetProperty("findings").EnumerateArray().Select(f => f.Str("code"))];
}
