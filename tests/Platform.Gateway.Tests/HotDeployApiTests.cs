using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Text.Json;

namespace Platform.Gateway.Tests;

/// <summary>
/// A compliance engineer ships a check to a running host: copied into its plugins folder, replaced by version 2,
/// removed, switched to shadow, and uploaded as a zip through the staff API — no restart at any point.
/// </summary>
public sealed class HotDeployApiTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly HostFixture _host = new() { ExtraArgs = ["--Compliance:PollInterval", "200", "--Compliance:SettleTime", "200", .. HostFixture.UnloadReplacedPlugins] };

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Plugin_DeployedReplacedRemoved_ChangesDecisionsWithoutRestart()
    {
        var (clientId, workerId, _, contractId) = await Api.ContractAsync(_host);
        var worker = _host.Client(workerId);
        var target = Path.Combine(_host.PluginsPath, "FixtureCheck");

        Assert.Equal("delivered", await SendAsync(worker, contractId, "this is forbidden"));

        CopyDirectory(Fixture(1), target);
        await WaitForAsync(() => PluginVersionAsync("fixture"), "1.0.0");
        Assert.Equal("blocked", await SendAsync(worker, contractId, "this is forbidden"));

        ReplaceDirectory(Fixture(2), target);
        await WaitForAsync(() => PluginVersionAsync("fixture"), "2.0.0");
        Assert.Equal("held", await SendAsync(worker, contractId, "still forbidden"));

        Directory.Delete(target, recursive: true);
        await WaitForAsync(() => PluginVersionAsync("fixture"), null);
        Assert.Equal("delivered", await SendAsync(worker, contractId, "forbidden no more"));

        var audit = await _host.Staff().GetJsonAsync($"/api/staff/audit/contracts/{contractId}");
        Assert.Equal(["1.0.0", "2.0.0"], audit.EnumerateArray().Select(e => FixtureRun(e).Str("version")));
        Assert.NotNull(clientId);
    }

    [Fact]
    public async Task StaffApi_UploadZipThenShadow_RecordsWithoutEnforcing()
    {
        var (_, workerId, _, contractId) = await Api.ContractAsync(_host);
        var worker = _host.Client(workerId);
        var staff = _host.Staff();

        using var zip = new ByteArrayContent(Zip(Fixture(1)));
        zip.Headers.ContentType = new("application/zip");
        var deployed = await (await staff.PostAsync("/api/staff/plugins?name=FixtureCheck", zip)).JsonAsync(HttpStatusCode.OK);
        Assert.True(deployed.GetProperty("succeeded").GetBoolean());
        // A success says what was deployed, and nothing of a refusal.
        Assert.Equal(["checks", "pluginName", "succeeded"], deployed.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("blocked", await SendAsync(worker, contractId, "forbidden words"));

        var shadow = await (await staff.PutAsJsonAsync("/api/staff/plugins/fixture/mode", new { mode = "shadow" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("shadow", shadow.Str("mode"));
        Assert.Equal("delivered", await SendAsync(worker, contractId, "forbidden again"));
        var last = (await staff.GetJsonAsync($"/api/staff/audit/contracts/{contractId}")).EnumerateArray().Last();
        Assert.Equal("allow", last.Str("decision"));
        var run = FixtureRun(last);
        Assert.Equal(("shadow", "block"), (run.Str("mode"), run.GetProperty("findings")[0].Str("decision")));

        await (await staff.PutAsJsonAsync("/api/staff/plugins/fixture/mode", new { mode = "sideways" })).ProblemAsync(HttpStatusCode.BadRequest, "plugin.unknown_mode");
        var unknown = await (await staff.PutAsJsonAsync("/api/staff/plugins/nothing/mode", new { mode = "shadow" })).ProblemAsync(HttpStatusCode.NotFound, "plugin.not_found");
        Assert.Equal("name", unknown.Str("field"));
        using var junk = new ByteArrayContent([1, 2, 3, 4]);
        junk.Headers.ContentType = new("application/zip");
        var rejected = await (await staff.PostAsync("/api/staff/plugins?name=Junk", junk)).ProblemAsync(HttpStatusCode.BadRequest, "plugin.rejected");

        // Why, in Japanese (it was the log's English inside a Japanese sentence: 「…：not a zip file: …」).
        Assert.StartsWith("プラグインを受け付けられません：zip ファイルとして読めません（", rejected.Str("detail"), StringComparison.Ordinal);
        Assert.DoesNotContain("not a zip file", rejected.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffApi_VersionReplaced_NothingInTheHostKeepsTheOldVersionLoaded()
    {
        // Version 1 decides a message through the grains, the engine, the audit and the statistics; once version 2 has
        // replaced it, none of them may keep its load context alive (every deploy would leak the version it replaced).
        var (_, workerId, _, contractId) = await Api.ContractAsync(_host);
        var worker = _host.Client(workerId);
        Assert.Equal("blocked", await DeployAndSendAsync(_host, worker, contractId, 1));
        var versionOne = LoadContextOf(_host.PluginsPath, 1);

        Assert.Equal("held", await DeployAndSendAsync(_host, worker, contractId, 2));
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (versionOne.IsAlive && DateTime.UtcNow < until)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(200);
        }

        Assert.False(versionOne.IsAlive, "version 1 of the plugin is still loaded a minute after version 2 replaced it");
        Assert.Equal("held", await SendAsync(worker, contractId, "forbidden once more"));
    }

    [Fact]
    public async Task StaffApi_ByDefault_VersionTwoDecidesAndNothingIsUnloaded()
    {
        var host = new HostFixture();
        await host.InitializeAsync();
        try
        {
            var (_, workerId, _, contractId) = await Api.ContractAsync(host);
            var worker = host.Client(workerId);
            Assert.Equal("blocked", await DeployAndSendAsync(host, worker, contractId, 1));
            Assert.Equal("held", await DeployAndSendAsync(host, worker, contractId, 2));

            // Both versions are still in the process, in ordinary contexts: the replaced one was retired, not unloaded.
            var loaded = AppDomain.CurrentDomain.GetAssemblies()
                .Where(a => a.GetName().Name == "FixtureCheck" && a.Location.StartsWith(host.PluginsPath, StringComparison.Ordinal))
                .ToArray();
            Assert.All(loaded, a => Assert.False(a.IsCollectible));
            Assert.Equal([1, 2], loaded.Select(a => a.GetName().Version!.Major).Distinct().Order());
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task FailClosedCheckThrows_HeldAndTheAnswerScanAndReviewItemSayWhy()
    {
        var (_, workerId, _, contractId) = await Api.ContractAsync(_host);
        var staff = _host.Staff();
        using var zip = new ByteArrayContent(Zip(Path.Combine(AppContext.BaseDirectory, "fixtures", "FailClosed-v1", "FailClosedCheck")));
        zip.Headers.ContentType = new("application/zip");
        var deployed = await (await staff.PostAsync("/api/staff/plugins?name=FailClosedCheck", zip)).JsonAsync(HttpStatusCode.OK);
        Assert.True(deployed.GetProperty("succeeded").GetBoolean());

        // The check throws on every message: the message waits for a person, and the answer says so.
        var sent = await _host.Client(workerId).PostJsonAsync($"/api/contracts/{contractId}/messages", new { text = "仮払いを確認しました。" }, HttpStatusCode.Created);
        Assert.Equal(("held", "hold"), (sent.Str("status"), sent.GetProperty("verdict").Str("decision")));
        AssertUnavailable(Assert.Single(sent.GetProperty("verdict").GetProperty("findings").EnumerateArray()));

        // The scan too, with no violation label.
        var scan = await _host.Client().PostJsonAsync("/api/compliance/scan", new { id = "s1", kind = "message", text = "よろしくお願いします。" });
        Assert.Equal("hold", scan.Str("decision"));
        Assert.Empty(scan.GetProperty("labels").EnumerateArray());
        AssertUnavailable(Assert.Single(scan.GetProperty("findings").EnumerateArray()));

        // The reviewer sees which check could not complete.
        var item = Assert.Single((await staff.GetJsonAsync($"/api/staff/reviews?subject={workerId}")).EnumerateArray()).GetProperty("item");
        Assert.Equal(("check.unavailable", "check_unavailable"), (item.Str("code"), item.Str("category")));
        Assert.Contains("failclosed", item.Str("summaryJa"), StringComparison.Ordinal);
        AssertUnavailable(Assert.Single(item.GetProperty("findings").EnumerateArray()));
    }

    [Fact]
    public async Task StaffApi_PluginNamedModesJson_Is400NamingTheNameAndChangesNothing()
    {
        var staff = _host.Staff();
        Assert.Equal("shadow", (await (await staff.PutAsJsonAsync("/api/staff/plugins/banned-phrases/mode", new { mode = "shadow" })).JsonAsync(HttpStatusCode.OK)).Str("mode"));
        var modes = Path.Combine(_host.PluginsPath, "modes.json");
        var before = await File.ReadAllTextAsync(modes);
        var plugins = (await staff.GetJsonAsync("/api/staff/plugins")).GetRawText();

        using var zip = new ByteArrayContent(Zip(Path.Combine(AppContext.BaseDirectory, "fixtures", "ModesJson-v1", "modes.json")));
        zip.Headers.ContentType = new("application/zip");
        var problem = await (await staff.PostAsync("/api/staff/plugins?name=modes.json", zip)).ProblemAsync(HttpStatusCode.BadRequest, "plugin.name_reserved");

        Assert.Equal("name", problem.Str("field"));
        Assert.Equal(before, await File.ReadAllTextAsync(modes));
        Assert.False(Directory.Exists(Path.Combine(_host.PluginsPath, "modes.json")));
        Assert.Equal(plugins, (await staff.GetJsonAsync("/api/staff/plugins")).GetRawText());
    }

    private static void AssertUnavailable(JsonElement finding)
    {
        Assert.Equal(("check.unavailable", "hold", "check_unavailable"), (finding.Str("code"), finding.Str("decision"), finding.Str("category")));
        Assert.Contains("自動チェック（failclosed）を完了できなかった", finding.Str("reasonJa"), StringComparison.Ordinal);
    }

    private static System.Text.Json.JsonElement FixtureRun(System.Text.Json.JsonElement auditEntry) =>
        Assert.Single(auditEntry.GetProperty("runs").EnumerateArray(), r => r.Str("name") == "fixture");

    private static async Task<string> SendAsync(HttpClient worker, string contractId, string text) =>
        (await worker.PostJsonAsync($"/api/contracts/{contractId}/messages", new { text }, HttpStatusCode.Created)).Str("status");

    private async Task<string?> PluginVersionAsync(string name)
    {
        var plugins = await _host.Staff().GetJsonAsync("/api/staff/plugins");
        return plugins.EnumerateArray().Where(p => p.Str("name") == name).Select(p => p.Str("version")).FirstOrDefault();
    }

    private static async Task WaitForAsync(Func<Task<string?>> probe, string? expected)
    {
        var until = DateTime.UtcNow + Deadline;
        string? last = "(none)";
        while (DateTime.UtcNow < until)
        {
            last = await probe();
            if (last == expected)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"expected {expected ?? "no plugin"} within {Deadline}, last saw {last ?? "no plugin"}");
    }

    // Uploads version N of the fixture through the staff API, then sends a message it would flag: the message's fate.
    private static async Task<string> DeployAndSendAsync(HostFixture host, HttpClient worker, string contractId, int version)
    {
        using var zip = new ByteArrayContent(Zip(Fixture(version)));
        zip.Headers.ContentType = new("application/zip");
        var deployed = await (await host.Staff().PostAsync("/api/staff/plugins?name=FixtureCheck", zip)).JsonAsync(HttpStatusCode.OK);
        Assert.True(deployed.GetProperty("succeeded").GetBoolean());
        return await SendAsync(worker, contractId, "forbidden words");
    }

    // The load context the host's catalog loaded the fixture's version (its major version) into, from its private copy
    // under .shadow (a deploy's trial load runs from elsewhere), held weakly. Apart, so that no reference to the assembly
    // stays in the test's frame.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference LoadContextOf(string pluginsPath, int major)
    {
        var shadows = Path.Combine(pluginsPath, ".shadow") + Path.DirectorySeparatorChar;
        var assembly = AppDomain.CurrentDomain.GetAssemblies().Single(a =>
            a.GetName().Name == "FixtureCheck" && a.GetName().Version!.Major == major && a.Location.StartsWith(shadows, StringComparison.Ordinal));
        var context = AssemblyLoadContext.GetLoadContext(assembly)!;
        Assert.True(context.IsCollectible);
        return new WeakReference(context);
    }

    private static string Fixture(int version) => Path.Combine(AppContext.BaseDirectory, "fixtures", $"Good-v{version}", "FixtureCheck");

    internal static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
    }

    private static void ReplaceDirectory(string from, string to)
    {
        // Deploy by directory swap: the watcher never sees half a plugin.
        var staging = to + ".new";
        CopyDirectory(from, staging);
        Directory.Delete(to, recursive: true);
        Directory.Move(staging, to);
    }

    internal static byte[] Zip(string folder)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.GetFiles(folder))
            {
                archive.CreateEntryFromFile(file, Path.GetFileName(file));
            }
        }

        return buffer.ToArray();
    }
}
