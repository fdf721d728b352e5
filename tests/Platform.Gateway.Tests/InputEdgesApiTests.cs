using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Platform.Gateway.Tests;

/// <summary>Values at the edges of what the API takes: odd path ids, calendar limits, paging bounds, dates, reviewers, bodies.</summary>
[Collection(HostCollection.Name)]
public sealed class InputEdgesApiTests(HostFixture host)
{
    [Theory]
    [InlineData("""{"title":"ロゴ制作","description":"飲食店のロゴをお願いします。","category":"design","budget":{"kind":"fixed","amountYen":30000},"dedline":"2027-03-01","publish":true}""", "dedline")]
    [InlineData("""{"title":"ロゴ制作","description":"飲食店のロゴをお願いします。","category":"design","budget":{"kind":"fixed","amountYen":30000},"publsh":true}""", "publsh")]
    [InlineData("""{"title":"ロゴ制作","description":"飲食店のロゴをお願いします。","category":"design","budget":{"kind":"fixed","amountYen":30000,"maxYen":50000}}""", "budget.maxYen")]
    public async Task JobBody_WithAFieldTheApiDoesNotHave_Is400NamingIt_AndNoJobIsMade(string body, string field)
    {
        // A typo or a field of another API was dropped: the job was made without a deadline, as a draft, or at one price.
        var (clientId, _) = await Api.RegisterPairAsync(host);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var problem = await (await host.Client(clientId).PostAsync("/api/jobs", content)).ProblemAsync(HttpStatusCode.BadRequest, "request.unknown_field");

        Assert.Equal(field, problem.Str("field"));
        Assert.StartsWith($"{field} という項目はありません。", problem.Str("detail"), StringComparison.Ordinal);
        Assert.Empty((await host.Client(clientId).GetJsonAsync($"/api/users/{clientId}")).GetProperty("jobIds").EnumerateArray());
    }

    [Fact]
    public async Task ScanBody_WithAFieldTheApiDoesNotHave_InAnEarlierMessage_Is400NamingItsPlace()
    {
        using var content = new StringContent("""{"kind":"message","text":"よろしくお願いします。","earlierMessages":[{"text":"はじめまして","sender":"client"}]}""", Encoding.UTF8, "application/json");

        var problem = await (await host.Client().PostAsync("/api/compliance/scan", content)).ProblemAsync(HttpStatusCode.BadRequest, "request.unknown_field");

        Assert.Equal("earlierMessages[0].sender", problem.Str("field"));
    }

    [Fact]
    public async Task ScanBody_ALabelledCorpusLinePostedWhole_Is400SayingTheAnswersAreNotSent()
    {
        using var content = new StringContent(
            """{"id":"c-1","kind":"message","title":null,"text":"LINEで話しましょう","context":{"stage":"pre_contract","disclosure":"none","sender":"worker"},"labels":["off_platform_contact"],"decision":"block"}""",
            Encoding.UTF8, "application/json");

        var problem = await (await host.Client().PostAsync("/api/compliance/scan", content)).ProblemAsync(HttpStatusCode.BadRequest, "request.unknown_field");

        Assert.Equal("labels", problem.Str("field"));
        Assert.Equal("labels はコーパスの正解の項目です。スキャンには送らないでください（判定は応答の labels・decision・findings に返ります）。", problem.Str("detail"));
    }

