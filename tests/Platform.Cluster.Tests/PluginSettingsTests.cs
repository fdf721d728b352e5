using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Platform.Testing.Postgres;

namespace Platform.Cluster.Tests;

/// <summary>A plugin deploy and a mode switch made through one silo reach the other, whose plugins folder is its own.</summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class PluginSettingsTests(PostgresFixture postgres)
{
    [Fact]
    public async Task DeployAndModeSwitch_ThroughOneSilo_ReachTheOtherSiloWithItsOwnFolder()
    {
        var cs = await postgres.CreateDatabaseAsync();
        await using var a = await PlatformHost.StartAsync(cs, FastPollsConfig);
        await using var b = await PlatformHost.StartAsync(cs, FastPollsConfig);
        await Cluster.WaitForActiveSilosAsync(2, a, b);

        var deployed = await DeployExampleAsync(a);
        Assert.True(deployed.GetProperty("succeeded").GetBoolean());
        var clock = Stopwatch.StartNew();
        await Poll.UntilAsync(async () => await ModeAsync(b, "banned-phrases") == "enforce", TimeSpan.FromSeconds(20), "the package deployed through A loaded on B");
        var deployReached = clock.Elapsed;

        await (await a.Staff().PutAsJsonAsync("/api/staff/plugins/banned-phrases/mode", new { mode = "shadow" })).JsonAsync(HttpStatusCode.OK);
        clock.Restart();
        await Poll.UntilAsync(async () => await ModeAsync(b, "banned-phrases") == "shadow", TimeSpan.FromSeconds(20), "the switch made through A applied on B");
        Assert.True(deployReached < TimeSpan.FromSeconds(5) && clock.Elapsed < TimeSpan.FromSeconds(5), $"deploy {deployReached}, switch {clock.Elapsed}");

        // Back to enforce through B: A follows.
        await (await b.Staff().PutAsJsonAsync("/api/staff/plugins/banned-phrases/mode", new { mode = "enforce" })).JsonAsync(HttpStatusCode.OK);
        await Poll.UntilAsync(async () => await ModeAsync(a, "banned-phrases") == "enforce", TimeSpan.FromSeconds(20), "the switch made through B applied on A");
    }

    [Fact]
    public async Task Removal_ThroughOneSilo_ReachesTheOtherAndNoSiloDeploysItAgain()
    {
        var cs = await postgres.CreateDatabaseAsync();
        await using var a = await PlatformHost.StartAsync(cs, FastPollsConfig);
        await using var b = await PlatformHost.StartAsync(cs, FastPollsConfig);
        await Cluster.WaitForActiveSilosAsync(2, a, b);
        await DeployExampleAsync(a);
        await Poll.UntilAsync(async () => await ModeAsync(b, "banned-phrases") is not null, TimeSpan.FromSeconds(20), "the package deployed through A loaded on B");

        var removed = await (await b.Staff().DeleteAsync("/api/staff/plugins/Examples.BannedPhrases")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Examples.BannedPhrases", removed.Str("pluginName"));
        Assert.Null(await ModeAsync(b, "banned-phrases"));
        await Poll.UntilAsync(async () => await ModeAsync(a, "banned-phrases") is null, TimeSpan.FromSeconds(20), "the removal made through B applied on A");
        // Ten polls later neither silo has deployed it again from the cluster's stored deploy.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal((null, null), (await ModeAsync(a, "banned-phrases"), await ModeAsync(b, "banned-phrases")));
    }

    [Fact]
    public async Task Deploy_WhileASiloWasDown_InForceOnThatSiloWhenItFirstReportsReady()
    {
        var cs = await postgres.CreateDatabaseAsync();
        await using var a = await PlatformHost.StartAsync(cs);
        Assert.True((await DeployExampleAsync(a)).GetProperty("succeeded").GetBoolean());

        // A silo started after the deploy (restarted, or new), with a plugins folder of its own that does not hold it, and
        // the default poll interval (2 s): before, it reported ready with the folder as it was and took the deploy at its
        // second poll, deciding the changes in between without it.
        await using var b = await PlatformHost.StartAsync(cs);
        await Poll.UntilAsync(async () => await ReadyAsync(b) == "Healthy", TimeSpan.FromSeconds(60), "silo B ready");

        Assert.Equal("enforce", await ModeAsync(b, "banned-phrases"));
        var scan = await b.Client().PostJsonAsync("/api/compliance/scan",
            new { kind = "message", text = "権利収入で毎月安定します", context = new { stage = "pre_contract", disclosure = "none", sender = "worker" } });
        Assert.Equal(("block", "mlm.passive_income"), (scan.Str("decision"), scan.GetProperty("findings")[0].Str("code")));
    }

    private static async Task<string> ReadyAsync(PlatformHost host)
    {
        using var client = host.Client();
        return await (await client.GetAsync("/health/ready")).Content.ReadAsStringAsync();
    }

    private static void FastPollsConfig(Microsoft.AspNetCore.Builder.WebApplicationBuilder builder)
    {
        builder.Configuration["Compliance:PollInterval"] = "200";
        builder.Configuration["Compliance:SettleTime"] = "200";
    }

    private static async Task<string?> ModeAsync(PlatformHost host, string check)
    {
        var list = await host.Staff().GetJsonAsync("/api/staff/plugins");
        return list.EnumerateArray().Where(c => c.Str("name") == check).Select(c => c.GetProperty("mode").ToString().ToLowerInvariant()).FirstOrDefault();
    }

    // The banned-phrases example, deployed as a package through the staff API of one silo.
    private static async Task<System.Text.Json.JsonElement> DeployExampleAsync(PlatformHost through)
    {
        using var zip = new ByteArrayContent(Zip(Path.Combine(PlatformHost.RepoRoot(), "artifacts", "example-plugins", "Examples.BannedPhrases")));
        zip.Headers.ContentType = new("application/zip");
        return await (await through.Staff().PostAsync("/api/staff/plugins?name=Examples.BannedPhrases", zip)).JsonAsync(HttpStatusCode.OK);
    }

    private static byte[] Zip(string folder)
    {
        using var stream = new MemoryStream();
        ZipFile.CreateFromDirectory(folder, stream);
        return stream.ToArray();
    }
}
