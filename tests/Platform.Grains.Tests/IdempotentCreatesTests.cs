using Platform.Abstractions.Common;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Reviews;
using Platform.Abstractions.Users;

namespace Platform.Grains.Tests;

/// <summary>
/// Proposals, messages, job posts, deliveries, reports and ladder steps under an <c>Idempotency-Key</c>: the same request again answers what
/// the first created and creates nothing; the key with another request is refused (409 <c>request.idempotency_key_reused</c>,
/// naming the header) and changes nothing; without a key nothing changes.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class IdempotentCreatesTests(ClusterFixture fixture)
{
    private const string Text = "実績多数です。3点で28,000円、5日で納品します。";

    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task ProposeAsync_SameKeyAgain_SameProposalNothingProposed_OtherWorkersKeyIsTheirs()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var (_, otherWorkerId) = await Deal.RegisterPairAsync(Grains);
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        await job.CreateAsync(clientId, Deal.Draft(), publish: true);

        var first = await job.ProposeAsync(workerId, Text, 28_000, "k-1");
        var retry = await job.ProposeAsync(workerId, Text, 28_000, "k-1");
        var other = await job.ProposeAsync(otherWorkerId, Text, 28_000, "k-1");

        Assert.Equal(Shown(first), Shown(retry));
        Assert.NotEqual(first.Id, other.Id);
        Assert.Equal([first.Id, other.Id], (await job.GetProposalsAsync(clientId)).Select(p => p.Id));
        // Without the key (or under another one) it is a second proposal: refused as before.
        var again = await Assert.ThrowsAsync<PlatformException>(() => job.ProposeAsync(workerId, Text, 28_000));
        Assert.Equal("proposal.already_submitted", again.Code);
        Assert.Equal("proposal.already_submitted", (await Assert.ThrowsAsync<PlatformException>(() => job.ProposeAsync(workerId, Text, 28_000, "k-2"))).Code);
    }

    [Theory]
    [InlineData("他の文面です。", 28_000)]
    [InlineData(Text, 27_000)]
    public async Task ProposeAsync_SameKeyOtherTextOrPrice_RefusedNamingTheHeader(string text, long price)
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        await job.CreateAsync(clientId, Deal.Draft(), publish: true);
        var first = await job.ProposeAsync(workerId, Text, 28_000, "k-1");

        var reused = await Assert.ThrowsAsync<PlatformException>(() => job.ProposeAsync(workerId, text, price, "k-1"));

        Assert.Equal(("conflict", "request.idempotency_key_reused", "Idempotency-Key"), (reused.Kind, reused.Code, reused.Field));
        Assert.Equal([Shown(first)], (await job.GetProposalsAsync(workerId)).Select(Shown));
    }

    [Fact]
    public async Task ProposeAsync_RetryAfterTheContractAndAfterReactivation_AnswersTheProposal_KeyForgottenAfter24Hours()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        await job.CreateAsync(clientId, Deal.Draft(), publish: true);
        var first = await job.ProposeAsync(workerId, Text, 28_000, "k-1");
        await job.AwardAsync(clientId, new AwardContract(first.Id, null, DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime).AddDays(30)));
        await fixture.Cluster.DeactivateAsync(job);

        Assert.Equal(Shown(first), Shown(await job.ProposeAsync(workerId, Text, 28_000, "k-1")));

        fixture.Clock.Advance(TimeSpan.FromHours(24));
        Assert.Equal("job.not_open", (await Assert.ThrowsAsync<PlatformException>(() => job.ProposeAsync(workerId, Text, 28_000, "k-1"))).Code);
    }

    [Fact]
    public async Task SendMessageAsync_SameKeyOtherText_RefusedNothingSent_SameTextAnswersTheFirst()
    {
        var deal = await Deal.ContractedAsync(Grains);

        var first = await deal.Contract.SendMessageAsync(deal.WorkerId, "明日の午前中にラフ案をお送りします。", "m-key");
        var reused = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.SendMessageAsync(deal.WorkerId, "明後日になります。", "m-key"));
        var retry = await deal.Contract.SendMessageAsync(deal.WorkerId, "明日の午前中にラフ案をお送りします。", "m-key");

        Assert.Equal(("conflict", "request.idempotency_key_reused", "Idempotency-Key"), (reused.Kind, reused.Code, reused.Field));
        Assert.Equal((first.Id, first.Text, first.Status), (retry.Id, retry.Text, retry.Status));
        Assert.Equal(["明日の午前中にラフ案をお送りします。"], (await deal.Contract.GetMessagesAsync(deal.ClientId)).Select(m => m.Text));
    }

    [Fact]
    public async Task SendProposalMessageAsync_SameKeyOtherText_RefusedNothingSent()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        await job.CreateAsync(clientId, Deal.Draft(), publish: true);
        var proposal = await job.ProposeAsync(workerId, Text, 28_000);

        var first = await job.SendProposalMessageAsync(clientId, proposal.Id, "修正は何回まで可能ですか？", "q-1");
        var reused = await Assert.ThrowsAsync<PlatformException>(() => job.SendProposalMessageAsync(clientId, proposal.Id, "納期はいつですか？", "q-1"));

        Assert.Equal(("request.idempotency_key_reused", "Idempotency-Key"), (reused.Code, reused.Field));
        Assert.Equal(first.Id, (await job.SendProposalMessageAsync(clientId, proposal.Id, "修正は何回まで可能ですか？", "q-1")).Id);
        Assert.Single(await job.GetProposalThreadAsync(clientId, proposal.Id), m => m.SenderId == clientId);
    }

    [Fact]
    public async Task CreateAsync_KeyedPostAgainWithAnotherPost_Refused_EvenAfterAnEditTheFirstVersionAnswers()
    {
        var (clientId, _) = await Deal.RegisterPairAsync(Grains);
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        var draft = Deal.Draft();

        var first = await job.CreateAsync(clientId, draft, publish: true, repeatable: true);
        var otherBudget = await Assert.ThrowsAsync<PlatformException>(() => job.CreateAsync(clientId, draft with { BudgetYen = draft.BudgetYen + 1000 }, publish: true, repeatable: true));
        var otherTitle = await Assert.ThrowsAsync<PlatformException>(() => job.CreateAsync(clientId, draft with { Title = "別の募集" }, publish: true, repeatable: true));
        var edited = draft with { Description = draft.Description + "納期は2週間以内でお願いします。" };
        await job.EditAsync(clientId, edited);

        Assert.Equal(("request.idempotency_key_reused", "request.idempotency_key_reused"), (otherBudget.Code, otherTitle.Code));
        Assert.Equal(first.Id, (await job.CreateAsync(clientId, draft, publish: true, repeatable: true)).Id);
        Assert.Equal(edited, (await job.GetAsync(clientId)).Fields);
        // The edit is not what the key posted: sent under the key, it is another post.
        Assert.Equal("request.idempotency_key_reused",
            (await Assert.ThrowsAsync<PlatformException>(() => job.CreateAsync(clientId, edited, publish: true, repeatable: true))).Code);
    }

    [Fact]
    public async Task DeliverAsync_SameKeyAgain_OneDeliveryEvenAfterAcceptance_OtherNoteRefused()
    {
        var deal = await (await Deal.ContractedAsync(Grains)).FundedAsync();

        var first = await deal.Contract.DeliverAsync(deal.WorkerId, "バナー3点を納品します。", "d-1");
        var retry = await deal.Contract.DeliverAsync(deal.WorkerId, "バナー3点を納品します。", "d-1");
        var reused = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.DeliverAsync(deal.WorkerId, "修正版です。", "d-1"));
        await deal.Contract.AcceptAsync(deal.ClientId);
        var late = await deal.Contract.DeliverAsync(deal.WorkerId, "バナー3点を納品します。", "d-1");

        Assert.Equal(first.Deliveries, retry.Deliveries);
        Assert.Equal(("request.idempotency_key_reused", "Idempotency-Key"), (reused.Code, reused.Field));
        Assert.Equal("accepted", late.Stage);
        Assert.Equal(first.Deliveries, late.Deliveries);
        var history = await deal.Contract.GetHistoryAsync(deal.ClientId);
        Assert.Equal(["contracted", "escrow_funded", "delivered", "accepted"], history.Select(e => e.Type));
        // Without a key, delivering after acceptance is refused as before.
        await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.DeliverAsync(deal.WorkerId, "バナー3点を納品します。"));
    }

    [Fact]
    public async Task ReportAsync_SameReceiptIdAgain_SameReceiptCountedOnceOneComment_OtherReportRefused()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var queue = Grains.GetGrain<IReviewQueueGrain>("default");
        var receiptId = $"rcpt-{Guid.NewGuid():N}";
        var report = new ReportRequest(workerId, "user", clientId, "mlm", "勧誘のメッセージが届きました。");

        var first = await queue.ReportAsync(report, receiptId);
        var retry = await queue.ReportAsync(report, receiptId);
        var reused = await Assert.ThrowsAsync<PlatformException>(() => queue.ReportAsync(report with { Comment = "別の内容" }, receiptId));
        var byOther = await Assert.ThrowsAsync<PlatformException>(() => queue.ReportAsync(report with { ReporterId = clientId, TargetId = workerId }, receiptId));

        Assert.Equal(receiptId, first.Id);
        Assert.Equal(first, retry);
        Assert.Equal(("request.idempotency_key_reused", "request.idempotency_key_reused"), (reused.Code, byOther.Code));
        var item = Assert.Single((await queue.ListAsync("open", "report", subjectUserId: clientId)));
        Assert.Equal(1, item.Count);
        Assert.Equal([workerId], item.Reporters);
        Assert.Equal(["勧誘のメッセージが届きました。"], item.Comments);
        Assert.Empty(await queue.ListAsync("open", "report", subjectUserId: workerId));
        Assert.Equal(first, await queue.GetReceiptAsync(receiptId, workerId));
    }

    [Fact]
    public async Task TakeStepAsync_SameKeyAgain_OneWarning_OtherReasonOrReviewerRefused()
    {
        var (_, workerId) = await Deal.RegisterPairAsync(Grains);
        var user = Grains.GetGrain<IUserGrain>(workerId);

        var first = await user.TakeStepAsync("warning", "tos.minor", "規約に沿ってご利用ください。", "reviewer-1", idempotencyKey: "s-1");
        var retry = await user.TakeStepAsync("warning", "tos.minor", "規約に沿ってご利用ください。", "reviewer-1", idempotencyKey: "s-1");
        var otherReason = await Assert.ThrowsAsync<PlatformException>(() => user.TakeStepAsync("warning", "tos.minor", "別の理由", "reviewer-1", idempotencyKey: "s-1"));
        var otherReviewer = await Assert.ThrowsAsync<PlatformException>(() => user.TakeStepAsync("warning", "tos.minor", "規約に沿ってご利用ください。", "reviewer-2", idempotencyKey: "s-1"));
        await fixture.Cluster.DeactivateAsync(user);
        var afterReactivation = await user.TakeStepAsync("warning", "tos.minor", "規約に沿ってご利用ください。", "reviewer-1", idempotencyKey: "s-1");

        Assert.Equal(first.Warnings, retry.Warnings);
        Assert.Equal(first.Warnings, afterReactivation.Warnings);
        Assert.Equal("s-1", Assert.Single(first.Warnings).IdempotencyKey);
        Assert.Equal(("request.idempotency_key_reused", "request.idempotency_key_reused"), (otherReason.Code, otherReviewer.Code));
        Assert.Single(await user.GetNotificationsAsync(), n => n.Type == "ladder_warning");
        // Another key, or none, is another step.
        await user.TakeStepAsync("warning", "tos.minor", "規約に沿ってご利用ください。", "reviewer-1", idempotencyKey: "s-2");
        await user.TakeStepAsync("warning", "tos.minor", "規約に沿ってご利用ください。", "reviewer-1");
        Assert.Equal(["warning", "warning", "warning", "restriction"], (await user.GetAsync()).Warnings.Select(w => w.Step));
        Assert.Equal(["s-1", "s-2", null, null], (await user.GetAsync()).Warnings.Select(w => w.IdempotencyKey));
    }

    // A proposal as its writer sees it, without the verdict (whose findings list compares by reference).
    private static (string Id, string Text, long PriceYen, DateTimeOffset At, string Status) Shown(ProposalView p) => (p.Id, p.Text, p.PriceYen, p.At, p.Status);
}
