using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.Domain.Common;
using Platform.Domain.Jobs;

namespace Platform.Gateway.Tests;

/// <summary>
/// The dry-run scan answers what the real write answers when it is given what the real write has besides the text (the
/// sender's earlier messages, display name and profile text, a job's category, budget and deadline), and refuses what the
/// real write refuses.
/// </summary>
public sealed class ScanParityApiTests(ScanChecksHost shared) : IClassFixture<ScanChecksHost>
{
    private readonly HostFixture _host = shared.Host;

    [Fact]
    public async Task Scan_MessageWithTheSendersEarlierMessages_AnswersAsTheRealSend()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(_host);
        var job = await _host.Client(clientId).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created);
        var thread = $"/api/jobs/{job.Str("id")}/proposals/p1/messages";
        await _host.Client(workerId).PostJsonAsync($"/api/jobs/{job.Str("id")}/proposals", new { text = "3点で28,000円、5日で納品します。", priceYen = 28000 }, HttpStatusCode.Created);
        var first = await _host.Client(workerId).PostJsonAsync(thread, new { text = "番号は090の" }, HttpStatusCode.Created);
        var second = await _host.Client(workerId).PostJsonAsync(thread, new { text = "3579の" }, HttpStatusCode.Created);
        var real = await _host.Client(workerId).PostJsonAsync(thread, new { text = "2468になります" }, HttpStatusCode.Created);

        var scan = await _host.Client().PostJsonAsync("/api/compliance/scan", new
        {
            kind = "message",
            text = "2468になります",
            context = new { stage = "pre_contract", disclosure = "none", sender = "worker" },
            displayName = "佐藤デザイン",
            earlierMessages = new[] { first, second }.Select(m => new { id = m.Str("id"), text = m.Str("text"), at = m.GetProperty("at").GetDateTimeOffset() }),
        });
        var alone = await _host.Client().PostJsonAsync("/api/compliance/scan", new
        {
            kind = "message",
            text = "2468になります",
            context = new { stage = "pre_contract", disclosure = "none", sender = "worker" },
        });

        Assert.Equal("block", real.GetProperty("verdict").Str("decision"));
        Assert.Equal(Findings(real.GetProperty("verdict")), Findings(scan));
        Assert.Equal(real.GetProperty("verdict").Str("decision"), scan.Str("decision"));
        Assert.Contains(scan.GetProperty("findings").EnumerateArray().SelectMany(f => f.GetProperty("evidence").EnumerateArray()),
            e => e.Str("field") == $"message:{first.Str("id")}");
        Assert.Equal("allow", alone.Str("decision"));
    }

    [Fact]
    public async Task Scan_ProfileWithDisplayName_AnswersAsTheRealProfileAndNamesTheField()
    {
        var id = $"wk-{Guid.NewGuid():N}"[..16];
        const string name = "佐藤 090-";
        const string text = "3579-2468 へどうぞ。イラスト制作8年目です。";
        var real = await _host.Client().PostJsonAsync("/api/users",
            new { id, displayName = name, roles = new[] { "worker" }, profileText = text }, HttpStatusCode.Created);

        var scan = await _host.Client().PostJsonAsync("/api/compliance/scan", new { kind = "profile", displayName = name, text });

        Assert.Equal("block", scan.Str("decision"));
        Assert.Equal(Findings(real.GetProperty("profileVerdict")), Findings(scan));
        Assert.Contains(scan.GetProperty("findings").EnumerateArray().SelectMany(f => f.GetProperty("evidence").EnumerateArray()),
            e => e.Str("field") == "displayName");
    }

    [Theory]
    [InlineData("fixed", 800, true)]
    [InlineData("fixed", 20_000, false)]
    public async Task Scan_JobWithCategoryBudgetAndDeadline_AnswersAsPublishing(string kind, long amount, bool withDeadline)
    {
        var (clientId, _) = await Api.RegisterPairAsync(_host);
        const string title = "美容院のショップカード";
        const string description = "名刺サイズのショップカードを両面でデザインしてください。店名ロゴと地図はこちらで用意します。";
        var budget = new { kind, amountYen = amount };
        var deadline = withDeadline ? Dates.DeadlineDate : null;
        var real = await _host.Client(clientId).PostJsonAsync("/api/jobs",
            new { title, description, category = "design", budget, deadline, publish = true }, HttpStatusCode.Created);

        var scan = await _host.Client().PostJsonAsync("/api/compliance/scan",
            new { kind = "job", title, text = description, category = "design", budget, deadline });

        Assert.Equal("advise", real.GetProperty("verdict").Str("decision"));
        Assert.Equal(real.GetProperty("verdict").Str("decision"), scan.Str("decision"));
        Assert.Equal(Findings(real.GetProperty("verdict")), Findings(scan));
    }

    [Fact]
    public async Task Scan_EveryCategoryTheApiAccepts_IsScannedAndAdvisedUnderItsOwnName()
    {
        var (clientId, _) = await Api.RegisterPairAsync(_host);
        foreach (var category in JobCategories.All)
        {
            var body = new
            {
                title = "作業のご依頼",
                description = "詳しい作業内容と手順は資料にまとめてあります。納品形式や進め方は提案時にご相談ください。",
                category,
                budget = new { kind = "fixed", amountYen = 500 },
                deadline = Dates.DeadlineDate,
            };
            var real = await _host.Client(clientId).PostJsonAsync("/api/jobs", body, HttpStatusCode.Created);
            var scan = await _host.Client().PostJsonAsync("/api/compliance/scan",
                new { kind = "job", body.title, text = body.description, category, body.budget, body.deadline });

            var reason = real.GetProperty("verdict").GetProperty("findings").EnumerateArray().Single(f => f.Str("code") == "advice.low_budget").Str("reasonJa");
            Assert.Equal(category == "other", reason.Contains("その他", StringComparison.Ordinal));
            Assert.Equal(Findings(real.GetProperty("verdict")), Findings(scan));
        }
    }

    [Fact]
    public async Task Post_HourlyBudget_HasTheSameFloorAsFixed_AndIsAdvisedBelowTheWage()
    {
        var (clientId, _) = await Api.RegisterPairAsync(_host);
        object Post(long amount) => new
        {
            title = "アンケート結果の入力",
            description = "紙のアンケート結果をExcelに入力する作業です。1日2〜3時間ほど、入力ルールのマニュアルがあります。",
            category = "data_entry",
            budget = new { kind = "hourly", amountYen = amount },
            deadline = Dates.DeadlineDate,
            publish = true,
        };

        var refused = await (await _host.Client(clientId).PostAsJsonAsync("/api/jobs", Post(JobRules.MinBudgetYen - 1)))
            .ProblemAsync(HttpStatusCode.BadRequest, "field.out_of_range");
        var posted = await _host.Client(clientId).PostJsonAsync("/api/jobs", Post(JobRules.MinBudgetYen), HttpStatusCode.Created);

        Assert.Equal("budget.amountYen", refused.Str("field"));
        var advice = Assert.Single(posted.GetProperty("verdict").GetProperty("findings").EnumerateArray());
        Assert.Equal("advice.low_budget", advice.Str("code"));
        Assert.Contains("最低賃金", advice.Str("reasonJa"));
    }

    [Theory]
    [InlineData("""{"kind":"message","title":"090-1234","text":"5678"}""", "title", "scan.field_not_for_kind")]
    [InlineData("""{"kind":"profile","title":"佐藤","text":"デザイナーです"}""", "title", "scan.field_not_for_kind")]
    [InlineData("""{"kind":"profile","displayName":"佐藤","profileText":"x","text":"デザイナーです"}""", "profileText", "scan.field_not_for_kind")]
    [InlineData("""{"kind":"proposal","text":"よろしくお願いします","earlierMessages":[{"text":"090"}]}""", "earlierMessages", "scan.field_not_for_kind")]
    [InlineData("""{"kind":"message","text":"よろしくお願いします","category":"design"}""", "category", "scan.field_not_for_kind")]
    [InlineData("""{"kind":"profile","text":"デザイナーです","context":{"stage":"escrow_funded","disclosure":"approved"}}""", "context.stage", "scan.impossible_context")]
    [InlineData("""{"kind":"proposal","text":"よろしく","context":{"stage":"escrow_funded","disclosure":"approved","sender":"worker"}}""", "context.stage", "scan.impossible_context")]
    [InlineData("""{"kind":"proposal","text":"よろしく","context":{"sender":"client"}}""", "context.sender", "scan.impossible_context")]
    [InlineData("""{"kind":"job","title":"ロゴ","text":"ロゴ制作","context":{"sender":"worker"}}""", "context.sender", "scan.impossible_context")]
    [InlineData("""{"kind":"message","text":"よろしく","context":{"stage":"open"}}""", "context.stage", "scan.impossible_context")]
    [InlineData("""{"kind":"message","text":"よろしく","context":{"stage":"contracted","disclosure":"approved"}}""", "context.disclosure", "scan.impossible_context")]
    [InlineData("""{"kind":"profile"}""", "text", "field.required")]
    [InlineData("""{"kind":"message","text":"こん\u0000にちは"}""", "text", "field.control_character")]
    [InlineData("""{"kind":"message","text":"よろしく","displayName":"佐藤\n090"}""", "displayName", "field.control_character")]
    [InlineData("""{"kind":"message","text":"よろしく","earlierMessages":[{"id":"m1"}]}""", "earlierMessages[0].text", "field.required")]
    [InlineData("""{"kind":"message","text":"よろしく","earlierMessages":[{"id":"m 1","text":"090"}]}""", "earlierMessages[0].id", "field.invalid")]
    [InlineData("""{"kind":"message","text":"よろしく","earlierMessages":[{"text":"090","at":"2099-01-01T00:00:00+09:00"}]}""", "earlierMessages[0].at", "field.out_of_range")]
    [InlineData("""{"kind":"job","title":"ロゴ","text":"ロゴ制作","category":"astrology"}""", "category", "job.unknown_category")]
    [InlineData("""{"kind":"job","title":"ロゴ","text":"ロゴ制作","budget":{"kind":"hourly","amountYen":499}}""", "budget.amountYen", "field.out_of_range")]
    [InlineData("""{"kind":"job","title":"ロゴ","text":"ロゴ制作","budget":{"kind":"barter","amountYen":5000}}""", "budget.kind", "job.unknown_budget_kind")]
    [InlineData("""{"kind":"job","title":"ロゴ","text":"ロゴ制作","deadline":"2020-01-01"}""", "deadline", "job.deadline_past")]
    public async Task Scan_FieldOrContextTheKindCannotHave_Is400NamingIt(string json, string field, string code)
    {
        var response = await _host.Client().PostAsync("/api/compliance/scan", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, code);
        Assert.Equal(field, problem.Str("field"));
    }

    [Theory]
    [InlineData("message", "text", Validate.MaxMessageLength)]
    [InlineData("proposal", "text", Validate.MaxBodyLength)]
    [InlineData("job", "title", Validate.MaxTitleLength)]
    [InlineData("job", "text", Validate.MaxBodyLength)]
    [InlineData("profile", "displayName", Validate.MaxNameLength)]
    public async Task Scan_LengthLimits_AreTheRealWrites(string kind, string field, int max)
    {
        async Task<HttpResponseMessage> ScanAsync(int length)
        {
            var body = new Dictionary<string, object?> { ["kind"] = kind, ["text"] = "ロゴ制作の件です。", [field] = new string('あ', length) };
            if (kind == "job" && field != "title")
            {
                body["title"] = "ロゴ制作";
            }

            return await _host.Client().PostAsJsonAsync("/api/compliance/scan", body);
        }

        Assert.Equal(HttpStatusCode.OK, (await ScanAsync(max)).StatusCode);
        var problem = await (await ScanAsync(max + 1)).ProblemAsync(HttpStatusCode.BadRequest, "field.too_long");
        Assert.Equal(field, problem.Str("field"));
    }

    [Fact]
    public async Task Scan_TooLongMessage_IsRefusedWithTheRealSendsWords()
    {
        var (_, workerId, _, contractId) = await Api.ContractAsync(_host);
        var text = new string('あ', Validate.MaxMessageLength + 1);

        var real = await (await _host.Client(workerId).PostAsJsonAsync($"/api/contracts/{contractId}/messages", new { text }))
            .ProblemAsync(HttpStatusCode.BadRequest, "field.too_long");
        var scan = await (await _host.Client().PostAsJsonAsync("/api/compliance/scan", new { kind = "message", text }))
            .ProblemAsync(HttpStatusCode.BadRequest, "field.too_long");

        Assert.Equal((real.Str("field"), real.Str("detail")), (scan.Str("field"), scan.Str("detail")));
    }

    // Code, decision and evidence (field and excerpt) of each finding, in order.
    private static string[] Findings(JsonElement verdict) => verdict.GetProperty("findings").EnumerateArray()
        .Select(f => $"{f.Str("code")}/{f.Str("decision")}/" + string.Join("|", f.GetProperty("evidence").EnumerateArray().Select(e => $"{e.Str("field")}={e.Str("excerpt")}")))
        .ToArray();
}
