using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Platform.Gateway.Tests;

/// <summary>
/// <c>/openapi/v1.json</c> describes the real contract: what a client generated from it must send (keys, headers,
/// query parameters, bodies) and what comes back (the success status and schema, the problem+json refusals).
/// </summary>
[Collection(HostCollection.Name)]
public sealed class OpenApiContractTests(HostFixture host)
{
    private static readonly string[] Creates =
    [
        "POST /api/users", "POST /api/jobs", "POST /api/jobs/{id}/proposals", "POST /api/jobs/{id}/proposals/{proposalId}/messages",
        "POST /api/jobs/{id}/proposals/{proposalId}/contract", "POST /api/contracts/{id}/messages", "POST /api/reports", "POST /api/staff/users/{id}/steps",
    ];

    // The operations a retry with the same Idempotency-Key answers with the first attempt's result.
    private static readonly string[] Keyed =
    [
        "POST /api/jobs", "POST /api/jobs/{id}/proposals", "POST /api/jobs/{id}/proposals/{proposalId}/messages", "POST /api/contracts/{id}/deliveries",
        "POST /api/contracts/{id}/messages", "POST /api/reports", "POST /api/staff/users/{id}/steps",
    ];

    // The /api operations that do not act for a user in X-User-Id.
    private static readonly string[] WithoutActingUser = ["POST /api/users", "GET /api/users/{id}", "POST /api/compliance/scan"];

