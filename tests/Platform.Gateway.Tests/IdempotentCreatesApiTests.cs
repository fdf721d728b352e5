using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Gateway.Tests;

/// <summary>
/// A front-end retrying a proposal, a delivery, a violation report or a staff step with the same <c>Idempotency-Key</c>
/// gets the first answer (status, body and <c>Location</c>) and creates nothing more; the key sent again with another
/// body is 409 <c>request.idempotency_key_reused</c> and changes nothing; a malformed key is 400 before anything is done.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class IdempotentCreatesApiTests(HostFixture host)
{
    private const string Reused = "request.idempotency_key_reused";

    [Fact]
    public async Task Proposal_SameKeyTwice_SameAnswerOneProposal_EvenAfterTheContract()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(host);
        var job = (await host.Client(clientId).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        var path = $"/api/jobs/{job}/proposals";
        var worker = host.Client(workerId);
        var body = new { text = "3点で28,000円、5日で納品します。", priceYen = 28000 };

        var first = await Answer.Of(await SendAsync(worker, path, body, "proposal-1"));
        var retry = await Answer.Of(await SendAsync(worker, path, body, "proposal-1"));

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(first, retry);
        Assert.Equal($"/api/jobs/{job}/proposals/{first.Json.Str("id")}", first.Location);
        Assert.Single((await host.Client(clientId).GetJsonAsync(path)).EnumerateArray());

        // Answered as it was even once the post is closed by a contract made from the proposal.
        await host.Client(clientId).PostJsonAsync($"{path}/{first.Json.Str("id")}/contract", new { deliveryDate = Dates.DeliveryDate }, HttpStatusCode.Created);
        var late = await Answer.Of(await SendAsync(worker, path, body, "proposal-1"));
        Assert.Equal((HttpStatusCode.Created, first.Json.Str("id"), first.Location), (late.Status, late.Json.Str("id"), late.Location));
        Assert.Single((await host.Client(clientId).GetJsonAsync(path)).EnumerateArray());
    }

    [Fact]
    public async Task Proposal_SameKeyOtherPrice_409NamingTheHeaderAndNothingChanged()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(host);
        var job = (await host.Client(clientId).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        var path = $"/api/jobs/{job}/proposals";
        await (await SendAsync(host.Client(workerId), path, new { text = "5日で納品します。", priceYen = 28000 }, "p-key")).JsonAsync(HttpStatusCode.Created);

        var problem = await (await SendAsync(host.Client(workerId), path, new { text = "5日で納品します。", priceYen = 20000 }, "p-key")).ProblemAsync(HttpStatusCode.Conflict, Reused);

        Assert.Equal("Idempotency-Key", problem.Str("field"));
        var proposal = Assert.Single((await host.Client(workerId).GetJsonAsync(path)).EnumerateArray());
        Assert.Equal(28000, proposal.GetProperty("priceYen").GetInt64());
    }

    [Fact]
    public async Task Delivery_SameKeyTwice_SameAnswerOneDelivery_OtherNote409()
    {
        var (clientId, workerId, _, contract) = await Api.ContractAsync(host);
        await host.Client(clientId).PostJsonAsync($"/api/contracts/{contract}/escrow", null);
        var path = $"/api/contracts/{contract}/deliveries";
        var worker = host.Client(workerId);

        var first = await Answer.Of(await SendAsync(worker, path, new { note = "バナー3点を納品します。" }, "deliver-1"));
        var retry = await Answer.Of(await SendAsync(worker, path, new { note = "バナー3点を納品します。" }, "deliver-1"));
        var other = await (await SendAsync(worker, path, new { note = "修正版を納品します。" }, "deliver-1")).ProblemAsync(HttpStatusCode.Conflict, Reused);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(first, retry);
        Assert.Equal("Idempotency-Key", other.Str("field"));
        var view = await host.Client(clientId).GetJsonAsync($"/api/contracts/{contract}");
        Assert.Equal(["バナー3点を納品します。"], view.GetProperty("deliveries").Strs("note"));
        var history = await host.Client(clientId).GetJsonAsync($"/api/contracts/{contract}/history");
        Assert.Single(history.EnumerateArray(), e => e.Str("type") == "delivered");

        // A re-delivery under a new key is one more delivery, as without a key.
        await (await SendAsync(worker, path, new { note = "修正版を納品します。" }, "deliver-2")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, (await host.Client(clientId).GetJsonAsync($"/api/contracts/{contract}")).GetProperty("deliveries").GetArrayLength());
    }

    [Fact]
    public async Task Report_SameKeyTwice_SameReceiptOneReportOneComment_OtherCategory409()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(host);
        var reporter = host.Client(workerId);
        var body = new { targetKind = "user", targetId = clientId, category = "mlm", comment = "勧誘のメッセージが届きました。" };

        var first = await Answer.Of(await SendAsync(reporter, "/api/reports", body, "report-1"));
        var retry = await Answer.Of(await SendAsync(reporter, "/api/reports", body, "report-1"));
        var other = await (await SendAsync(reporter, "/api/reports", body with { category = "stealth_marketing" }, "report-1")).ProblemAsync(HttpStatusCode.Conflict, Reused);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(first, retry);
        Assert.Equal($"/api/reports/{first.Json.Str("id")}", first.Location);
        Assert.Equal("Idempotency-Key", other.Str("field"));
        Assert.Equal(first.Json.Str("id"), (await reporter.GetJsonAsync(first.Location!)).Str("id"));
        var item = Assert.Single((await host.Staff().GetJsonAsync($"/api/staff/reviews?kind=report&subject={clientId}")).EnumerateArray());
        Assert.Equal(1, item.GetProperty("count").GetInt32());
        Assert.Equal(["勧誘のメッセージが届きました。"], item.GetProperty("comments").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task StaffStep_SameKeyTwice_SameAnswerOneWarning_OtherReason409()
    {
        var (_, workerId) = await Api.RegisterPairAsync(host);
        var path = $"/api/staff/users/{workerId}/steps";
        var step = new { step = "warning", code = "tos.minor", reason = "規約に沿ってご利用ください。", reviewer = "rev-1" };

        var first = await Answer.Of(await SendAsync(host.Staff(), path, step, "step-1"));
        var retry = await Answer.Of(await SendAsync(host.Staff(), path, step, "step-1"));
        var other = await (await SendAsync(host.Staff(), path, step with { reason = "別の理由です。" }, "step-1")).ProblemAsync(HttpStatusCode.Conflict, Reused);

        Assert.Equal((HttpStatusCode.Created, $"{path}/1"), (first.Status, first.Location));
        Assert.Equal(first, retry);
        Assert.Equal("Idempotency-Key", other.Str("field"));
        Assert.Equal(["warning"], (await host.Staff().GetJsonAsync($"/api/staff/users/{workerId}")).GetProperty("warnings").Strs("step"));
        var notices = await host.Client(workerId).GetJsonAsync($"/api/users/{workerId}/notifications");
        Assert.Single(notices.EnumerateArray(), n => n.Str("type") == "ladder_warning");
        // The key stays between the staff and the platform: the user's own view of the step does not show it.
        var own = await (await host.Client(workerId).GetAsync($"/api/users/{workerId}")).Content.ReadAsStringAsync();
        Assert.Contains("tos.minor", own, StringComparison.Ordinal);
        Assert.DoesNotContain("step-1", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffStep_RetryOfAStepThatRestricted_PointsWhereTheFirstAnswerDid()
    {
        var (_, workerId) = await Api.RegisterPairAsync(host);
        var path = $"/api/staff/users/{workerId}/steps";
        for (var i = 0; i < 2; i++)
        {
            await host.Staff().PostJsonAsync(path, new { step = "warning", code = "tos.minor", reason = "規約に沿ってご利用ください。" }, HttpStatusCode.Created);
        }

        // The third warning restricts the user automatically: the answer points to that step (4).
        var step = new { step = "warning", code = "tos.minor", reason = "三度目の警告です。" };
        var first = await Answer.Of(await SendAsync(host.Staff(), path, step, "third"));
        var retry = await Answer.Of(await SendAsync(host.Staff(), path, step, "third"));

        Assert.Equal($"{path}/4", first.Location);
        Assert.Equal(first, retry);
        Assert.Equal(["warning", "warning", "warning", "restriction"], (await host.Staff().GetJsonAsync($"/api/staff/users/{workerId}")).GetProperty("warnings").Strs("step"));
    }

    [Theory]
    [InlineData("proposal")]
    [InlineData("delivery")]
    [InlineData("report")]
    [InlineData("step")]
    public async Task Create_InvalidKey_400NamingTheHeaderAndNothingCreated(string what)
    {
        var (clientId, workerId, _, contract) = await Api.ContractAsync(host);
        await host.Client(clientId).PostJsonAsync($"/api/contracts/{contract}/escrow", null);
        var (otherJob, stranger) = ((await host.Client(clientId).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id"), (await Api.RegisterPairAsync(host)).Worker);
        (HttpClient Client, string Path, object Body) call = what switch
        {
            "proposal" => (host.Client(stranger), $"/api/jobs/{otherJob}/proposals", new { text = "5日で納品します。", priceYen = 28000 }),
            "delivery" => (host.Client(workerId), $"/api/contracts/{contract}/deliveries", new { note = "納品します。" }),
            "report" => (host.Client(workerId), "/api/reports", new { targetKind = "user", targetId = clientId, category = "mlm" }),
            _ => (host.Staff(), $"/api/staff/users/{stranger}/steps", new { step = "warning", code = "tos.minor", reason = "規約に沿ってご利用ください。" }),
        };

        var problem = await (await SendAsync(call.Client, call.Path, call.Body, "has space")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid_idempotency_key");

        Assert.Equal("Idempotency-Key", problem.Str("field"));
        Assert.Empty((await host.Client(clientId).GetJsonAsync($"/api/jobs/{otherJob}/proposals")).EnumerateArray());
        Assert.Empty((await host.Client(clientId).GetJsonAsync($"/api/contracts/{contract}")).GetProperty("deliveries").EnumerateArray());
        Assert.Empty((await host.Staff().GetJsonAsync($"/api/staff/reviews?kind=report&subject={clientId}")).EnumerateArray());
        Assert.Empty((await host.Staff().GetJsonAsync($"/api/staff/users/{stranger}")).GetProperty("warnings").EnumerateArray());
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    /// <summary>What a front-end sees of an answer: status, <c>Location</c> and the body (compared as text).</summary>
    private sealed record Answer(HttpStatusCode Status, string? Location, string Body)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

        public static async Task<Answer> Of(HttpResponseMessage response) =>
            new(response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync());
    }
}
