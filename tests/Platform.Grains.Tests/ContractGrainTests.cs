using Platform.Abstractions.Common;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Users;

namespace Platform.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ContractGrainTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task FullDeal_PostingToPayment_EndsPaidWithHistoryAndRatings()
    {
        var deal = await Deal.ContractedAsync(Grains);
        var c = deal.Contract;

        Assert.Equal("escrow_funded", (await c.FundEscrowAsync(deal.ClientId)).Stage);
        var message = await c.SendMessageAsync(deal.WorkerId, "仮払いありがとうございます。本日より着手します。");
        Assert.Equal("delivered", message.Status);
        Assert.Equal("delivered", (await c.DeliverAsync(deal.WorkerId, "バナー3点を納品します。")).Stage);
        Assert.Equal("accepted", (await c.AcceptAsync(deal.ClientId)).Stage);
        var paid = await c.ConfirmPaymentAsync(deal.ClientId);
        Assert.Equal("paid", paid.Stage);
        Assert.NotNull(paid.PaidAt);
        await c.RateAsync(deal.ClientId, 5, "丁寧な対応でした");
        await c.RateAsync(deal.WorkerId, 4, null);

        var history = await c.GetHistoryAsync(deal.ClientId);
        Assert.Equal(
            ["contracted", "escrow_funded", "message_sent", "delivered", "accepted", "paid", "rated", "rated"],
            history.Select(e => e.Type));
        Assert.Equal(Enumerable.Range(1, history.Count), history.Select(e => e.Sequence));

        var worker = await Grains.GetGrain<IUserGrain>(deal.WorkerId).GetAsync();
        Assert.Equal(1, worker.RatingCount);
        Assert.Equal(5, worker.RatingAverage);
        Assert.Contains(deal.ContractId, worker.ContractIds);
        var client = await Grains.GetGrain<IUserGrain>(deal.ClientId).GetPartyAsync();
        Assert.Equal(1, client.CompletedContracts);
        Assert.Equal("closed", (await deal.Job.GetAsync(deal.ClientId)).Status);
    }

    public static TheoryData<string, string, string, string> RefusedTransitions => new()
    {
        // stage reached, action, actor (client/worker/stranger), expected code
        { "contracted", "deliver", "worker", "contract.stage_conflict.deliver" },
        { "contracted", "accept", "client", "contract.stage_conflict.accept" },
        { "contracted", "pay", "client", "contract.stage_conflict.confirm_payment" },
        { "contracted", "fund", "worker", "contract.client_only" },
        { "contracted", "message", "stranger", "contract.not_a_party" },
        { "contracted", "terminate", "client", "contract.stage_conflict.request_termination" },
        { "contracted", "rate", "client", "contract.stage_conflict.rate" },
        { "funded", "fund", "client", "contract.stage_conflict.fund_escrow" },
        { "funded", "cancel", "client", "contract.cancel_after_escrow" },
        { "delivered", "cancel", "worker", "contract.stage_conflict.cancel" },
        { "funded", "deliver", "client", "contract.worker_only" },
        { "funded", "accept", "client", "contract.stage_conflict.accept" },
        { "delivered", "accept", "worker", "contract.client_only" },
        { "accepted", "accept", "client", "contract.stage_conflict.accept" },
        { "accepted", "deliver", "worker", "contract.stage_conflict.deliver" },
        { "accepted", "terminate", "worker", "contract.stage_conflict.request_termination" },
    };

    [Theory]
    [MemberData(nameof(RefusedTransitions))]
    public async Task Action_StageOrPartyDoesNotAllow_IsRefusedAndChangesNothing(string reached, string action, string actor, string code)
    {
        var deal = await Deal.ContractedAsync(Grains);
        deal = reached switch
        {
            "funded" => await deal.FundedAsync(),
            "delivered" => await deal.DeliveredAsync(),
            "accepted" => await deal.AcceptedAsync(),
            _ => deal,
        };
        var before = await deal.Contract.GetAsync(deal.ClientId);
        var historyBefore = await deal.Contract.GetHistoryAsync(deal.ClientId);
        var actorId = actor switch
        {
            "client" => deal.ClientId,
            "worker" => deal.WorkerId,
            _ => (await Deal.RegisterPairAsync(Grains)).WorkerId,
        };

        var refusal = await Assert.ThrowsAsync<PlatformException>(() => action switch
        {
            "deliver" => deal.Contract.DeliverAsync(actorId, "納品です"),
            "accept" => deal.Contract.AcceptAsync(actorId),
            "pay" => deal.Contract.ConfirmPaymentAsync(actorId),
            "fund" => deal.Contract.FundEscrowAsync(actorId),
            "message" => deal.Contract.SendMessageAsync(actorId, "こんにちは"),
            "terminate" => deal.Contract.RequestTerminationAsync(actorId, "都合により"),
            "cancel" => deal.Contract.CancelAsync(actorId, "都合により"),
            _ => deal.Contract.RateAsync(actorId, 5, null),
        });

        Assert.Equal(code, refusal.Code);
        Assert.False(string.IsNullOrWhiteSpace(refusal.MessageJa));
        var after = await deal.Contract.GetAsync(deal.ClientId);
        Assert.Equal(before.Stage, after.Stage);
        Assert.Equal(before.Deliveries.Count, after.Deliveries.Count);
        Assert.Equal(historyBefore.Count, (await deal.Contract.GetHistoryAsync(deal.ClientId)).Count);
    }

    [Fact]
    public async Task Cancel_BeforeEscrow_CancelsAndRefusesLaterActions()
    {
        var deal = await Deal.ContractedAsync(Grains);
        Assert.Equal("cancelled", (await deal.Contract.CancelAsync(deal.WorkerId, "スケジュールの都合")).Stage);
        var refusal = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.FundEscrowAsync(deal.ClientId));
        Assert.Equal("conflict", refusal.Kind);
    }

    [Fact]
    public async Task EarlyTermination_AcceptedByOtherParty_CancelsAndRecordsRefund()
    {
        var deal = await (await Deal.ContractedAsync(Grains)).FundedAsync();
        await deal.Contract.RequestTerminationAsync(deal.ClientId, "プロジェクトが中止になりました");

        var own = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.RespondTerminationAsync(deal.ClientId, true));
        Assert.Equal("termination.own_request", own.Code);
        var twice = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.RequestTerminationAsync(deal.WorkerId, "こちらも"));
        Assert.Equal("termination.pending", twice.Code);

        var ended = await deal.Contract.RespondTerminationAsync(deal.WorkerId, accept: true);
        Assert.Equal("cancelled", ended.Stage);
        Assert.Equal("accepted", ended.Termination!.Status);
        var history = await deal.Contract.GetHistoryAsync(deal.WorkerId);
        Assert.Contains(history, e => e.Type == "terminated" && e.DetailJa.Contains("返金"));
    }

    [Fact]
    public async Task EarlyTermination_Refused_KeepsContractRunning()
    {
        var deal = await (await Deal.ContractedAsync(Grains)).FundedAsync();
        await deal.Contract.RequestTerminationAsync(deal.WorkerId, "体調不良のため");
        var view = await deal.Contract.RespondTerminationAsync(deal.ClientId, accept: false);
        Assert.Equal("escrow_funded", view.Stage);
        Assert.Equal("refused", view.Termination!.Status);
        Assert.Equal("delivered", (await deal.Contract.DeliverAsync(deal.WorkerId, "納品します")).Stage);
    }

    [Fact]
    public async Task Rate_TwiceOrOutOfRange_IsRefused()
    {
        var deal = await (await Deal.ContractedAsync(Grains)).AcceptedAsync();
        var range = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.RateAsync(deal.ClientId, 6, null));
        Assert.Equal(("invalid", "stars"), (range.Kind, range.Field));
        await deal.Contract.RateAsync(deal.ClientId, 4, "ありがとうございました");
        var twice = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.RateAsync(deal.ClientId, 5, null));
        Assert.Equal("rating.already_given", twice.Code);
    }

    [Fact]
    public async Task Messages_StrangerCannotRead_PartiesSeeThread()
    {
        var deal = await Deal.ContractedAsync(Grains);
        await deal.Contract.SendMessageAsync(deal.ClientId, "よろしくお願いします。");
        Assert.Single(await deal.Contract.GetMessagesAsync(deal.WorkerId));
        var stranger = (await Deal.RegisterPairAsync(Grains)).ClientId;
        var refusal = await Assert.ThrowsAsync<PlatformException>(() => deal.Contract.GetMessagesAsync(stranger));
        Assert.Equal("forbidden", refusal.Kind);
    }

    [Fact]
    public async Task UnknownContract_IsNotFound()
    {
        var refusal = await Assert.ThrowsAsync<PlatformException>(() => Grains.GetGrain<IContractGrain>("c-missing").GetAsync("anyone"));
        Assert.Equal(("not_found", "contract.not_found"), (refusal.Kind, refusal.Code));
    }
}
