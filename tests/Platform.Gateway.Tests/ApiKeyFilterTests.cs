using System.Net;
using System.Text;
using Platform.Gateway.Infrastructure;

namespace Platform.Gateway.Tests;

[Collection(HostCollection.Name)]
public sealed class ApiKeyFilterTests(HostFixture host)
{
    private static readonly string LongKey = new('k', 300);

    private static readonly byte[][] Keys = [.. new[] { "front-a", "フロント鍵", LongKey }.Select(Encoding.UTF8.GetBytes)];

    [Theory]
    [InlineData("front-a")]
    [InlineData("フロント鍵")]
    public void Matches_AConfiguredKey_IsTrue(string given) => Assert.True(ApiKeyFilter.Matches(Keys, given));

    [Theory]
    [InlineData("front-b")]
    [InlineData("front-")]
    [InlineData("front-aa")]
    [InlineData("FRONT-A")]
    [InlineData("フロント")]
    [InlineData(" front-a")]
    public void Matches_AnythingElse_IsFalse(string given) => Assert.False(ApiKeyFilter.Matches(Keys, given));

    [Fact]
    public void Matches_KeysLongerThanTheStackBuffer_AreComparedWhole()
    {
        // Over 256 UTF-8 bytes the given key is encoded into a rented array, which may be longer than the key.
        Assert.True(ApiKeyFilter.Matches(Keys, LongKey));
        Assert.False(ApiKeyFilter.Matches(Keys, LongKey[..^1] + "x"));
        Assert.False(ApiKeyFilter.Matches(Keys, LongKey + "k"));
        Assert.False(ApiKeyFilter.Matches(Keys, new string('鍵', 200)));
        Assert.False(ApiKeyFilter.Matches([], "front-a"));
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
}
