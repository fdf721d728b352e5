using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Platform.Gateway.Tests;

[Collection(HostCollection.Name)]
public sealed class ErrorApiTests(HostFixture host)
{
    [Theory]
    [InlineData("", "field.required")]
    [InlineData("\u200B\u200B", "field.required")]
    [InlineData("佐藤\u0000", "field.control_character")]
    [InlineData("yamada\u202Eｱｲｳ", "field.control_character")]
    [InlineData("山田\u2067事務局\u2069", "field.control_character")]
    [InlineData("山田\n事務局", "field.control_character")]
    public async Task Register_EmptyInvisibleOrControlDisplayName_Is400NamingTheField(string displayName, string code)
    {
        var id = $"u-{Guid.NewGuid():N}";
        var response = await host.Client().PostAsJsonAsync("/api/users", new { id, displayName, roles = new[] { "worker" } });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, code);
        Assert.Equal("displayName", problem.Str("field"));
        await (await host.Client().GetAsync($"/api/users/{id}")).ProblemAsync(HttpStatusCode.NotFound, "user.not_found");
    }

    [Fact]
    public async Task ActingUserNoOneIs_Is404UserNotFoundNamingTheHeader_AndCreatesNothing()
    {
        // The acting user comes from X-User-Id; an id no user has named no field before, as if a body field were wrong.
        var nobody = $"u-{Guid.NewGuid():N}";
        var (clientId, _) = await Api.RegisterPairAsync(host);
        var jobId = (await host.Client(clientId).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        var answers = new[]
        {
            await host.Client(nobody).PostAsJsonAsync("/api/jobs", Api.Job()),
            await host.Client(nobody).PostAsJsonAsync($"/api/jobs/{jobId}/proposals", new { text = "3点で28,000円、5日で納品します。", priceYen = 28000 }),
            await host.Client(nobody).PostAsJsonAsync("/api/reports", new { targetKind = "job", targetId = jobId, category = "mlm" }),
        };
        foreach (var answer in answers)
        {
            var problem = await answer.ProblemAsync(HttpStatusCode.NotFound, "user.not_found");
            Assert.Equal("X-User-Id", problem.Str("field"));
            Assert.Contains(nobody, problem.Str("detail"));
        }

        Assert.Empty((await host.Client(clientId).GetJsonAsync($"/api/jobs/{jobId}/proposals")).EnumerateArray());
        // A user named in the path is not the acting user: its not-found answer names no header.
        var path = await (await host.Client().GetAsync($"/api/users/{nobody}")).ProblemAsync(HttpStatusCode.NotFound, "user.not_found");
        Assert.False(path.TryGetProperty("field", out _));
    }

    [Fact]
    public async Task MissingOrWrongApiKey_Is401()
    {
        await (await host.Client(apiKey: false).GetAsync("/api/users/anyone")).ProblemAsync(HttpStatusCode.Unauthorized, "auth.api_key");
        await (await host.Client().GetAsync("/api/staff/audit/users/x")).ProblemAsync(HttpStatusCode.Unauthorized, "auth.staff_key");
    }

    [Fact]
    public async Task WrongParty_Is403AndUnknownIds_Are404()
    {
        var (clientId, _, jobId, contractId) = await Api.ContractAsync(host);
        var (stranger, _) = await Api.RegisterPairAsync(host);
        await (await host.Client(stranger).GetAsync($"/api/contracts/{contractId}")).ProblemAsync(HttpStatusCode.Forbidden, "contract.not_a_party");
        await (await host.Client(stranger).PostAsJsonAsync($"/api/contracts/{contractId}/messages", new { text = "こんにちは" }))
            .ProblemAsync(HttpStatusCode.Forbidden, "contract.not_a_party");
        await (await host.Client(clientId).GetAsync("/api/contracts/c-doesnotexist")).ProblemAsync(HttpStatusCode.NotFound, "contract.not_found");
        await (await host.Client(clientId).GetAsync("/api/jobs/j-doesnotexist")).ProblemAsync(HttpStatusCode.NotFound, "job.not_found");
        await (await host.Client(clientId).PostAsJsonAsync($"/api/jobs/{jobId}/proposals/p99/contract", new { deliveryDate = Dates.DeliveryDate }))
            .ProblemAsync(HttpStatusCode.Conflict, "job.not_open");
    }

    [Theory]
    [InlineData("users", "user.not_found")]
    [InlineData("jobs", "job.not_found")]
    [InlineData("contracts", "contract.not_found")]
    public async Task Audit_UnknownEntity_Is404(string kind, string code)
    {
        await (await host.Staff().GetAsync($"/api/staff/audit/{kind}/nobody-{Guid.NewGuid():N}")).ProblemAsync(HttpStatusCode.NotFound, code);
    }

    [Theory]
    [InlineData("users/a.b", "user.not_found")]
    [InlineData("users/a%20b", "user.not_found")]
    [InlineData("users/%E5%B1%B1", "user.not_found")]
    [InlineData("jobs/%E5%B1%B1", "job.not_found")]
    [InlineData("contracts/a%20b", "contract.not_found")]
    [InlineData("contracts/0123456789012345678901234567890123456789012345678901234567890123456789", "contract.not_found")]
    public async Task Audit_IdOutsideTheIdFormat_IsTheDocumentedNotFoundCode(string path, string code)
    {
        await (await host.Staff().GetAsync($"/api/staff/audit/{path}")).ProblemAsync(HttpStatusCode.NotFound, code);
    }

    [Fact]
    public async Task Audit_KnownEntitiesWithNothingRecorded_AreEmpty()
    {
        var (clientId, _, jobId, contractId) = await Api.ContractAsync(host);
        foreach (var path in new[] { $"users/{clientId}", $"jobs/{jobId}", $"contracts/{contractId}" })
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Array, (await host.Staff().GetJsonAsync($"/api/staff/audit/{path}")).ValueKind);
        }
    }

    [Theory]
    [InlineData("from=2026-01&to=2026-13", "to")]
    [InlineData("from=2026-01&to=xyz", "to")]
    [InlineData("to=2026-00", "to")]
    [InlineData("from=xyz&to=2026-01", "from")]
    [InlineData("from=2026-13", "from")]
    [InlineData("from=2026-12&to=2026-01", "from")]
    [InlineData("from=2020-01&to=2026-01", "from")]
    public async Task Statistics_BadMonth_Is400NamingTheParameter(string query, string field)
    {
        foreach (var page in new[] { "statistics", "statistics.csv", "statistics.html" })
        {
            var problem = await (await host.Staff().GetAsync($"/api/staff/{page}?{query}")).ProblemAsync(HttpStatusCode.BadRequest, "statistics.bad_range");
            Assert.Equal(field, problem.Str("field"));
        }
    }

    [Theory]
    [InlineData(".hidden", "plugin.name_required")]
    [InlineData(".staging", "plugin.name_required")]
    [InlineData(".shadow", "plugin.name_required")]
    [InlineData("modes.json", "plugin.name_reserved")]
    public async Task DeployPlugin_NameOfAWorkFolderOrTheCatalogsFile_Is400NamingTheNameAndChangesNothing(string name, string code)
    {
        var staff = host.Staff();
        var before = await LoadedAsync(staff);
        var entries = Directory.GetFileSystemEntries(host.PluginsPath).Order().ToArray();
        using var zip = new ByteArrayContent(HotDeployApiTests.Zip(Path.Combine(AppContext.BaseDirectory, "fixtures", "Good-v1", "FixtureCheck")));
        zip.Headers.ContentType = new("application/zip");

        var problem = await (await staff.PostAsync($"/api/staff/plugins?name={Uri.EscapeDataString(name)}", zip)).ProblemAsync(HttpStatusCode.BadRequest, code);

        Assert.Equal("name", problem.Str("field"));
        Assert.Equal(entries, Directory.GetFileSystemEntries(host.PluginsPath).Order().ToArray());
        Assert.Equal(before, await LoadedAsync(staff));
    }

    // docs/plugins.md: a plugin's name is 1-100 letters, digits, '.', '_' or '-', as the catalog takes it from a folder. The
    // deploy refused every name over 64 characters with words that gave no length, so a plugin a folder deploy loads could
    // not be deployed through the API, and its staff could not tell why.
    [Fact]
    public async Task DeployPlugin_NameOf65To100Characters_IsTakenAsTheFolderRuleSays_OneOf101IsRefusedSayingTheLength()
    {
        var staff = host.Staff();
        var before = await LoadedAsync(staff);
        var entries = PluginFolders();
        var zip = HotDeployApiTests.Zip(Path.Combine(AppContext.BaseDirectory, "fixtures", "Good-v1", "FixtureCheck"));

        // The catalog's work folders (.staging, where a package is read) aside: no plugin folder appears or goes.
        string[] PluginFolders() => [.. Directory.GetFileSystemEntries(host.PluginsPath).Where(e => !Path.GetFileName(e).StartsWith('.')).Order()];

        async Task<System.Text.Json.JsonElement> DeployAsync(string name, string code)
        {
            using var content = new ByteArrayContent(zip);
            content.Headers.ContentType = new("application/zip");
            return await (await staff.PostAsync($"/api/staff/plugins?name={name}", content)).ProblemAsync(HttpStatusCode.BadRequest, code);
        }

        // The name is taken: the package is read, and refused only because it holds FixtureCheck.dll, not {name}.dll.
        var eighty = "Checks." + new string('a', 73);
        var taken = await DeployAsync(eighty, "plugin.rejected");
        Assert.Contains($"{eighty}.dll", taken.Str("detail"));
        Assert.Equal("body", taken.Str("field"));

        var tooLong = await DeployAsync("Checks." + new string('a', 94), "plugin.name_required");
        Assert.Equal("name", tooLong.Str("field"));
        Assert.Contains("1～100 文字", tooLong.Str("detail"));

        Assert.Equal(entries, PluginFolders());
        Assert.Equal(before, await LoadedAsync(staff));
    }

    // Which checks are loaded, in which version and mode, since when (not their counters, which other traffic moves).
    private static async Task<string[]> LoadedAsync(HttpClient staff) =>
        [.. (await staff.GetJsonAsync("/api/staff/plugins")).EnumerateArray()
            .Select(p => $"{p.Str("name")}@{p.Str("version")} {p.Str("mode")} {p.GetProperty("loadedAt")}")];

    [Fact]
    public async Task WrongStage_Is409AndChangesNothing()
    {
        var (clientId, workerId, _, contractId) = await Api.ContractAsync(host);
        await (await host.Client(workerId).PostAsJsonAsync($"/api/contracts/{contractId}/deliveries", new { note = "納品" }))
            .ProblemAsync(HttpStatusCode.Conflict, "contract.stage_conflict.deliver");
        var contract = await host.Client(clientId).GetJsonAsync($"/api/contracts/{contractId}");
        Assert.Equal("contracted", contract.Str("stage"));
        Assert.Empty(contract.GetProperty("deliveries").EnumerateArray());
    }

    [Fact]
    public async Task MissingActingUser_Is400NamingTheHeader()
    {
        var (_, _, _, contractId) = await Api.ContractAsync(host);
        var problem = await (await host.Client().PostAsync($"/api/contracts/{contractId}/escrow", null)).ProblemAsync(HttpStatusCode.BadRequest, "header.user_id_required");
        Assert.Equal("X-User-Id", problem.Str("field"));
    }

    [Fact]
    public async Task MalformedJson_Is400AndChangesNothing()
    {
        var (clientId, _, _, contractId) = await Api.ContractAsync(host);
        var body = new StringContent("{\"text\": \"途中で切れた", Encoding.UTF8, "application/json");
        await (await host.Client(clientId).PostAsync($"/api/contracts/{contractId}/messages", body)).ProblemAsync(HttpStatusCode.BadRequest, "request.malformed_json");
        var wrongType = new StringContent("{\"stars\": \"five\"}", Encoding.UTF8, "application/json");
        var problem = await (await host.Client(clientId).PostAsync($"/api/contracts/{contractId}/ratings", wrongType)).ProblemAsync(HttpStatusCode.BadRequest, "request.malformed_json");
        Assert.Equal("stars", problem.Str("field"));
        Assert.Empty((await host.Client(clientId).GetJsonAsync($"/api/contracts/{contractId}/messages")).EnumerateArray());
    }

    [Fact]
    public async Task NumberGivenAsAString_Is400NamingTheField_OnEveryBody_AndChangesNothing_TheNumberItselfPasses()
    {
        var (clientId, workerId, _, contractId) = await Api.ContractAsync(host);
        var (client, worker) = (host.Client(clientId), host.Client(workerId));
        await client.PostJsonAsync($"/api/contracts/{contractId}/escrow", null);
        await worker.PostJsonAsync($"/api/contracts/{contractId}/deliveries", new { note = "3点納品します" });
        await client.PostJsonAsync($"/api/contracts/{contractId}/acceptance", null);
        async Task<string> RefusedFieldAsync(HttpClient as_, string path, string json) =>
            (await (await as_.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json")))
                .ProblemAsync(HttpStatusCode.BadRequest, "request.malformed_json")).Str("field");

        // A number is a JSON number: "5" is a wrong type, refused naming the field, not read as 5.
        Assert.Equal("stars", await RefusedFieldAsync(worker, $"/api/contracts/{contractId}/ratings", "{\"stars\":\"5\"}"));
        Assert.Empty((await client.GetJsonAsync($"/api/contracts/{contractId}")).GetProperty("ratings").EnumerateArray());
        Assert.Equal("budget.amountYen", await RefusedFieldAsync(client, "/api/jobs",
            "{\"title\":\"ECサイトのバナー制作\",\"description\":\"新商品のバナーを3点お願いします。サイズは1200x628、PNGで納品してください。\",\"category\":\"design\",\"budget\":{\"kind\":\"fixed\",\"amountYen\":\"30000\"},\"publish\":true}"));
        var jobId = (await client.PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        Assert.Equal("priceYen", await RefusedFieldAsync(worker, $"/api/jobs/{jobId}/proposals", "{\"text\":\"3点で28,000円、5日で納品します。\",\"priceYen\":\"28000\"}"));
        Assert.Equal(0, (await client.GetJsonAsync($"/api/jobs/{jobId}")).GetProperty("proposalCount").GetInt32());

        // The bodies clients send, numbers as numbers, pass as before.
        await worker.PostJsonAsync($"/api/contracts/{contractId}/ratings", new { stars = 5 });
        await worker.PostJsonAsync($"/api/jobs/{jobId}/proposals", new { text = "3点で28,000円、5日で納品します。", priceYen = 28000 }, HttpStatusCode.Created);
    }

    [Fact]
    public async Task ModeSwitchWithAOneMegabyteBody_Is413_OnlyTheDeployTakesAPackagesSize_AndTheModeStays()
    {
        // Valid JSON padded with white space: before, every path under /api/staff/plugins took the package limit (64 MB),
        // so this switched the check to shadow.
        var staff = host.Staff();
        var body = new StringContent("{\"mode\":\"shadow\"}" + new string(' ', 1024 * 1024), Encoding.UTF8, "application/json");
        var problem = await (await staff.PutAsync("/api/staff/plugins/banned-phrases/mode", body)).ProblemAsync(HttpStatusCode.RequestEntityTooLarge, "request.too_large");
        Assert.Equal("body", problem.Str("field"));
        var check = (await staff.GetJsonAsync("/api/staff/plugins")).EnumerateArray().Single(p => p.Str("name") == "banned-phrases");
        Assert.Equal("enforce", check.Str("mode"));
    }

    [Fact]
    public async Task OneMegabyteMessage_IsRejectedAndChangesNothing()
    {
        var (clientId, _, _, contractId) = await Api.ContractAsync(host);
        var huge = new string('あ', 1024 * 1024);
        var body = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { text = huge }), Encoding.UTF8, "application/json");
        var response = await host.Client(clientId).PostAsync($"/api/contracts/{contractId}/messages", body);
        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge, "request.too_large");
        var longButSmall = new string('あ', 20_000);
        var problem = await (await host.Client(clientId).PostAsJsonAsync($"/api/contracts/{contractId}/messages", new { text = longButSmall }))
            .ProblemAsync(HttpStatusCode.BadRequest, "field.too_long");
        Assert.Equal("text", problem.Str("field"));
        Assert.Empty((await host.Client(clientId).GetJsonAsync($"/api/contracts/{contractId}/messages")).EnumerateArray());
    }

    [Fact]
    public async Task WrongContentType_Is415WithCodeAndJapaneseDetailAndChangesNothing()
    {
        var (clientId, _) = await Api.RegisterPairAsync(host);
        var json = System.Text.Json.JsonSerializer.Serialize(Api.Job());
        var problem = await (await host.Client(clientId).PostAsync("/api/jobs", new StringContent(json, Encoding.UTF8, "text/plain")))
            .ProblemAsync(HttpStatusCode.UnsupportedMediaType, "request.content_type");
        Assert.Equal("Content-Type", problem.Str("field"));
        Assert.Contains("application/json", problem.Str("detail"));
        Assert.Contains("text/plain", problem.Str("detail"));
        Assert.Empty((await host.Client(clientId).GetJsonAsync($"/api/users/{clientId}")).GetProperty("jobIds").EnumerateArray());

        var decision = new StringContent("{\"decision\":\"approve\",\"reason\":\"問題ありません。\"}", Encoding.UTF8, "text/plain");
        await (await host.Staff().PostAsync("/api/staff/reviews/disclosure-x-1/decision", decision)).ProblemAsync(HttpStatusCode.UnsupportedMediaType, "request.content_type");
    }

    [Fact]
    public async Task PluginDeployNotAsZip_Is415TitledAsEveryOther415_AnEmptyOneToo()
    {
        var before = await LoadedAsync(host.Staff());
        var entries = Directory.GetFileSystemEntries(host.PluginsPath).Order().ToArray();
        var json = System.Text.Json.JsonSerializer.Serialize(Api.Job());
        var framework = await (await host.Client().PostAsync("/api/jobs", new StringContent(json, Encoding.UTF8, "text/plain")))
            .ProblemAsync(HttpStatusCode.UnsupportedMediaType, "request.content_type");

        // The deploy's own refusal reads as the framework's 415 does (its title was "Error").
        var deploy = await (await host.Staff().PostAsync("/api/staff/plugins?name=NotAZip", new StringContent("PK?", Encoding.UTF8, "text/plain")))
            .ProblemAsync(HttpStatusCode.UnsupportedMediaType, "request.content_type");
        Assert.Equal(framework.Str("title"), deploy.Str("title"));
        Assert.Equal("Content-Type", deploy.Str("field"));

        // An empty body sent as something else is refused for its Content-Type first, as a JSON endpoint does (was 400).
        var empty = await (await host.Staff().PostAsync("/api/staff/plugins?name=NotAZip", new StringContent("", Encoding.UTF8, "text/plain")))
            .ProblemAsync(HttpStatusCode.UnsupportedMediaType, "request.content_type");
        Assert.Contains("application/zip", empty.Str("detail"));
        Assert.Equal(entries, Directory.GetFileSystemEntries(host.PluginsPath).Order().ToArray());
        Assert.Equal(before, await LoadedAsync(host.Staff()));
    }

    [Fact]
    public async Task PluginModeByThePluginsName_Is404NamingItsChecks_NotSayingItIsNotLoaded()
    {
        // A removal takes a plugin's name; the mode is a check's, and the loaded plugin was said to be "not loaded".
        var before = await LoadedAsync(host.Staff());

        var problem = await (await host.Staff().PutAsJsonAsync("/api/staff/plugins/Examples.BannedPhrases/mode", new { mode = "shadow" }))
            .ProblemAsync(HttpStatusCode.NotFound, "plugin.not_found");

        Assert.Equal("name", problem.Str("field"));
        Assert.Equal("「Examples.BannedPhrases」はプラグインの名前です。モードはチェックごとに切り替えます。このプラグインのチェック：banned-phrases。", problem.Str("detail"));
        Assert.Equal(before, await LoadedAsync(host.Staff()));
    }

    [Fact]
    public async Task WrongMethodOrUnknownRoute_AreProblemsWithCodeAndJapaneseDetail()
    {
        var method = await (await host.Client().DeleteAsync("/api/jobs")).ProblemAsync(HttpStatusCode.MethodNotAllowed, "request.method_not_allowed");
        Assert.Contains("DELETE", method.Str("detail"));
        Assert.Contains("POST", method.Str("detail"));
        var route = await (await host.Client().GetAsync("/api/nothing-here")).ProblemAsync(HttpStatusCode.NotFound, "route.not_found");
        Assert.Contains("/api/nothing-here", route.Str("detail"));

        // An unknown route and an unknown plugin are both 404s: one title (was "Not Found" and "Not found").
        var plugin = await (await host.Staff().DeleteAsync("/api/staff/plugins/NoSuchPlugin")).ProblemAsync(HttpStatusCode.NotFound, "plugin.not_found");
        Assert.Equal(("Not Found", "Not Found"), (route.Str("title"), plugin.Str("title")));
        Assert.Equal("Method Not Allowed", method.Str("title"));
    }
}
