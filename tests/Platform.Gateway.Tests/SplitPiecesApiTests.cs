using System.Net;
using System.Text.Json;

namespace Platform.Gateway.Tests;

/// <summary>
/// What happens around a contact detail split over a sender's texts, over real HTTP: the earlier pieces are pulled back
/// from the recipient into review, and the proposal (its text and its thread) continues into the contract.
/// </summary>
[Collection(TrustHostCollection.Name)]
public sealed class SplitPiecesApiTests(TrustHostFixture host)
{
    private const string PlainProposal = "構成案を2案お出しします。修正2回込みで28,000円、5日で納品します。";

    [Fact]
    public async Task SendProposalMessage_SplitNumberBlocked_EarlierPiecesHiddenFromClientAndQueued()
    {
        var (client, worker, job, proposal) = await ProposedAsync(PlainProposal);
        var path = $"/api/jobs/{job}/proposals/{proposal}/messages";
        var first = await host.Client(worker).PostJsonAsync(path, new { text = "連絡は070の" }, HttpStatusCode.Created);
        var second = await host.Client(worker).PostJsonAsync(path, new { text = "2468の" }, HttpStatusCode.Created);
        Assert.Equal(("delivered", "delivered"), (first.Str("status"), second.Str("status")));

        var third = await host.Client(worker).PostJsonAsync(path, new { text = "1357でお願いします" }, HttpStatusCode.Created);

        Assert.Equal("blocked", third.Str("status"));
        Assert.Empty((await host.Client(client).GetJsonAsync(path)).EnumerateArray());
        var own = (await host.Client(worker).GetJsonAsync(path)).EnumerateArray().ToDictionary(m => m.Str("id"));
        foreach (var (piece, excerpt) in new[] { (first, "070"), (second, "2468") })
        {
            var mine = own[piece.Str("id")];
            Assert.Equal("held", mine.Str("status"));
            var finding = Split(mine);
            Assert.Contains(finding.GetProperty("evidence").EnumerateArray(), e => e.Str("field") == "text" && e.Str("excerpt").StartsWith(excerpt, StringComparison.Ordinal));
            Assert.Contains(finding.GetProperty("evidence").EnumerateArray(), e => e.Str("field") == $"message:{third.Str("id")}" && e.Str("excerpt") == "1357");
            Assert.False(string.IsNullOrWhiteSpace(finding.Str("reasonJa")));
        }

        var queue = await host.Staff().GetJsonAsync("/api/staff/reviews?status=open");
        Assert.NotNull(TrustApi.Item(queue, $"held-job-{job}-{first.Str("id")}"));
        Assert.NotNull(TrustApi.Item(queue, $"held-job-{job}-{second.Str("id")}"));
    }

    [Fact]
    public async Task SendMessage_SplitNumberHeldAfterEscrow_EarlierPiecesHiddenFromClientAndQueued()
    {
        var (client, worker, _, contract) = await TrustApi.FundedAsync(host);
        var path = $"/api/contracts/{contract}/messages";
        var first = await host.Client(worker).PostJsonAsync(path, new { text = "夜でしたら080の" }, HttpStatusCode.Created);
        var second = await host.Client(worker).PostJsonAsync(path, new { text = "3141の" }, HttpStatusCode.Created);

        var third = await host.Client(worker).PostJsonAsync(path, new { text = "5926に電話ください" }, HttpStatusCode.Created);

        Assert.Equal("held", third.Str("status"));
        Assert.Empty((await host.Client(client).GetJsonAsync(path)).EnumerateArray());
        var own = (await host.Client(worker).GetJsonAsync(path)).EnumerateArray().ToDictionary(m => m.Str("id"), m => m.Str("status"));
        Assert.Equal(("held", "held"), (own[first.Str("id")], own[second.Str("id")]));
        var queue = await host.Staff().GetJsonAsync("/api/staff/reviews?status=open");
        Assert.NotNull(TrustApi.Item(queue, $"held-contract-{contract}-{first.Str("id")}"));
        Assert.NotNull(TrustApi.Item(queue, $"held-contract-{contract}-{second.Str("id")}"));

        // Released by a reviewer, a piece reaches the client again.
        await host.Staff().PostJsonAsync($"/api/staff/reviews/held-contract-{contract}-{first.Str("id")}/decision", new { decision = "approve", reason = "業務上の番号と確認しました。" });
        Assert.Contains((await host.Client(client).GetJsonAsync(path)).EnumerateArray(), m => m.Str("id") == first.Str("id"));
    }