    [Theory]
    [InlineData("%20")]
    [InlineData("%09")]
    [InlineData("%E3%80%80")]
    [InlineData("%C2%A0")]
    public async Task PathId_WhiteSpace_Is404NotFoundOfItsEntityOnEveryEndpoint(string id)
    {
        var (clientId, _) = await Api.RegisterPairAsync(host);
        await (await host.Staff().GetAsync($"/api/staff/users/{id}")).ProblemAsync(HttpStatusCode.NotFound, "user.not_found");
        await (await host.Staff().PostAsJsonAsync($"/api/staff/users/{id}/steps/1/lift", new { reason = "解除" })).ProblemAsync(HttpStatusCode.NotFound, "user.not_found");
        await (await host.Staff().GetAsync($"/api/staff/audit/users/{id}")).ProblemAsync(HttpStatusCode.NotFound, "user.not_found");
        await (await host.Staff().GetAsync($"/api/staff/contracts/{id}/facts")).ProblemAsync(HttpStatusCode.NotFound, "contract.not_found");
        await (await host.Client(clientId).GetAsync($"/api/users/{id}")).ProblemAsync(HttpStatusCode.NotFound, "user.not_found");
        await (await host.Client(clientId).GetAsync($"/api/jobs/{id}")).ProblemAsync(HttpStatusCode.NotFound, "job.not_found");
        await (await host.Client(clientId).PostAsync($"/api/contracts/{id}/escrow", null)).ProblemAsync(HttpStatusCode.NotFound, "contract.not_found");
    }

    [Fact]
    public async Task PathId_ThatCannotBeAnId_IsWordedLikeAnUnknownOne_NamingTheEntity_AndShowsAtMostAnIdsLength()
    {
        var (clientId, _) = await Api.RegisterPairAsync(host);
        var user = await (await host.Client(clientId).GetAsync("/api/users/bad%20id")).ProblemAsync(HttpStatusCode.NotFound, "user.not_found");
        Assert.Equal("ユーザー「bad id」は見つかりません。", user.Str("detail"));
        var job = await (await host.Client(clientId).GetAsync("/api/jobs/bad%20id")).ProblemAsync(HttpStatusCode.NotFound, "job.not_found");
        Assert.Equal("募集「bad id」は見つかりません。", job.Str("detail"));
        var contract = await (await host.Client(clientId).GetAsync("/api/contracts/bad%20id")).ProblemAsync(HttpStatusCode.NotFound, "contract.not_found");
        Assert.Equal("契約「bad id」は見つかりません。", contract.Str("detail"));

        var longId = new string('x', 3000) + "%20";
        var truncated = await (await host.Client(clientId).GetAsync($"/api/contracts/{longId}")).ProblemAsync(HttpStatusCode.NotFound, "contract.not_found");
        Assert.Equal($"契約「{new string('x', 64)}…」は見つかりません。", truncated.Str("detail"));
    }

    [Theory]
    [InlineData("shift_jis")]
    [InlineData("bogus")]
    [InlineData("\"x-unknown\"")]
    public async Task JsonBody_WithACharsetThatIsNoKnownEncoding_Is415NamingContentType_AndChangesNothing(string charset)
    {
        var (clientId, _) = await Api.RegisterPairAsync(host);
        var id = $"u-{Guid.NewGuid():N}";
        var user = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(new { id, displayName = "山田", roles = new[] { "worker" } }));
        user.Headers.TryAddWithoutValidation("Content-Type", $"application/json; charset={charset}");
        var problem = await (await host.Client().PostAsync("/api/users", user)).ProblemAsync(HttpStatusCode.UnsupportedMediaType, "request.content_type");
        Assert.Equal("Content-Type", problem.Str("field"));
        Assert.Contains(charset.Trim('"'), problem.Str("detail"));
        Assert.Contains("UTF-8", problem.Str("detail"));
        await (await host.Client().GetAsync($"/api/users/{id}")).ProblemAsync(HttpStatusCode.NotFound, "user.not_found");

