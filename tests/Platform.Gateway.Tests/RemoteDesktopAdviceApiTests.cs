using System.Net;

namespace Platform.Gateway.Tests;

/// <summary>
/// A request to operate the other party's PC remotely is allowed with advice (corpus format: "the client is advised of
/// the risk"): the party whose PC it is reads the advice on the message or proposal, not only its writer.
/// </summary>
[Collection(TrustHostCollection.Name)]
public sealed class RemoteDesktopAdviceApiTests(TrustHostFixture host)
{
    private const string AskForRemoteControl = "設定作業はAnyDeskでそちらのパソコンを遠隔操作させていただければすぐ終わります。アクセスIDを教えていただけますか？";

    [Fact]
    public async Task WorkerAsksToOperateTheClientsPc_ClientReadsTheRiskAdviceOnTheMessage()
    {
        var (client, worker, _, contract) = await TrustApi.FundedAsync(host);
        var messages = $"/api/contracts/{contract}/messages";
        var sent = await host.Client(worker).PostJsonAsync(messages, new { text = AskForRemoteControl }, HttpStatusCode.Created);
        var plain = await host.Client(worker).PostJsonAsync(messages, new { text = "本日から作業に入ります。" }, HttpStatusCode.Created);
        Assert.Equal(("delivered", "advise"), (sent.Str("status"), sent.GetProperty("verdict").Str("decision")));

        var read = (await host.Client(client).GetJsonAsync(messages)).EnumerateArray().ToDictionary(m => m.Str("id"), m => m.GetProperty("verdict"));

        AssertRiskAdvice(read[sent.Str("id")]);
        Assert.Equal("allow", read[plain.Str("id")].Str("decision"));
    }

    [Fact]
    public async Task ProposalAsksToOperateTheClientsPc_ClientReadsTheRiskAdviceOnTheProposal()
    {
        var (client, worker, job, _) = await TrustApi.FundedAsync(host);
        var other = (await host.Client(client).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        var proposal = await host.Client(worker).PostJsonAsync($"/api/jobs/{other}/proposals", new { text = AskForRemoteControl, priceYen = 20000 }, HttpStatusCode.Created);
        Assert.Equal(("delivered", "advise"), (proposal.Str("status"), proposal.GetProperty("verdict").Str("decision")));

        AssertRiskAdvice((await host.Client(client).GetJsonAsync($"/api/jobs/{other}/proposals/{proposal.Str("id")}")).GetProperty("verdict"));
        Assert.NotEqual(job, other);
    }

    private static void AssertRiskAdvice(System.Text.Json.JsonElement verdict)
    {
        Assert.Equal("advise", verdict.Str("decision"));
        var advice = Assert.Single(verdict.GetProperty("findings").EnumerateArray());
        Assert.Equal(("remote_desktop", 0.0), (advice.Str("category"), advice.GetProperty("score").GetDouble()));
        Assert.Contains("リスク", advice.Str("reasonJa"));
    }
}
