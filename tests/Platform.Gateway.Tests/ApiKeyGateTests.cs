using System.Net;
using System.Text;
using Platform.Gateway.Infrastructure;

namespace Platform.Gateway.Tests;

[Collection(HostCollection.Name)]
public sealed class ApiKeyGateTests(HostFixture host)
{
    private static readonly string LongKey = new('k', 300);

    private static readonly byte[][] Keys = [.. new[] { "front-a", "フロント鍵", LongKey }.Select(Encoding.UTF8.GetBytes)];

    [Theory]
    [InlineData("front-a")]
    [InlineData("フロント鍵")]
    public void Matches_AConfiguredKey_IsTrue(string given) => Assert.True(ApiKeyGate.Matches(Keys, given));

    [Theory]
    [InlineData("front-b")]
    [InlineData("front-")]
    [InlineData("front-aa")]
    [InlineData("FRONT-A")]
    [InlineData("フロント")]
    [InlineData(" front-a")]
    public void Matches_AnythingElse_IsFalse(string given) => Assert.False(ApiKeyGate.Matches(Keys, given));

    [Fact]
    public void Matches_KeysLongerThanTheStackBuffer_AreComparedWhole()
    {
        // Over 256 UTF-8 bytes the given key is encoded into a rented array, which may be longer than the key.
        Assert.True(ApiKeyGate.Matches(Keys, LongKey));
        Assert.False(ApiKeyGate.Matches(Keys, LongKey[..^1] + "x"));
        Assert.False(ApiKeyGate.Matches(Keys, LongKey + "k"));
        Assert.False(ApiKeyGate.Matches(Keys, new string('鍵', 200)));
        Assert.False(ApiKeyGate.Matches([], "front-a"));
    }

    [Fact]
    public async Task AWrongKeyOfTheRightLength_Is401_AndTheRightOneIsLetThroughTwice()
    {
        var wrong = new HttpClient { BaseAddress = host.BaseAddress };
        wrong.DefaultRequestHeaders.Add(Headers.ApiKey, new string('x', HostFixture.ApiKey.Length));
        await (await wrong.GetAsync("/api/users/anyone")).ProblemAsync(HttpStatusCode.Unauthorized, "auth.api_key");

        // The keys are encoded once, at the first request: later requests compare against the same bytes.
        for (var i = 0; i < 2; i++)
        {
            await (await host.Client().GetAsync("/api/users/u-nobody-here")).ProblemAsync(HttpStatusCode.NotFound, "user.not_found");
        }
    }

    [Fact]
    public async Task NoKey_Is401_BeforeTheBodyOrThePathIsLookedAt()
    {
        // A bad body, a bad path id, a body of the wrong type: without the key the answer is 401 all the same, and nothing is made.
        var anonymous = host.Client(apiKey: false);
        var id = "u-gate-" + Guid.NewGuid().ToString("N")[..8];
        await (await anonymous.PostAsync("/api/users", Json("{\"id\":")))
            .ProblemAsync(HttpStatusCode.Unauthorized, "auth.api_key");
        await (await anonymous.PostAsync("/api/users", Json($"{{\"id\":\"{id}\",\"displayName\":7,\"roles\":[\"client\"]}}")))
            .ProblemAsync(HttpStatusCode.Unauthorized, "auth.api_key");
        await (await anonymous.PostAsync("/api/contracts/%20/messages", Json("not json")))
            .ProblemAsync(HttpStatusCode.Unauthorized, "auth.api_key");
        await (await host.Client().PostAsync("/api/staff/reviews/x/decision", Json("{")))
            .ProblemAsync(HttpStatusCode.Unauthorized, "auth.staff_key");

        // With the key the same bad body is 400, as before; the user was never made.
        await (await host.Client().PostAsync("/api/users", Json("{\"id\":")))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.malformed_json");
        await (await host.Client().GetAsync($"/api/users/{id}")).ProblemAsync(HttpStatusCode.NotFound, "user.not_found");
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
