using System.Net;
using System.Net.Http.Json;

namespace Platform.Gateway.Tests;

/// <summary>What a user's text may hold: lengths as the user counts them, what counts as blank, one-line titles, bidi controls.</summary>
[Collection(HostCollection.Name)]
public sealed class TextFieldsApiTests(HostFixture host)
{
    private static readonly string Description = "新しいカフェのロゴを1点制作してください。";

    [Fact]
    public async Task JobTitle_OfEmoji_IsCountedInCharacters_InTheLimitAndInTheRefusal()
    {
        var (clientId, _) = await Api.RegisterPairAsync(host);
        var fits = await host.Client(clientId).PostJsonAsync("/api/jobs", JobTitled(Emoji(51)), HttpStatusCode.Created);
        Assert.Equal(Emoji(51), fits.GetProperty("fields").Str("title"));

        var problem = await (await host.Client(clientId).PostAsJsonAsync("/api/jobs", JobTitled(Emoji(101))))
            .ProblemAsync(HttpStatusCode.BadRequest, "field.too_long");
        Assert.Equal("title", problem.Str("field"));
        Assert.Equal("title は100文字以内で入力してください（101文字）。", problem.Str("detail"));

        var scan = await (await host.Client().PostAsJsonAsync("/api/compliance/scan", new { kind = "job", title = Emoji(101), text = Description }))
            .ProblemAsync(HttpStatusCode.BadRequest, "field.too_long");
        Assert.Equal(problem.Str("detail"), scan.Str("detail"));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\u3164\u3164")]
    public async Task RatingComment_WithNoVisibleCharacter_IsNoComment_NotShownNorReportable(string blank)
    {
        var (clientId, workerId, _, contractId) = await Api.ContractAsync(host);
        await host.Client(clientId).PostJsonAsync($"/api/contracts/{contractId}/escrow", null);
        await host.Client(workerId).PostJsonAsync($"/api/contracts/{contractId}/deliveries", new { note = "3点納品します" });
        await host.Client(clientId).PostJsonAsync($"/api/contracts/{contractId}/acceptance", null);

        await host.Client(workerId).PostJsonAsync($"/api/contracts/{contractId}/ratings", new { stars = 5, comment = blank });

        // A comment with nothing to read is no comment: the client reads none, and there is no text to report (as a rating without one).
        var rating = Assert.Single((await host.Client(clientId).GetJsonAsync($"/api/contracts/{contractId}")).GetProperty("ratings").EnumerateArray());
        Assert.Equal((5, System.Text.Json.JsonValueKind.Null), (rating.GetProperty("stars").GetInt32(), rating.GetProperty("comment").ValueKind));
        await (await host.Client(clientId).PostAsJsonAsync("/api/reports", new { targetKind = "rating", targetId = $"{contractId}:{workerId}", category = "mlm" }))
            .ProblemAsync(HttpStatusCode.NotFound, "report.target_not_found");
    }

    [Theory]
    [InlineData("\u2800")]
    [InlineData("\u3164")]
    [InlineData("\u0301")]
    [InlineData("\u115F\u1160\uFFA0")]
    public async Task Message_WithNoVisibleCharacter_Is400Required_AsAZeroWidthOne_AndIsNotSent(string text)
    {
        var (clientId, workerId, _, contractId) = await Api.ContractAsync(host);
        foreach (var blank in new[] { text, "\u200B" })
        {
            var problem = await (await host.Client(workerId).PostAsJsonAsync($"/api/contracts/{contractId}/messages", new { text = blank }))
                .ProblemAsync(HttpStatusCode.BadRequest, "field.required");
            Assert.Equal("text", problem.Str("field"));
            await (await host.Client().PostAsJsonAsync("/api/compliance/scan", new { kind = "message", text = blank }))
                .ProblemAsync(HttpStatusCode.BadRequest, "field.required");
        }

        Assert.Empty((await host.Client(clientId).GetJsonAsync($"/api/contracts/{contractId}/messages")).EnumerateArray());
        await host.Client(workerId).PostJsonAsync($"/api/contracts/{contractId}/messages", new { text = "e\u0301 の表記を確認しました。" }, HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("ロゴ\u202E作制", "U+202E")]
    [InlineData("ロゴ\n制作", "U+000A")]
    [InlineData("ロゴ\t制作", "U+0009")]
    [InlineData("ロゴ\u2067制作\u2069", "U+2067")]
    public async Task JobTitle_WithALineBreakTabOrBidiControl_Is400ControlCharacter_AsADisplayName(string title, string shown)
    {
        var (clientId, _) = await Api.RegisterPairAsync(host);
        var problem = await (await host.Client(clientId).PostAsJsonAsync("/api/jobs", JobTitled(title)))
            .ProblemAsync(HttpStatusCode.BadRequest, "field.control_character");
        Assert.Equal("title", problem.Str("field"));
        Assert.Contains(shown, problem.Str("detail"));
        Assert.Empty((await host.Client(clientId).GetJsonAsync($"/api/users/{clientId}")).GetProperty("jobIds").EnumerateArray());

        var scan = await (await host.Client().PostAsJsonAsync("/api/compliance/scan", new { kind = "job", title, text = Description }))
            .ProblemAsync(HttpStatusCode.BadRequest, "field.control_character");
        Assert.Equal((problem.Str("field"), problem.Str("detail")), (scan.Str("field"), scan.Str("detail")));
    }

    [Fact]
    public async Task ProposalAndMessage_WithABidiOverride_Are400ControlCharacter_WhileLineBreaksStayAllowed()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(host);
        var jobId = (await host.Client(clientId).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        var proposal = await (await host.Client(workerId).PostAsJsonAsync($"/api/jobs/{jobId}/proposals", new { text = "3点で\u202E円000,82\u202C、5日で納品します。", priceYen = 28000 }))
            .ProblemAsync(HttpStatusCode.BadRequest, "field.control_character");
        Assert.Equal("text", proposal.Str("field"));
        Assert.Contains("U+202E", proposal.Str("detail"));
        Assert.Empty((await host.Client(clientId).GetJsonAsync($"/api/jobs/{jobId}/proposals")).EnumerateArray());

        await host.Client(workerId).PostJsonAsync($"/api/jobs/{jobId}/proposals", new { text = "3点で28,000円、\n5日で納品します。", priceYen = 28000 }, HttpStatusCode.Created);
        var message = await (await host.Client(workerId).PostAsJsonAsync($"/api/jobs/{jobId}/proposals/p1/messages", new { text = "よろしく\u2066お願いします" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "field.control_character");
        Assert.Equal("text", message.Str("field"));
    }

    private static string Emoji(int count) => string.Concat(Enumerable.Repeat("😀", count));

    private static object JobTitled(string title) => new
    {
        title,
        description = Description,
        category = "design",
        budget = new { kind = "fixed", amountYen = 30000 },
        deadline = Dates.Deadline,
        publish = false,
    };
}