    [Fact]
    public async Task OpenApiDocument_EveryOperation_SaysWhatItDoes()
    {
        // A client generated from the document shows each operation's summary; several had none (GET /api/jobs/{id}, publish, close…).
        var unsaid = Operations(await DocumentAsync())
            .Where(o => !o.Operation.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString()))
            .Select(o => o.Key)
            .ToList();
        Assert.True(unsaid.Count == 0, "no summary: " + string.Join("; ", unsaid));
    }

    [Fact]
    public async Task OpenApiDocument_EveryOperation_DeclaresItsKeySuccessAndRefusals()
    {
        var doc = await DocumentAsync();
        var schemes = doc.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal(("apiKey", "header", "X-Api-Key"), Scheme(schemes.GetProperty("apiKey")));
        Assert.Equal(("apiKey", "header", "X-Staff-Key"), Scheme(schemes.GetProperty("staffKey")));
        var problem = Properties(doc, doc.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDetails"));
        Assert.Superset(new HashSet<string> { "status", "title", "detail", "code", "field" }, problem);

        var operations = Operations(doc).ToList();
        Assert.Equal(54, operations.Count);
        foreach (var (key, path, op) in operations)
        {
            var staff = path.StartsWith("/api/staff/", StringComparison.Ordinal);
            var security = op.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).ToArray();
            Assert.True(security.SequenceEqual([staff ? "staffKey" : "apiKey"]), $"{key}: security {string.Join(",", security)}");

            var responses = op.GetProperty("responses");
            var success = responses.EnumerateObject().Where(r => r.Name.StartsWith('2')).Select(r => r.Name).ToArray();
            Assert.True(success.SequenceEqual([Creates.Contains(key) ? "201" : "200"]), $"{key}: success {string.Join(",", success)}");
            Assert.True(responses.GetProperty(success[0]).TryGetProperty("content", out _), $"{key}: no response body declared");

            var actingUser = !staff && !WithoutActingUser.Contains(key);
            Assert.True(actingUser == Parameters(op).Any(p => p.Str("name") == "X-User-Id" && p.Str("in") == "header" && IsRequired(p)),
                $"{key}: X-User-Id required is not {actingUser}");
            var keyed = Parameters(op).Where(p => p.Str("name") == "Idempotency-Key" && p.Str("in") == "header").ToArray();
            Assert.True(Keyed.Contains(key) ? keyed.Length == 1 && !IsRequired(keyed[0]) : keyed.Length == 0, $"{key}: Idempotency-Key declared {keyed.Length} times");
            if (Keyed.Contains(key) && key != "POST /api/jobs")
            {
                // The key sent again with another body (a message's, a job post's: a stage that refuses it).
                AssertProblem(responses, "409", key);
            }

            var jsonBody = op.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/json", out _);
            AssertProblem(responses, "401", key);
            AssertProblem(responses, "503", key);
            if (path.Contains('{') || actingUser)
            {
                AssertProblem(responses, "404", key);
            }

            if (actingUser || op.TryGetProperty("requestBody", out _) || Parameters(op).Any(p => p.Str("in") == "query"))
            {
                AssertProblem(responses, "400", key);
            }

            if (jsonBody)
            {
                AssertProblem(responses, "413", key);
                AssertProblem(responses, "415", key);
            }
        }
    }

    [Fact]
    public async Task OpenApiDocument_NamedOperations_CarryTheirQueryParametersHeadersAndSchemas()
    {
        var doc = await DocumentAsync();
        foreach (var path in new[] { "/api/users/{id}/notifications", "/api/contracts/{id}/messages", "/api/jobs/{id}/proposals/{proposalId}/messages" })
        {
            var query = Query(Operation(doc, "get", path));
            Assert.Equal(["after", "before", "limit"], query.Keys.Order());
            Assert.All(query.Values, p => Assert.Equal("integer", p.GetProperty("schema").Str("type")));
            Assert.Equal(1, query["limit"].GetProperty("schema").GetProperty("minimum").GetInt32());
        }

        var reviews = Query(Operation(doc, "get", "/api/staff/reviews"));
        Assert.Equal(["category", "kind", "limit", "status", "subject"], reviews.Keys.Order());
        Assert.Equal(["open", "decided"], reviews["status"].GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["from", "to"], Query(Operation(doc, "get", "/api/staff/statistics")).Keys.Order());

        var deploy = Operation(doc, "post", "/api/staff/plugins");
        Assert.True(IsRequired(Query(deploy)["name"]));
        var zip = deploy.GetProperty("requestBody").GetProperty("content").GetProperty("application/zip");
        Assert.Equal("binary", zip.GetProperty("schema").Str("format"));

        var decision = Operation(doc, "post", "/api/staff/reviews/{itemId}/decision");
        Assert.Contains(Parameters(decision), p => p.Str("name") == "X-Reviewer-Id" && p.Str("in") == "header" && !IsRequired(p));
        Assert.True(IsRequired(decision.GetProperty("requestBody")));
        Assert.True(IsRequired(Operation(doc, "post", "/api/staff/users/{id}/steps/{number}/lift").GetProperty("requestBody")));
        Assert.True(IsRequired(Query(Operation(doc, "delete", "/api/staff/users/{id}/steps/{number}"))["reason"]));
        Assert.False(IsRequired(Parameters(Operation(doc, "get", "/api/users/{id}")).Single(p => p.Str("name") == "X-User-Id")));

        Assert.Equal("#/components/schemas/UserView", SuccessSchema(doc, "post", "/api/users", "201").Str("$ref"));
        Assert.Equal("#/components/schemas/JobView", SuccessSchema(doc, "get", "/api/jobs/{id}", "200").Str("$ref"));
        Assert.Equal("#/components/schemas/ContractView", SuccessSchema(doc, "post", "/api/contracts/{id}/escrow", "200").Str("$ref"));
        Assert.Equal("#/components/schemas/MessageView", SuccessSchema(doc, "get", "/api/contracts/{id}/messages", "200").GetProperty("items").Str("$ref"));
        Assert.Equal("#/components/schemas/ScanResult", SuccessSchema(doc, "post", "/api/compliance/scan", "200").Str("$ref"));
        Assert.Equal("#/components/schemas/StatisticsAnswer", SuccessSchema(doc, "get", "/api/staff/statistics", "200").Str("$ref"));
        Assert.True(Operation(doc, "get", "/api/staff/statistics.csv").GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/csv", out _));
        Assert.Equal("#/components/schemas/ProblemDetails",
            Operation(doc, "put", "/api/jobs/{id}").GetProperty("responses").GetProperty("409").GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").Str("$ref"));
    }

    [Fact]
    public async Task OpenApiDocument_RequestSchemas_RequireOnlyWhatARequestIsRefusedWithout()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");
        string[] Required(string name) => schemas.GetProperty(name).TryGetProperty("required", out var r) ? r.EnumerateArray().Select(v => v.GetString()!).Order().ToArray() : [];
        Assert.Equal(["displayName", "roles"], Required("RegisterUserRequest"));
        Assert.Equal(["budget", "category", "description", "title"], Required("JobRequest"));
        Assert.Equal(["deliveryDate"], Required("ContractRequest"));
        Assert.Equal(["stars"], Required("RatingRequest"));
        Assert.Equal(["category", "targetId", "targetKind"], Required("ReportBody"));
        Assert.Equal(["decision", "reason"], Required("DecisionBody"));
        Assert.Empty(Required("StepBody"));
        Assert.Empty(Required("UpdateProfileRequest"));
        Assert.Equal(["kind"], Required("ScanRequest"));
        Assert.Equal(["text"], Required("ScanEarlierMessage"));

        // A field a body does not have is refused, so a client generated from the document is told no other is taken.
        foreach (var name in new[] { "RegisterUserRequest", "JobRequest", "BudgetRequest", "ScanRequest", "ScanEarlierMessage", "ScanContext", "DecisionBody", "StepBody" })
        {
            Assert.False(schemas.GetProperty(name).GetProperty("additionalProperties").GetBoolean(), name);
        }
    }

    [Fact]
    public async Task OpenApiDocument_Scan_DescribesWhatTheRealWriteHasBesidesTheText()
    {
        var properties = (await DocumentAsync()).GetProperty("components").GetProperty("schemas").GetProperty("ScanRequest").GetProperty("properties");

        foreach (var name in new[] { "displayName", "profileText", "earlierMessages", "category", "deadline" })
        {
            Assert.True(properties.TryGetProperty(name, out var property), name);
            var description = property.TryGetProperty("description", out var d) ? d.GetString() : null;
            Assert.False(string.IsNullOrWhiteSpace(description), $"{name} has no description");
        }

        Assert.Contains("BudgetRequest", properties.GetProperty("budget").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_ProposalText_SaysAHeldOrBlockedProposalIsNotTheClients()
    {
        var text = (await DocumentAsync()).GetProperty("components").GetProperty("schemas").GetProperty("ProposalView")
            .GetProperty("properties").GetProperty("text").Str("description");

        Assert.DoesNotContain("empty for the client", text);
        Assert.Contains("proposal.not_found", text);
    }

    [Fact]
    public async Task OpenApiDocument_MessageId_SaysNumbersMaySkip()
    {
        var id = (await DocumentAsync()).GetProperty("components").GetProperty("schemas").GetProperty("MessageView")
            .GetProperty("properties").GetProperty("id").Str("description");

        Assert.Contains("never reused", id, StringComparison.Ordinal);
        Assert.Contains("may skip", id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_MatchesWhatTheEndpointsAnswer()
    {
        var doc = await DocumentAsync();
        var s = Guid.NewGuid().ToString("N")[..10];
        var (clientId, workerId, strangerId) = ($"oc-{s}", $"ow-{s}", $"os-{s}");
        var api = host.Client();
        var client = host.Client(clientId);
        var worker = host.Client(workerId);
        var staff = host.Staff();
        async Task<JsonElement> Call(HttpStatusCode status, string method, string path, Task<HttpResponseMessage> sent) =>
            await ConformsAsync(doc, method, path, await sent, status);

        await Call(HttpStatusCode.Created, "post", "/api/users", api.PostAsJsonAsync("/api/users", new { id = clientId, displayName = "山田商店", roles = new[] { "client" } }));
        await Call(HttpStatusCode.Created, "post", "/api/users", api.PostAsJsonAsync("/api/users", new { id = workerId, displayName = "佐藤デザイン", roles = new[] { "worker" } }));
        await Call(HttpStatusCode.Created, "post", "/api/users", api.PostAsJsonAsync("/api/users", new { id = strangerId, displayName = "鈴木", roles = new[] { "worker" } }));
        await Call(HttpStatusCode.Conflict, "post", "/api/users", api.PostAsJsonAsync("/api/users", new { id = clientId, displayName = "山田", roles = new[] { "client" } }));
        await Call(HttpStatusCode.OK, "get", "/api/users/{id}", client.GetAsync($"/api/users/{clientId}"));
        await Call(HttpStatusCode.OK, "get", "/api/users/{id}", worker.GetAsync($"/api/users/{clientId}"));

        var job = (await Call(HttpStatusCode.Created, "post", "/api/jobs", client.PostAsJsonAsync("/api/jobs", Api.Job()))).Str("id");
        await Call(HttpStatusCode.BadRequest, "post", "/api/jobs", api.PostAsJsonAsync("/api/jobs", Api.Job()));
        await Call(HttpStatusCode.NotFound, "post", "/api/jobs", host.Client($"nobody-{s}").PostAsJsonAsync("/api/jobs", Api.Job()));
        await Call(HttpStatusCode.UnsupportedMediaType, "post", "/api/jobs", client.PostAsync("/api/jobs", new StringContent("{}", Encoding.UTF8, "text/plain")));
        await Call(HttpStatusCode.RequestEntityTooLarge, "post", "/api/jobs", client.PostAsync("/api/jobs", new StringContent(new string(' ', 300_000), Encoding.UTF8, "application/json")));
        await Call(HttpStatusCode.OK, "get", "/api/jobs/{id}", worker.GetAsync($"/api/jobs/{job}"));
        await Call(HttpStatusCode.NotFound, "get", "/api/jobs/{id}", worker.GetAsync($"/api/jobs/j-none-{s}"));
        await Call(HttpStatusCode.Unauthorized, "get", "/api/jobs/{id}", host.Client(workerId, apiKey: false).GetAsync($"/api/jobs/{job}"));

        var proposal = (await Call(HttpStatusCode.Created, "post", "/api/jobs/{id}/proposals",
            worker.PostAsJsonAsync($"/api/jobs/{job}/proposals", new { text = "3点で28,000円、5日で納品します。", priceYen = 28000 }))).Str("id");
        await Call(HttpStatusCode.OK, "get", "/api/jobs/{id}/proposals", client.GetAsync($"/api/jobs/{job}/proposals"));
        await Call(HttpStatusCode.OK, "get", "/api/jobs/{id}/proposals/{proposalId}", worker.GetAsync($"/api/jobs/{job}/proposals/{proposal}"));
        await Call(HttpStatusCode.Created, "post", "/api/jobs/{id}/proposals/{proposalId}/messages",
            client.PostAsJsonAsync($"/api/jobs/{job}/proposals/{proposal}/messages", new { text = "ご提案ありがとうございます。" }));
        await Call(HttpStatusCode.OK, "get", "/api/jobs/{id}/proposals/{proposalId}/messages", worker.GetAsync($"/api/jobs/{job}/proposals/{proposal}/messages?limit=1"));
        await Call(HttpStatusCode.BadRequest, "get", "/api/jobs/{id}/proposals/{proposalId}/messages", worker.GetAsync($"/api/jobs/{job}/proposals/{proposal}/messages?limit=x"));
        var contract = (await Call(HttpStatusCode.Created, "post", "/api/jobs/{id}/proposals/{proposalId}/contract",
            client.PostAsJsonAsync($"/api/jobs/{job}/proposals/{proposal}/contract", new { deliveryDate = Dates.DeliveryDate }))).Str("id");

        await Call(HttpStatusCode.OK, "get", "/api/contracts/{id}", worker.GetAsync($"/api/contracts/{contract}"));
        await Call(HttpStatusCode.Forbidden, "get", "/api/contracts/{id}", host.Client(strangerId).GetAsync($"/api/contracts/{contract}"));
        await Call(HttpStatusCode.OK, "post", "/api/contracts/{id}/escrow", client.PostAsync($"/api/contracts/{contract}/escrow", null));
        await Call(HttpStatusCode.Conflict, "post", "/api/contracts/{id}/escrow", client.PostAsync($"/api/contracts/{contract}/escrow", null));
        var message = (await Call(HttpStatusCode.Created, "post", "/api/contracts/{id}/messages",
            worker.PostAsJsonAsync($"/api/contracts/{contract}/messages", new { text = "仮払いを確認しました。本日より着手します。" }))).Str("id");
        await Call(HttpStatusCode.OK, "get", "/api/contracts/{id}/messages", client.GetAsync($"/api/contracts/{contract}/messages?after=0"));
        await Call(HttpStatusCode.OK, "get", "/api/contracts/{id}/messages/{messageId}", client.GetAsync($"/api/contracts/{contract}/messages/{message}"));
        await Call(HttpStatusCode.OK, "get", "/api/contracts/{id}/history", client.GetAsync($"/api/contracts/{contract}/history"));
        await Call(HttpStatusCode.OK, "get", "/api/users/{id}/notifications", worker.GetAsync($"/api/users/{workerId}/notifications?limit=5"));
        await Call(HttpStatusCode.Forbidden, "get", "/api/users/{id}/notifications", client.GetAsync($"/api/users/{workerId}/notifications"));

        var report = (await Call(HttpStatusCode.Created, "post", "/api/reports",
            client.PostAsJsonAsync("/api/reports", new { targetKind = "user", targetId = strangerId, category = "mlm" }))).Str("id");
        await Call(HttpStatusCode.OK, "get", "/api/reports/{id}", client.GetAsync($"/api/reports/{report}"));
        await Call(HttpStatusCode.Created, "post", "/api/reports", client.SendAsync(WithKey(HttpMethod.Post, "/api/reports", new { targetKind = "user", targetId = strangerId, category = "mlm" }, "r-1")));
        await Call(HttpStatusCode.Conflict, "post", "/api/reports", client.SendAsync(WithKey(HttpMethod.Post, "/api/reports", new { targetKind = "user", targetId = strangerId, category = "other_illegal" }, "r-1")));
        await Call(HttpStatusCode.OK, "post", "/api/compliance/scan", api.PostAsJsonAsync("/api/compliance/scan", new { kind = "message", text = "よろしくお願いします。" }));

        await Call(HttpStatusCode.OK, "get", "/api/staff/plugins", staff.GetAsync("/api/staff/plugins"));
        await Call(HttpStatusCode.Unauthorized, "get", "/api/staff/plugins", api.GetAsync("/api/staff/plugins"));
        using var emptyZip = new ByteArrayContent([]);
        emptyZip.Headers.ContentType = new("application/zip");
        await Call(HttpStatusCode.BadRequest, "post", "/api/staff/plugins", staff.PostAsync("/api/staff/plugins?name=Empty", emptyZip));
        await Call(HttpStatusCode.UnsupportedMediaType, "post", "/api/staff/plugins", staff.PostAsync("/api/staff/plugins?name=Text", new StringContent("zip")));
        await Call(HttpStatusCode.OK, "get", "/api/staff/plugins/rejected", staff.GetAsync("/api/staff/plugins/rejected"));
        await Call(HttpStatusCode.NotFound, "delete", "/api/staff/plugins/{name}", staff.DeleteAsync("/api/staff/plugins/no-such-check"));
        await Call(HttpStatusCode.OK, "get", "/api/staff/reviews", staff.GetAsync($"/api/staff/reviews?subject={strangerId}"));
        await Call(HttpStatusCode.BadRequest, "get", "/api/staff/reviews", staff.GetAsync("/api/staff/reviews?status=x"));
        await Call(HttpStatusCode.OK, "get", "/api/staff/users/{id}", staff.GetAsync($"/api/staff/users/{strangerId}"));
        await Call(HttpStatusCode.Created, "post", "/api/staff/users/{id}/steps",
            staff.PostAsJsonAsync($"/api/staff/users/{strangerId}/steps", new { step = "warning", code = "tos.minor", reason = "規約に沿ってご利用ください。" }));
        await Call(HttpStatusCode.OK, "get", "/api/staff/users/{id}/steps/{number}", staff.GetAsync($"/api/staff/users/{strangerId}/steps/1"));
        await Call(HttpStatusCode.OK, "delete", "/api/staff/users/{id}/steps/{number}", staff.DeleteAsync($"/api/staff/users/{strangerId}/steps/1?reason=解除します。"));
        await Call(HttpStatusCode.Conflict, "post", "/api/staff/users/{id}/steps/{number}/lift", staff.PostAsJsonAsync($"/api/staff/users/{strangerId}/steps/1/lift", new { reason = "解除します。" }));
        await Call(HttpStatusCode.OK, "get", "/api/staff/statistics", staff.GetAsync("/api/staff/statistics?from=2026-01&to=2026-02"));
        await Call(HttpStatusCode.OK, "get", "/api/staff/statistics.csv", staff.GetAsync("/api/staff/statistics.csv"));
        await Call(HttpStatusCode.BadRequest, "get", "/api/staff/statistics.html", staff.GetAsync("/api/staff/statistics.html?from=2026-13"));
        await Call(HttpStatusCode.OK, "get", "/api/staff/contracts/{id}/facts", staff.GetAsync($"/api/staff/contracts/{contract}/facts"));
        await Call(HttpStatusCode.OK, "get", "/api/staff/contracts/{id}/facts.html", staff.GetAsync($"/api/staff/contracts/{contract}/facts.html"));
        await Call(HttpStatusCode.OK, "get", "/api/staff/audit/{kind}/{id}", staff.GetAsync($"/api/staff/audit/jobs/{job}"));
    }

    /// <summary>
    /// Asserts the answer's status is one the document declares for the operation, with the answer's media type, and
    /// that every property of a JSON answer (nested objects and the first item of arrays too) is in the declared schema.
    /// </summary>
    private static async Task<JsonElement> ConformsAsync(JsonElement doc, string method, string path, HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        var status = ((int)response.StatusCode).ToString();
        Assert.True(response.StatusCode == expected, $"{method} {path}: expected {(int)expected}, got {status}: {text}");
        Assert.True(Operation(doc, method, path).GetProperty("responses").TryGetProperty(status, out var declared), $"{method} {path}: {status} not in the document");
        var media = response.Content.Headers.ContentType!.MediaType!;
        Assert.True(declared.GetProperty("content").TryGetProperty(media, out var content), $"{method} {path} {status}: {media} not declared");
        if (!media.EndsWith("json", StringComparison.Ordinal))
        {
            return default;
        }

        var body = JsonDocument.Parse(text).RootElement.Clone();
        AssertDeclared(doc, content.GetProperty("schema"), body, $"{method} {path} {status}");
        return body;
    }

    private static void AssertDeclared(JsonElement doc, JsonElement schema, JsonElement value, string where)
    {
        schema = Resolve(doc, schema);
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items) && value.GetArrayLength() > 0)
        {
            AssertDeclared(doc, items, value[0], where + "[0]");
        }
        else if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in value.EnumerateObject())
            {
                Assert.True(properties.TryGetProperty(property.Name, out var declared), $"{where}: `{property.Name}` is not in the schema");
                AssertDeclared(doc, declared, property.Value, $"{where}.{property.Name}");
            }
        }
    }

    private static JsonElement Resolve(JsonElement doc, JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return doc.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!["#/components/schemas/".Length..]);
        }

        return schema.TryGetProperty("oneOf", out var choices)
            ? Resolve(doc, choices.EnumerateArray().First(c => !(c.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null")))
            : schema;
    }

    private static HashSet<string> Properties(JsonElement doc, JsonElement schema) =>
        Resolve(doc, schema).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();

    private static void AssertProblem(JsonElement responses, string status, string key)
    {
        Assert.True(responses.TryGetProperty(status, out var response), $"{key}: no {status}");
        Assert.True(response.GetProperty("content").TryGetProperty("application/problem+json", out var problem), $"{key}: {status} is not problem+json");
        Assert.Equal("#/components/schemas/ProblemDetails", problem.GetProperty("schema").Str("$ref"));
    }

    private static HttpRequestMessage WithKey(HttpMethod method, string path, object body, string key)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private static (string Type, string In, string Name) Scheme(JsonElement scheme) => (scheme.Str("type"), scheme.Str("in"), scheme.Str("name"));

    private static IEnumerable<(string Key, string Path, JsonElement Operation)> Operations(JsonElement doc) =>
        doc.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Select(op => ($"{op.Name.ToUpperInvariant()} {path.Name}", path.Name, op.Value)));

    private static JsonElement Operation(JsonElement doc, string method, string path) => doc.GetProperty("paths").GetProperty(path).GetProperty(method);

    private static IEnumerable<JsonElement> Parameters(JsonElement op) =>
        op.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : [];

    private static bool IsRequired(JsonElement e) => e.TryGetProperty("required", out var required) && required.GetBoolean();

    private static Dictionary<string, JsonElement> Query(JsonElement op) =>
        Parameters(op).Where(p => p.Str("in") == "query").ToDictionary(p => p.Str("name"));

    private static JsonElement SuccessSchema(JsonElement doc, string method, string path, string status) =>
        Operation(doc, method, path).GetProperty("responses").GetProperty(status).GetProperty("content").GetProperty("application/json").GetProperty("schema");

    private Task<JsonElement> DocumentAsync() => host.Client(apiKey: false).GetJsonAsync("/openapi/v1.json");
}
