using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Platform.Testing.Postgres;

namespace Platform.Cluster.Tests;

/// <summary>
/// A held message whose write fails is answered 503 and leaves nothing behind: no message for its sender, no review
/// item. The failure is PostgreSQL refusing the rows of one grain type (a trigger), as a crash refuses them mid-change.
/// </summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class HeldMessageWriteTests(PostgresFixture postgres)
{
    private const string Held = "急ぎの連絡はこちらへ 090-1234-5678";

    [Theory]
    [InlineData("reviewqueue")]
    [InlineData("contract")]
    public async Task HeldMessage_WriteFails_503ThenNoMessageAndNoReviewItem(string failingGrainType)
    {
        var cs = await postgres.CreateDatabaseAsync();
        await using var host = await PlatformHost.StartAsync(cs, WithContactChecks);
        var deal = await Api.ContractAsync(host);
        await host.Client(deal.Client).PostJsonAsync($"/api/contracts/{deal.Contract}/escrow", null);
        var worker = host.Client(deal.Worker);
        Assert.Equal("held", (await worker.PostJsonAsync(deal.Messages, new { text = Held }, HttpStatusCode.Created)).Str("status"));

        await Database.ExecuteAsync(cs, """
            CREATE FUNCTION refuse_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'write refused for the test'; END $$;
            """);
        await Database.ExecuteAsync(cs, $"""
            CREATE TRIGGER refuse BEFORE INSERT OR UPDATE ON grain_state FOR EACH ROW
            WHEN (NEW.grain_id LIKE '{failingGrainType}/%') EXECUTE FUNCTION refuse_write();
            """);
        using (var refused = await worker.SendAsync(Send(deal.Messages, Held + "（2通目）", "retry-1")))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.NotNull(refused.Headers.RetryAfter);
            Assert.Equal(["retry-1"], refused.Headers.GetValues("Idempotency-Key"));
        }

        await Database.ExecuteAsync(cs, "DROP TRIGGER refuse ON grain_state");

        // The sender sees only the first message, the reviewers only its item, and the retry with the same key is held
        // and queued like the first.
        Assert.Equal([Held], (await worker.GetJsonAsync(deal.Messages)).Strs("text"));
        Assert.Equal(["m1"], await OpenItemsAsync(host, deal.Contract));
        var again = await (await worker.SendAsync(Send(deal.Messages, Held + "（2通目）", "retry-1"))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("held", again.Str("status"));
        Assert.Equal(["m1", again.Str("id")], await OpenItemsAsync(host, deal.Contract));
        var released = await host.Staff().PostJsonAsync($"/api/staff/reviews/held-contract-{deal.Contract}-{again.Str("id")}/decision",
            new { decision = "approve", reviewer = "staff-1", reason = "業務上の連絡のため" });
        Assert.Equal("approved", released.Str("status"));
        Assert.Equal([Held + "（2通目）"], (await host.Client(deal.Client).GetJsonAsync(deal.Messages)).Strs("text"));
    }

    private static HttpRequestMessage Send(string path, string text, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { text }) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private static async Task<string[]> OpenItemsAsync(PlatformHost host, string contractId)
    {
        var open = await host.Staff().GetJsonAsync("/api/staff/reviews?status=open");
        return [.. open.EnumerateArray()
            .Where(i => i.GetProperty("item").Str("sourceId") == contractId)
            .Select(i => i.GetProperty("item").Str("itemId"))
            .Order(StringComparer.Ordinal)];
    }

    internal static void WithContactChecks(WebApplicationBuilder builder) => WithChecks(builder, "plugins", "Platform.Checks.Contact");

    /// <summary>The example banned-phrases check, as the gateway's tests have it (a text naming itself 「事務局」 is held).</summary>
    internal static void WithBannedPhrases(WebApplicationBuilder builder) => WithChecks(builder, "example-plugins", "Examples.BannedPhrases");

    private static void WithChecks(WebApplicationBuilder builder, string folder, string plugin)
    {
        var plugins = Path.Combine(Path.GetTempPath(), "platform-held-tests-" + Guid.NewGuid().ToString("N")[..12]);
        var from = Path.Combine(PlatformHost.RepoRoot(), "artifacts", folder, plugin);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(plugins, plugin, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        builder.Configuration["Compliance:PluginsPath"] = plugins;
        builder.Configuration["Compliance:MinimumTimeout"] = "5000";
    }
}
