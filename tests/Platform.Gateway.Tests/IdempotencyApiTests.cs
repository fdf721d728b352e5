using System.Net;
using System.Net.Http.Json;

namespace Platform.Gateway.Tests;

/// <summary>
/// A front-end retrying a message send or a job post with the same <c>Idempotency-Key</c> gets the first answer, not a
/// second message or post; the key sent again with another text or post is 409 and changes nothing.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class IdempotencyApiTests(HostFixture host)
{
    [Fact]
    public async Task ContractMessage_SameKeyTwice_OneMessageSameAnswer()
    {
        var (clientId, workerId, _, contractId) = await Api.ContractAsync(host);
        var path = $"/api/contracts/{contractId}/messages";

        var first = await SendAsync(host.Client(workerId), path, "着手します。", "k-1");
        var retry = await SendAsync(host.Client(workerId), path, "着手します。", "k-1");
        var other = await SendAsync(host.Client(workerId), path, "着手します。", "k-2");
        // The key is the sender's: the other party's send under the same key is a message of its own.
        var byClient = await SendAsync(host.Client(clientId), path, "よろしくお願いします。", "k-1");

        Assert.Equal(("m1", "m1", "m2", "m3"), (first.Str("id"), retry.Str("id"), other.Str("id"), byClient.Str("id")));
        Assert.Equal(["m1", "m2", "m3"], (await host.Client(clientId).GetJsonAsync(path)).Strs("id"));
    }

    [Fact]
    public async Task ProposalMessage_SameKeyTwice_OneMessage()
    {
        var (clientId, workerId) = await Api.RegisterPairAsync(host);
        var job = await host.Client(clientId).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created);
        var proposal = await host.Client(workerId).PostJsonAsync($"/api/jobs/{job.Str("id")}/proposals", new { text = "5日で納品します。", priceYen = 28000 }, HttpStatusCode.Created);
        var path = $"/api/jobs/{job.Str("id")}/proposals/{proposal.Str("id")}/messages";

        var first = await SendAsync(host.Client(workerId), path, "ご質問があればどうぞ。", "retry-me");
        var retry = await SendAsync(host.Client(workerId), path, "ご質問があればどうぞ。", "retry-me");

        Assert.Equal(first.Str("id"), retry.Str("id"));
        Assert.Single((await host.Client(clientId).GetJsonAsync(path)).EnumerateArray());
    }

    [Fact]
    public async Task JobPost_SameKeyTwice_OneJobPosted_OtherUsersKeyIsTheirOwn()
    {
        var (clientId, _) = await Api.RegisterPairAsync(host);
        var (otherClientId, _) = await Api.RegisterPairAsync(host);

        var first = await PostJobAsync(host.Client(clientId), "post-1");
        var retry = await PostJobAsync(host.Client(clientId), "post-1");
        var second = await PostJobAsync(host.Client(clientId), "post-2");
        var byOther = await PostJobAsync(host.Client(otherClientId), "post-1");

        Assert.Equal(first.Str("id"), retry.Str("id"));
        Assert.NotEqual(first.Str("id"), second.Str("id"));
        Assert.NotEqual(first.Str("id"), byOther.Str("id"));
        var user = await host.Client(clientId).GetJsonAsync($"/api/users/{clientId}");
        var jobIds = user.GetProperty("jobIds").EnumerateArray().Select(e => e.GetString()).Order().ToArray();
        Assert.Equal(new[] { first.Str("id"), second.Str("id") }.Order().ToArray(), jobIds);
    }

    [Fact]
    public async Task SameKeyWithAnotherMessageOrPost_409NamingTheHeader_NothingSentOrPosted()
    {
        var (clientId, workerId, _, contractId) = await Api.ContractAsync(host);
        var path = $"/api/contracts/{contractId}/messages";
        await SendAsync(host.Client(workerId), path, "着手します。", "k-1");

        using var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { text = "やはり来週着手します。" }) };
        message.Headers.Add("Idempotency-Key", "k-1");
        var reused = await (await host.Client(workerId).SendAsync(message)).ProblemAsync(HttpStatusCode.Conflict, "request.idempotency_key_reused");

        var (poster, _) = await Api.RegisterPairAsync(host);
        var job = await PostJobAsync(host.Client(poster), "post-1");
        var posted = (await host.Client(poster).GetJsonAsync($"/api/jobs/{job.Str("id")}")).GetRawText();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/jobs") { Content = JsonContent.Create(Api.Job(amountYen: 99000)) };
        post.Headers.Add("Idempotency-Key", "post-1");
        var reposted = await (await host.Client(poster).SendAsync(post)).ProblemAsync(HttpStatusCode.Conflict, "request.idempotency_key_reused");

        Assert.Equal(("Idempotency-Key", "Idempotency-Key"), (reused.Str("field"), reposted.Str("field")));
        Assert.Equal(["着手します。"], (await host.Client(clientId).GetJsonAsync(path)).Strs("text"));
        Assert.Equal([job.Str("id")], (await host.Client(poster).GetJsonAsync($"/api/users/{poster}")).GetProperty("jobIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(posted, (await host.Client(poster).GetJsonAsync($"/api/jobs/{job.Str("id")}")).GetRawText());
    }

    [Fact]
    public async Task JobPost_InvalidKey_400NamingTheHeaderAndNothingPosted()
    {
        var (clientId, _) = await Api.RegisterPairAsync(host);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/jobs") { Content = JsonContent.Create(Api.Job()) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", "has space");

        var problem = await (await host.Client(clientId).SendAsync(request)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid_idempotency_key");

        Assert.Equal("Idempotency-Key", problem.Str("field"));
        Assert.Empty((await host.Client(clientId).GetJsonAsync($"/api/users/{clientId}")).GetProperty("jobIds").EnumerateArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    public async Task Message_InvalidKey_400NamingTheHeaderAndNothingSent(string key)
    {
        var (clientId, workerId, _, contractId) = await Api.ContractAsync(host);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/contracts/{contractId}/messages") { Content = JsonContent.Create(new { text = "着手します。" }) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);

        var problem = await (await host.Client(workerId).SendAsync(request)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid_idempotency_key");

        Assert.Equal("Idempotency-Key", problem.Str("field"));
        Assert.Empty((await host.Client(clientId).GetJsonAsync($"/api/contracts/{contractId}/messages")).EnumerateArray());
    }

    private static async Task<System.Text.Json.JsonElement> PostJobAsync(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/jobs") { Content = JsonContent.Create(Api.Job()) };
        request.Headers.Add("Idempotency-Key", key);
        return await (await client.SendAsync(request)).JsonAsync(HttpStatusCode.Created);
    }

    private static async Task<System.Text.Json.JsonElement> SendAsync(HttpClient client, string path, string text, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { text }) };
        request.Headers.Add("Idempotency-Key", key);
        return await (await client.SendAsync(request)).JsonAsync(HttpStatusCode.Created);
    }
}