        var job = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(Api.Job()));
        job.Headers.TryAddWithoutValidation("Content-Type", $"application/json; charset={charset}");
        await (await host.Client(clientId).PostAsync("/api/jobs", job)).ProblemAsync(HttpStatusCode.UnsupportedMediaType, "request.content_type");
        Assert.Empty((await host.Client(clientId).GetJsonAsync($"/api/users/{clientId}")).GetProperty("jobIds").EnumerateArray());
    }

    [Theory]
    [InlineData("from=9999-12&to=9999-12", "9999-12", "9999-12")]
    [InlineData("from=9999-01&to=9999-12", "9999-01", "9999-12")]
    [InlineData("to=0001-01", "0001-01", "0001-01")]
    [InlineData("to=0001-05", "0001-01", "0001-05")]
    [InlineData("to=0002-03", "0001-04", "0002-03")]
    public async Task Statistics_MonthsAtTheEdgesOfTheCalendar_AreAnswered(string query, string first, string last)
    {
        var months = (await host.Staff().GetJsonAsync($"/api/staff/statistics?{query}")).GetProperty("months").EnumerateArray().Select(m => m.Str("month")).ToArray();
        Assert.Equal((first, last), (months[0], months[^1]));
        Assert.Contains(last, await (await host.Staff().GetAsync($"/api/staff/statistics.csv?{query}")).Content.ReadAsStringAsync());
        Assert.Contains(last, await (await host.Staff().GetAsync($"/api/staff/statistics.html?{query}")).Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" \u3000 ")]
    public async Task LiftStep_WithoutAReason_Is400NamingReason_AsTakingAStepIs_AndTheStepStays(string? reason)
    {
        var (_, workerId) = await Api.RegisterPairAsync(host);
        var steps = $"/api/staff/users/{workerId}/steps";
        var taking = await (await host.Staff().PostAsJsonAsync(steps, new { step = "warning", code = "tos.minor", reason }))
            .ProblemAsync(HttpStatusCode.BadRequest, "field.required");
        Assert.Equal("reason", taking.Str("field"));
        await host.Staff().PostJsonAsync(steps, new { step = "warning", code = "tos.minor", reason = "規約に沿ってご利用ください。" }, HttpStatusCode.Created);

        // A lift is a staff decision the user is told of: its reason is required like a step's or a review decision's, no default put in.
        var lifts = new[]
        {
            await host.Staff().PostAsJsonAsync($"{steps}/1/lift", new { reason }),
            await host.Staff().PostAsync($"{steps}/1/lift", null),
            await host.Staff().DeleteAsync(reason is null ? $"{steps}/1" : $"{steps}/1?reason={Uri.EscapeDataString(reason)}"),
        };
        foreach (var lift in lifts)
        {
            Assert.Equal("reason", (await lift.ProblemAsync(HttpStatusCode.BadRequest, "field.required")).Str("field"));
        }

        Assert.True((await host.Staff().GetJsonAsync($"{steps}/1")).GetProperty("active").GetBoolean());
        Assert.DoesNotContain((await host.Client(workerId).GetJsonAsync($"/api/users/{workerId}/notifications")).EnumerateArray(),
            n => n.Str("messageJa").StartsWith("措置（警告）を解除しました", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ladder.warnings_threshold", "ladder.reserved_code")]
    [InlineData("Ladder.Flags_Threshold", "ladder.reserved_code")]
    [InlineData("tos.minor\n2回目", "field.control_character")]
    public async Task TakeStep_WithThePlatformsOwnCodeOrALineBreakInTheCode_Is400NamingCode_AndTakesNoStep(string code, string refusal)
    {
        // A ladder.* code is what the platform's own steps carry (its restriction after piled-up warnings tells the user so, and
        // is lifted with the step that led to it); a code is one line for programs to read.
        var (_, workerId) = await Api.RegisterPairAsync(host);
        var steps = $"/api/staff/users/{workerId}/steps";
        var problem = await (await host.Staff().PostAsJsonAsync(steps, new { step = "restriction", code, reason = "規約違反が確認されました。" }))
            .ProblemAsync(HttpStatusCode.BadRequest, refusal);

        Assert.Equal("code", problem.Str("field"));
        var user = await host.Staff().GetJsonAsync($"/api/staff/users/{workerId}");
        Assert.Empty(user.GetProperty("warnings").EnumerateArray());
        Assert.Equal("good", user.Str("standing"));
    }

    [Theory]
    [InlineData("2")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("99999999999")]
    [InlineData("first")]
    public async Task Steps_ANumberNoStepHas_Is404StepNotFoundNamingNumber_OnEveryStepRoute_AndLiftsNothing(string number)
    {
        // One step taken, number 1. Before, a number past int's range or a word fell through the route constraint to the
        // unknown-route answer (route.not_found, as if the API did not exist), and no not-found answer named the field.
        var (_, workerId) = await Api.RegisterPairAsync(host);
        var steps = $"/api/staff/users/{workerId}/steps";
        (await host.Staff().PostAsJsonAsync(steps, new { step = "warning", code = "contact.line", reason = "外部連絡先の交換を求めました。" }))
            .EnsureSuccessStatusCode();
        var answers = new[]
        {
            await host.Staff().GetAsync($"{steps}/{number}"),
            await host.Staff().DeleteAsync($"{steps}/{number}?reason=誤検知でした"),
            await host.Staff().PostAsJsonAsync($"{steps}/{number}/lift", new { reason = "誤検知でした" }),
        };
        foreach (var answer in answers)
        {
            var problem = await answer.ProblemAsync(HttpStatusCode.NotFound, "ladder.step_not_found");
            Assert.Equal("number", problem.Str("field"));
            Assert.Contains(number, problem.Str("detail"));
        }

        var user = await host.Staff().GetJsonAsync($"/api/staff/users/{workerId}");
        var step = Assert.Single(user.GetProperty("warnings").EnumerateArray());
        Assert.False(step.TryGetProperty("liftedAt", out var lifted) && lifted.ValueKind != JsonValueKind.Null);
        Assert.Equal("warned", user.Str("standing"));
    }

    [Fact]
    public async Task Steps_ReviewerTooLongOrWithControlInBodyOrHeader_Is400NamingReviewer_AndChangesNothing()
    {
        var (_, workerId) = await Api.RegisterPairAsync(host);
        var steps = $"/api/staff/users/{workerId}/steps";
        var step = new { step = "warning", code = "contact.line", reason = "外部連絡先の交換を求めました。" };
        foreach (var reviewer in new[] { "r\u0000" + new string('x', 4000), new string('x', 101), "山田\n運営" })
        {
            var problem = await (await host.Staff().PostAsJsonAsync(steps, new { step.step, step.code, step.reason, reviewer }))
                .ProblemAsync(HttpStatusCode.BadRequest, null);
            Assert.Equal("reviewer", problem.Str("field"));
        }

        using var header = new HttpRequestMessage(HttpMethod.Post, steps) { Content = JsonContent.Create(step) };
        header.Headers.Add("X-Reviewer-Id", new string('x', 5000));
        Assert.Equal("reviewer", (await (await host.Staff().SendAsync(header)).ProblemAsync(HttpStatusCode.BadRequest, "field.too_long")).Str("field"));
        Assert.Empty((await host.Staff().GetJsonAsync($"/api/staff/users/{workerId}")).GetProperty("warnings").EnumerateArray());

        await host.Staff().PostJsonAsync(steps, step, HttpStatusCode.Created);
        var lift = await (await host.Staff().PostAsJsonAsync($"{steps}/1/lift", new { reason = "解除", reviewer = new string('q', 5000) }))
            .ProblemAsync(HttpStatusCode.BadRequest, "field.too_long");
        Assert.Equal("reviewer", lift.Str("field"));
        Assert.True((await host.Staff().GetJsonAsync($"{steps}/1")).GetProperty("active").GetBoolean());

        await host.Staff().PostJsonAsync($"{steps}/1/lift", new { reason = "異議申し立てを認めました。", reviewer = "reviewer-1" });
        var notices = await host.Client(workerId).GetJsonAsync($"/api/users/{workerId}/notifications");
        Assert.Contains(notices.EnumerateArray(), n => n.Str("messageJa") == "措置（警告）を解除しました。理由：異議申し立てを認めました。");
    }

    [Fact]
    public async Task JobDeadline_WithoutOffsetIs400_ADateAloneIsTheEndOfThatDayInJapan_MoreThanFiveYearsAheadIs400()
    {
        var (clientId, _) = await Api.RegisterPairAsync(host);
        var date = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2);
        var day = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var noOffset = await (await host.Client(clientId).PostAsJsonAsync("/api/jobs", JobWith(deadline: $"{day}T00:00:00")))
            .ProblemAsync(HttpStatusCode.BadRequest, "job.deadline_offset_required");
        Assert.Equal("deadline", noOffset.Str("field"));
        Assert.Contains("+09:00", noOffset.Str("detail"));
        var tooFar = await (await host.Client(clientId).PostAsJsonAsync("/api/jobs", JobWith(deadline: "9999-12-31T23:59:59+09:00")))
            .ProblemAsync(HttpStatusCode.BadRequest, "job.deadline_too_far");
        Assert.Equal("deadline", tooFar.Str("field"));
        Assert.Empty((await host.Client(clientId).GetJsonAsync($"/api/users/{clientId}")).GetProperty("jobIds").EnumerateArray());

        var job = await host.Client(clientId).PostJsonAsync("/api/jobs", JobWith(deadline: day), HttpStatusCode.Created);
        Assert.Equal(new DateTimeOffset(date.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.FromHours(9)),
            job.GetProperty("fields").GetProperty("deadline").GetDateTimeOffset());
        Assert.EndsWith("+09:00", job.GetProperty("fields").Str("deadline"));
    }

    [Fact]
    public async Task ContractDeliveryDate_MoreThanFiveYearsAhead_Is400NamingIt()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(host);
        var jobId = (await host.Client(clientId).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        await host.Client(workerId).PostJsonAsync($"/api/jobs/{jobId}/proposals", new { text = "3点で28,000円、5日で納品します。", priceYen = 28000 }, HttpStatusCode.Created);
        var problem = await (await host.Client(clientId).PostAsJsonAsync($"/api/jobs/{jobId}/proposals/p1/contract", new { deliveryDate = "9999-12-31" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "contract.delivery_date_too_far");
        Assert.Equal("deliveryDate", problem.Str("field"));
        Assert.Equal("open", (await host.Client(clientId).GetJsonAsync($"/api/jobs/{jobId}")).Str("status"));
    }

    [Fact]
    public async Task Paging_LimitAboveTheMaximumOrAfterAboveInt32_Is400NamingTheParameter()
    {
        var (clientId, _, jobId, contractId) = await Api.ContractAsync(host);
        foreach (var list in new[] { $"/api/users/{clientId}/notifications", $"/api/contracts/{contractId}/messages", $"/api/jobs/{jobId}/proposals/p1/messages" })
        {
            var limit = await (await host.Client(clientId).GetAsync($"{list}?limit=501")).ProblemAsync(HttpStatusCode.BadRequest, "query.invalid");
            Assert.Equal("limit", limit.Str("field"));
            Assert.Contains("500", limit.Str("detail"));
        }

        await host.Client(clientId).GetJsonAsync($"/api/users/{clientId}/notifications?limit=500");
        await host.Client(clientId).GetJsonAsync($"/api/contracts/{contractId}/messages?limit=500");
        var after = await (await host.Client(clientId).GetAsync($"/api/users/{clientId}/notifications?after=2147483648")).ProblemAsync(HttpStatusCode.BadRequest, "query.invalid");
        Assert.Contains("2,147,483,647", after.Str("detail"));
    }

    [Theory]
    [InlineData("/api/jobs", "{\"title\":\"t\",\"description\":\"d\",\"category\":\"design\",\"budget\":{\"kind\":\"fixed\",\"amountYen\":1.5}}", "budget.amountYen")]
    [InlineData("/api/jobs", "{\"title\":\"t\",\"description\":\"d\",\"category\":true}", "category")]
    [InlineData("/api/users", "{\"displayName\":\"山田\",\"roles\":\"client\"}", "roles")]
    [InlineData("/api/users", "{\"displayName\":\"山田\",", "body")]
    public async Task WrongJsonType_DetailIsJapaneseNamingTheField_WithoutParserTextOrTypeNames(string path, string json, string field)
    {
        var (clientId, _) = await Api.RegisterPairAsync(host);
        var problem = await (await host.Client(clientId).PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.malformed_json");
        Assert.Equal(field, problem.Str("field"));
        var detail = problem.Str("detail");
        Assert.DoesNotContain("Platform.", detail);
        Assert.DoesNotContain("System.", detail);
        Assert.DoesNotContain("Path:", detail);
        Assert.DoesNotContain("could not", detail);
        Assert.StartsWith("JSON を読み取れません", detail);
    }

    [Fact]
    public async Task AFieldGivenTwice_Is400NamingIt_NotReadAsItsLastValue_AndChangesNothing()
    {
        // A proxy, front-end or log reading the first value would hold another text than the one checked and stored.
        var (clientId, workerId, _, contractId) = await Api.ContractAsync(host);
        var message = await (await host.Client(workerId).PostAsync($"/api/contracts/{contractId}/messages",
                new StringContent("{\"text\":\"よろしくお願いします。\",\"text\":\"着手します。\"}", Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.malformed_json");
        Assert.Equal("text", message.Str("field"));
        Assert.Equal("JSON を読み取れません：text が2回以上あります。1回だけ指定してください。", message.Str("detail"));
        Assert.Equal(0, (await host.Client(clientId).GetJsonAsync($"/api/contracts/{contractId}")).GetProperty("messageCount").GetInt32());

        var job = await (await host.Client(clientId).PostAsync("/api/jobs", new StringContent(
                "{\"title\":\"バナー制作\",\"description\":\"バナーを3点お願いします。\",\"category\":\"design\",\"budget\":{\"kind\":\"fixed\",\"amountYen\":30000,\"amountYen\":500}}",
                Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.malformed_json");
        Assert.Equal("budget.amountYen", job.Str("field"));
    }

    [Fact]
    public async Task ChunkedBodyOverTheLimit_Is413LikeOneWithALength_AndABodyWithoutContentTypeIs415()
    {
        var body = Encoding.UTF8.GetBytes($"{{\"displayName\":\"山田\",\"roles\":[\"worker\"],\"profileText\":\"{new string('a', 400_000)}\"}}");
        using var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/users") { Content = new StreamContent(new MemoryStream(body)) };
        chunked.Content.Headers.ContentType = new("application/json");
        chunked.Headers.TransferEncodingChunked = true;
        var tooLarge = await (await host.Client().SendAsync(chunked)).ProblemAsync(HttpStatusCode.RequestEntityTooLarge, "request.too_large");
        Assert.Equal("body", tooLarge.Str("field"));
        Assert.Contains("262,144", tooLarge.Str("detail"));

        var id = $"u-{Guid.NewGuid():N}";
        var untyped = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(new { id, displayName = "山田", roles = new[] { "worker" } }));
        var problem = await (await host.Client().PostAsync("/api/users", untyped)).ProblemAsync(HttpStatusCode.UnsupportedMediaType, "request.content_type");
        Assert.Equal("Content-Type", problem.Str("field"));
        await (await host.Client().GetAsync($"/api/users/{id}")).ProblemAsync(HttpStatusCode.NotFound, "user.not_found");
    }

    [Fact]
    public async Task ReviewQueue_CheckUnavailableIsAFilterCategory_AnEmptySubjectIsRefused()
    {
        Assert.Equal(JsonValueKind.Array, (await host.Staff().GetJsonAsync("/api/staff/reviews?category=check_unavailable")).ValueKind);
        Assert.Equal(JsonValueKind.Array, (await host.Staff().GetJsonAsync("/api/staff/reviews?category=mass_send")).ValueKind);
        var subject = await (await host.Staff().GetAsync("/api/staff/reviews?subject=")).ProblemAsync(HttpStatusCode.BadRequest, "query.invalid");
        Assert.Equal("subject", subject.Str("field"));
        var category = await (await host.Staff().GetAsync("/api/staff/reviews?category=astrology")).ProblemAsync(HttpStatusCode.BadRequest, "query.invalid");
        Assert.Contains("check_unavailable", category.Str("detail"));
    }

    private static object JobWith(string deadline) => new
    {
        title = "ECサイトのバナー制作",
        description = "新商品のバナーを3点お願いします。サイズは1200x628、PNGで納品してください。",
        category = "design",
        budget = new { kind = "fixed", amountYen = 30000 },
        deadline,
        publish = false,
    };
}
