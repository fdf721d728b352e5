using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Gateway.Tests;

/// <summary>
/// The end of a contract over real HTTP: who may cancel after escrow, what a cancellation closes (a pending disclosure
/// request, a nudge), a nudge answered only by a message that arrives, and a non-party refused before any state is read.
/// </summary>
[Collection(TrustHostCollection.Name)]
public sealed class ContractEndingApiTests(TrustHostFixture host)
{
    [Fact]
    public async Task Cancellation_AfterEscrow_ClientPointedToTermination_WorkerCancelsAndPendingDisclosureCloses()
    {
        var (client, worker, _, contract) = await TrustApi.FundedAsync(host);
        var key = (await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/disclosure", null)).GetProperty("disclosureRequest").Str("reviewItemId");
        await TrustApi.EventuallyAsync(host.Staff(), "/api/staff/reviews?status=open&kind=disclosure", l => TrustApi.Item(l, key) is not null);

        var refusal = await (await host.Client(client).PostAsJsonAsync($"/api/contracts/{contract}/cancellation", new { reason = "予算の都合" }))
            .ProblemAsync(HttpStatusCode.Conflict, "contract.cancel_after_escrow");
        Assert.Contains("契約途中終了リクエスト", refusal.Str("detail"));
        Assert.Equal("escrow_funded", (await host.Client(client).GetJsonAsync($"/api/contracts/{contract}")).Str("stage"));

        var cancelled = await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/cancellation", new { reason = "体調不良のため作業できなくなりました" });

        Assert.Equal(("cancelled", "withdrawn"), (cancelled.Str("stage"), cancelled.Str("disclosure")));
        await (await host.Staff().PostAsJsonAsync($"/api/staff/reviews/{key}/decision", new { decision = "approve", reason = "問題ありません。" }))
            .ProblemAsync(HttpStatusCode.Conflict, "review.already_decided");
        var item = await host.Staff().GetJsonAsync($"/api/staff/reviews/{key}");
        Assert.Equal(("rejected", "platform"), (item.Str("status"), item.Str("decidedBy")));
        Assert.Equal("withdrawn", (await host.Client(client).GetJsonAsync($"/api/contracts/{contract}")).Str("disclosure"));
        var notices = await TrustApi.EventuallyAsync(host.Client(client), $"/api/users/{client}/notifications",
            l => Types(l).Contains("contract_cancelled") && Types(l).Contains("disclosure_withdrawn"));
        Assert.Contains(notices.EnumerateArray(), n => n.Str("type") == "contract_cancelled" && n.Str("messageJa").Contains("佐藤デザイン") && n.Str("messageJa").Contains("返金"));
        Assert.DoesNotContain("disclosure_approved", Types(notices));
    }

    [Fact]
    public async Task Nudge_HeldAnswerDoesNotEndIt_CancellationStopsIt()
    {
        var (client, worker, _, contract) = await TrustApi.FundedAsync(host);
        await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/nudge", null);

        var held = await host.Client(client).PostJsonAsync($"/api/contracts/{contract}/messages", new { text = "私の電話は090-2222-3333です" }, HttpStatusCode.Created);

        Assert.Equal("held", held.Str("status"));
        Assert.Equal("active", (await host.Client(worker).GetJsonAsync($"/api/contracts/{contract}")).GetProperty("nudge").Str("status"));

        var cancelled = await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/cancellation", new { reason = "連絡が取れないため" });

        Assert.Equal(("cancelled", "stopped"), (cancelled.Str("stage"), cancelled.GetProperty("nudge").Str("status")));
        var notices = await TrustApi.EventuallyAsync(host.Client(worker), $"/api/users/{worker}/notifications", l => Types(l).Contains("nudge_stopped"));
        Assert.DoesNotContain("nudge_answered", Types(notices));
    }

    [Fact]
    public async Task Termination_NonParty_Is403WhetherOrNotARequestIsPending()
    {
        var (client, worker, _, contract) = await TrustApi.FundedAsync(host);
        var stranger = $"st-{Guid.NewGuid():N}"[..16];
        await host.Client().PostJsonAsync("/api/users", new { id = stranger, displayName = "第三者", roles = new[] { "worker" } }, HttpStatusCode.Created);
        await (await host.Client(stranger).PostAsJsonAsync($"/api/contracts/{contract}/termination/response", new { accept = true }))
            .ProblemAsync(HttpStatusCode.Forbidden, "contract.not_a_party");

        await host.Client(client).PostJsonAsync($"/api/contracts/{contract}/termination", new { reason = "プロジェクトが中止になりました" });

        await (await host.Client(stranger).PostAsJsonAsync($"/api/contracts/{contract}/termination", new { reason = "終了したい" }))
            .ProblemAsync(HttpStatusCode.Forbidden, "contract.not_a_party");
        var notices = await TrustApi.EventuallyAsync(host.Client(worker), $"/api/users/{worker}/notifications", l => Types(l).Contains("termination_requested"));
        Assert.Contains(notices.EnumerateArray(), n => n.Str("type") == "termination_requested" && n.Str("messageJa").Contains("山田商店") && n.Str("relatedId") == contract);
    }

    [Fact]
    public async Task Contract_SameProposalTwice_SaysItIsContracted()
    {
        var (client, _, job, contract) = await TrustApi.FundedAsync(host);

        var again = await (await host.Client(client).PostAsJsonAsync($"/api/jobs/{job}/proposals/p1/contract", new { deliveryDate = Dates.DeliveryDate }))
            .ProblemAsync(HttpStatusCode.Conflict, "proposal.contracted");

        Assert.Equal($"この提案は既に契約済みです（契約 {contract}）。", again.Str("detail"));
        var close = await (await host.Client(client).PostAsync($"/api/jobs/{job}/close", null)).ProblemAsync(HttpStatusCode.Conflict, "job.not_closable");
        Assert.StartsWith("この募集は既に終了しています。", close.Str("detail"));
    }

    private static string[] Types(JsonElement notifications) => notifications.EnumerateArray().Select(n => n.Str("type")).ToArray();
}
