using System.Net;
using System.Net.Http.Json;

namespace Platform.Gateway.Tests;

/// <summary>The dry-run scan, with the built-in checks a marketplace deploys (contact, content, job advice).</summary>
public sealed class ScanApiTests(ScanChecksHost shared) : IClassFixture<ScanChecksHost>
{
    private readonly HostFixture _host = shared.Host;

    [Fact]
    public async Task Scan_PhoneNumberBeforeEscrow_BlocksWithEvidenceOnWhatWasWritten()
    {
        const string text = "急ぎの時はこちらへ ０９０ー１２３４ー５６７８ お電話ください";
        var result = await _host.Client().PostJsonAsync("/api/compliance/scan",
            new { id = "t1", kind = "message", text, context = new { stage = "pre_contract", disclosure = "none", sender = "worker" } });

        Assert.Equal("t1", result.Str("id"));
        Assert.Equal("block", result.Str("decision"));
        Assert.Equal(["off_platform_contact"], result.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        var evidence = result.GetProperty("findings")[0].GetProperty("evidence")[0];
        var start = evidence.GetProperty("start").GetInt32();
        var length = evidence.GetProperty("length").GetInt32();
        Assert.Equal(evidence.Str("excerpt"), text.Substring(start, length));
        Assert.Contains("１２３４", evidence.Str("excerpt"));
    }

    [Theory]
    [InlineData("escrow_funded", "none", "hold")]
    [InlineData("escrow_funded", "approved", "allow")]
    [InlineData("delivered", "revoked", "block")]
    public async Task Scan_SameContactAfterEscrow_DependsOnDisclosure(string stage, string disclosure, string decision)
    {
        var result = await _host.Client().PostJsonAsync("/api/compliance/scan",
            new { kind = "message", text = "今後のご連絡はこちらのメールへ sato.design@example.jp", context = new { stage, disclosure, sender = "worker" } });
        Assert.Equal(decision, result.Str("decision"));
    }

    [Fact]
    public async Task Scan_CleanProposal_AllowsAndRecordsNothing()
    {
        var result = await _host.Client().PostJsonAsync("/api/compliance/scan",
            new { kind = "proposal", text = "議事録作成を月40本担当しています。1本6,000円、翌日17時までに納品します。" });
        Assert.Equal("allow", result.Str("decision"));
        Assert.Empty(result.GetProperty("labels").EnumerateArray());
        var plugins = await _host.Staff().GetJsonAsync("/api/staff/plugins");
        Assert.Contains(plugins.EnumerateArray(), p => p.Str("name") == "contact-details");
    }

    [Theory]
    [InlineData("{\"kind\":\"tweet\",\"text\":\"a\"}", "kind")]
    [InlineData("{\"kind\":\"message\",\"text\":\" \"}", "text")]
    [InlineData("{\"kind\":\"message\",\"text\":\"a\",\"context\":{\"stage\":\"paid\"}}", "context.stage")]
    [InlineData("{\"kind\":\"message\",\"text\":\"a\",\"context\":{\"disclosure\":\"maybe\"}}", "context.disclosure")]
    [InlineData("{\"kind\":\"message\",\"text\":\"a\",\"context\":{\"sender\":\"bot\"}}", "context.sender")]
    public async Task Scan_InvalidItem_Is400NamingTheField(string json, string field)
    {
        var response = await _host.Client().PostAsync("/api/compliance/scan", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, problemCode: null);
        Assert.Equal(field, problem.Str("field"));
    }
}