    [Fact]
    public async Task SendMessage_NumberBegunInProposalThreadEndedInContract_BlockedAndPieceHidden()
    {
        var (client, worker, job, proposal) = await ProposedAsync(PlainProposal);
        var thread = $"/api/jobs/{job}/proposals/{proposal}/messages";
        var begun = await host.Client(worker).PostJsonAsync(thread, new { text = "お急ぎの際は 080-2718" }, HttpStatusCode.Created);
        Assert.Equal("delivered", begun.Str("status"));
        var contract = await AwardAsync(client, job, proposal);

        var sent = await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/messages", new { text = "-2818 へどうぞ" }, HttpStatusCode.Created);

        Assert.Equal("blocked", sent.Str("status"));
        Assert.Contains(Split(sent).GetProperty("evidence").EnumerateArray(), e => e.Str("field") == $"message:{begun.Str("id")}");
        Assert.Empty((await host.Client(client).GetJsonAsync(thread)).EnumerateArray());
        var piece = Split((await host.Client(worker).GetJsonAsync(thread)).EnumerateArray().Single());
        Assert.Contains(piece.GetProperty("evidence").EnumerateArray(), e => e.Str("field") == $"contract:{contract}:{sent.Str("id")}");
        Assert.NotNull(TrustApi.Item(await host.Staff().GetJsonAsync("/api/staff/reviews?status=open"), $"held-job-{job}-{begun.Str("id")}"));
    }

    [Fact]
    public async Task SendProposalMessage_NumberBegunInProposalText_BlockedAndProposalPulledBack()
    {
        var (client, worker, job, proposal) = await ProposedAsync("ロゴ3案で30,000円です。お急ぎの場合は 070-9182");
        var path = $"/api/jobs/{job}/proposals/{proposal}/messages";

        var sent = await host.Client(worker).PostJsonAsync(path, new { text = "-7364 までお電話を" }, HttpStatusCode.Created);

        Assert.Equal("blocked", sent.Str("status"));
        Assert.Contains(Split(sent).GetProperty("evidence").EnumerateArray(), e => e.Str("field") == $"message:{proposal}");
        Assert.DoesNotContain((await host.Client(client).GetJsonAsync($"/api/jobs/{job}/proposals")).EnumerateArray(), p => p.Str("id") == proposal);
        Assert.NotNull(TrustApi.Item(await host.Staff().GetJsonAsync("/api/staff/reviews?status=open"), $"held-job-{job}-{proposal}"));
    }

    [Fact]
    public async Task SendMessage_PricesAcrossProposalAndContract_DeliveredAndNothingPulledBack()
    {
        var (client, worker, job, proposal) = await ProposedAsync("バナー3点、1点あたり9,000");
        var thread = $"/api/jobs/{job}/proposals/{proposal}/messages";
        await host.Client(worker).PostJsonAsync(thread, new { text = "修正は2回まで、納品は5営業日後の" }, HttpStatusCode.Created);
        var contract = await AwardAsync(client, job, proposal);

        var sent = await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/messages", new { text = "12月15日を予定しています" }, HttpStatusCode.Created);

        Assert.Equal("delivered", sent.Str("status"));
        Assert.Single((await host.Client(client).GetJsonAsync(thread)).EnumerateArray());
        Assert.Contains((await host.Client(client).GetJsonAsync($"/api/jobs/{job}/proposals")).EnumerateArray(), p => p.Str("id") == proposal);
    }

    private static JsonElement Split(JsonElement message) =>
        message.GetProperty("verdict").GetProperty("findings").EnumerateArray().Single(f => f.Str("code") == "contact.split");

    private async Task<(string Client, string Worker, string Job, string Proposal)> ProposedAsync(string proposalText)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var (client, worker) = ($"cl-{suffix}", $"wk-{suffix}");
        await host.Client().PostJsonAsync("/api/users", new { id = client, displayName = "山田商店", roles = new[] { "client" } }, HttpStatusCode.Created);
        await host.Client().PostJsonAsync("/api/users", new { id = worker, displayName = "佐藤デザイン", roles = new[] { "worker" } }, HttpStatusCode.Created);
        var job = (await host.Client(client).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        var proposal = await host.Client(worker).PostJsonAsync($"/api/jobs/{job}/proposals", new { text = proposalText, priceYen = 28000 }, HttpStatusCode.Created);
        Assert.Equal("delivered", proposal.Str("status"));
        return (client, worker, job, proposal.Str("id"));
    }

    private async Task<string> AwardAsync(string client, string job, string proposal) =>
        (await host.Client(client).PostJsonAsync($"/api/jobs/{job}/proposals/{proposal}/contract", new { deliveryDate = Dates.DeliveryDate }, HttpStatusCode.Created)).Str("id");
}
