using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Platform.Gateway.Tests;

/// <summary>
/// A refusal names what it refused, but shows at most 64 characters of a value the request sent (an id in the path, a
/// category, a role, a header's value) and then 「…」: an answer does not grow with its request.
/// </summary>
[Collection(HostCollection.Name)]
public sealed partial class EchoedInputApiTests(HostFixture host)
{
    private static readonly string Long = new('a', 3000);

    [Fact]
    public async Task EveryPathParameterOfThreeThousandCharacters_IsShownAtMost64Characters_InEveryRefusal()
    {
        var (clientId, _, jobId, contractId) = await Api.ContractAsync(host);
        var document = await host.Client(apiKey: false).GetJsonAsync("/openapi/v1.json");
        var everyKey = host.Client(clientId);
        everyKey.DefaultRequestHeaders.Add("X-Staff-Key", HostFixture.StaffKey);
        var known = new Dictionary<string, string> { ["proposalId"] = "p1", ["kind"] = "users", ["number"] = "1", ["name"] = "nothing" };
        var refusals = 0;

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var parameters = PathParameter().Matches(path.Name).Select(m => m.Groups[1].Value).ToList();
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete"))
            {
                foreach (var parameter in parameters)
                {
                    var url = PathParameter().Replace(path.Name, m => m.Groups[1].Value == parameter
                        ? Long
                        : m.Groups[1].Value == "id" ? (path.Name.StartsWith("/api/contracts", StringComparison.Ordinal) ? contractId : path.Name.StartsWith("/api/jobs", StringComparison.Ordinal) ? jobId : clientId)
                        : known.GetValueOrDefault(m.Groups[1].Value, "x"));
                    using var request = new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()), url);
                    if (operation.Name is "post" or "put")
                    {
                        request.Content = JsonContent.Create(new { });
                    }

                    var response = await everyKey.SendAsync(request);
                    if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    {
                        continue;
                    }

                    refusals++;
                    var body = await response.Content.ReadAsStringAsync();
                    Assert.True(body.Length < 1000, $"{operation.Name} {path.Name} with a {parameter} of 3,000 characters: {body.Length} characters answered: {body[..Math.Min(300, body.Length)]}");
                    Assert.DoesNotContain(new string('a', 65), body);
                }
            }
        }

        Assert.True(refusals > 30, $"only {refusals} refusals");
        var item = await (await host.Staff().GetAsync($"/api/staff/reviews/{Long}")).ProblemAsync(HttpStatusCode.NotFound, "review.not_found");
        Assert.Contains($"「{new string('a', 64)}…」", item.Str("detail"));
    }

    [Fact]
    public async Task ALongCategoryRoleOrCharset_IsShownAtMost64Characters_TheFieldStillNamed()
    {
        var (clientId, _) = await Api.RegisterPairAsync(host);
        var job = await (await host.Client(clientId).PostAsJsonAsync("/api/jobs", new
        {
            title = "ECサイトのバナー制作", description = "新商品のバナーを3点お願いします。", category = Long,
            budget = new { kind = "fixed", amountYen = 30000 },
        })).ProblemAsync(HttpStatusCode.BadRequest, "job.unknown_category");
        Assert.Equal("category", job.Str("field"));
        Assert.Contains($"「{new string('a', 64)}…」", job.Str("detail"));

        var scan = await (await host.Client().PostAsJsonAsync("/api/compliance/scan", new { kind = "job", title = "バナー制作", text = "バナー3点", category = Long }))
            .ProblemAsync(HttpStatusCode.BadRequest, "job.unknown_category");
        Assert.Equal("category", scan.Str("field"));

        var role = await (await host.Client().PostAsJsonAsync("/api/users", new { id = $"u-{Guid.NewGuid():N}", displayName = "佐藤", roles = new[] { Long } }))
            .ProblemAsync(HttpStatusCode.BadRequest, "user.unknown_role");
        Assert.Equal("roles", role.Str("field"));

        var body = new StringContent("{\"id\":\"x\"}", Encoding.UTF8);
        body.Headers.Remove("Content-Type");
        body.Headers.TryAddWithoutValidation("Content-Type", $"application/json; charset={Long}");
        var charset = await (await host.Client().PostAsync("/api/users", body)).ProblemAsync(HttpStatusCode.UnsupportedMediaType, "request.content_type");
        Assert.Equal("Content-Type", charset.Str("field"));

        foreach (var problem in new[] { job, scan, role, charset })
        {
            Assert.True(problem.GetRawText().Length < 1000, problem.GetRawText()[..Math.Min(300, problem.GetRawText().Length)]);
            Assert.DoesNotContain(new string('a', 65), problem.Str("detail"));
        }
    }

    [GeneratedRegex(@"\{(\w+)(?::[^}]*)?\}")]
    private static partial Regex PathParameter();
}
