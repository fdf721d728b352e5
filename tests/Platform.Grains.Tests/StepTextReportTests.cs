using Platform.Abstractions.Common;
using Platform.Abstractions.Reviews;
using Platform.Abstractions.Statistics;
using Platform.Abstractions.Users;

namespace Platform.Grains.Tests;

/// <summary>
/// The texts a party writes with a contract's step (a delivery note, a cancellation or termination reason, a rating
/// comment) reach the other party, so the other party may report them as they may a message: the same merge on one
/// target, queue and statistics; a stranger's report is answered as a missing target, one's own text refused.
/// </summary>
[Collection(TrustCollection.Name)]
public sealed class StepTextReportTests(TrustClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    private IStatisticsGrain Month => Grains.GetGrain<IStatisticsGrain>(fixture.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task Report_StepTextsOfTheOtherParty_FiledOnTheirWriter_MergedAndCounted()
    {
        var before = (await Month.GetAsync()).Counters;
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var c = deal.ContractId;
        await deal.Contract.RequestTerminationAsync(deal.WorkerId, "体調不良のため、途中で終了させてください。");
        await deal.Contract.RespondTerminationAsync(deal.ClientId, accept: false);
        await deal.Contract.RequestTerminationAsync(deal.ClientId, "予算の都合で終了したいです。");
        await deal.Contract.RespondTerminationAsync(deal.WorkerId, accept: false);
        await deal.Contract.DeliverAsync(deal.WorkerId, "バナー3点を納品します。");
        await deal.Contract.AcceptAsync(deal.ClientId);
        await deal.Contract.RateAsync(deal.WorkerId, 1, "二度と取引したくない依頼者です。");
        await deal.Contract.RateAsync(deal.ClientId, 5, null);
        var queue = Trust.Queue(Grains);

        await queue.ReportAsync(new ReportRequest(deal.ClientId, "delivery", $"{c}:1", "fake_official", "納品物の代わりに外部フォームへの入力を求められました。"));
        await queue.ReportAsync(new ReportRequest(deal.ClientId, "delivery", $"{c}:1", "external_tos", null)); // the same reporter again
        await queue.ReportAsync(new ReportRequest(deal.ClientId, "termination", $"{c}:1", "other_illegal", null));
        await queue.ReportAsync(new ReportRequest(deal.WorkerId, "termination", $"{c}:2", "uncertain_compensation", null));
        await queue.ReportAsync(new ReportRequest(deal.ClientId, "rating", $"{c}:{deal.WorkerId}", "other_illegal", null));

        var open = await queue.ListAsync("open", "report");
        ReviewItemView Item(string key) => Assert.Single(open, i => i.Item.Key == key);
        var delivery = Item($"report-delivery-{c}-1");
        Assert.Equal(("contract", c, "delivery-1", deal.WorkerId), (delivery.Item.SourceKind, delivery.Item.SourceId, delivery.Item.ItemId, delivery.Item.SubjectUserId));
        Assert.Equal((1, "fake_official"), (delivery.Count, delivery.Item.Category));
        Assert.Equal(["fake_official", "external_tos"], delivery.ReportedCategories.Select(r => r.Category));
        Assert.Equal(("termination-1", deal.WorkerId), (Item($"report-termination-{c}-1").Item.ItemId, Item($"report-termination-{c}-1").Item.SubjectUserId));
        Assert.Equal(("termination-2", deal.ClientId), (Item($"report-termination-{c}-2").Item.ItemId, Item($"report-termination-{c}-2").Item.SubjectUserId));
        Assert.Equal(deal.WorkerId, Item($"report-rating-{c}-{deal.WorkerId}").Item.SubjectUserId);
        Assert.Equal(2, (await deal.Contract.GetAsync(deal.ClientId)).Termination!.Number);

        // A rating without a comment has no text to report.
        var none = await Assert.ThrowsAsync<PlatformException>(() => queue.ReportAsync(new ReportRequest(deal.WorkerId, "rating", $"{c}:{deal.ClientId}", "mlm", null)));
        Assert.Equal(("not_found", "report.target_not_found"), (none.Kind, none.Code));

        var upheld = await queue.DecideAsync(delivery.Id, "reviewer-1", approve: true, "外部フォームへの誘導を確認しました。");
        Assert.StartsWith($"user {deal.WorkerId} flagged", upheld.Outcome, StringComparison.Ordinal);
        Assert.Contains($"report.{delivery.Id}", (await Grains.GetGrain<IUserGrain>(deal.WorkerId).GetAsync()).Flags);

        var after = (await Month.GetAsync()).Counters;
        long Delta(string key) => after.GetValueOrDefault(key) - before.GetValueOrDefault(key);
        Assert.Equal((4, 1), (Delta("report.received"), Delta("report.upheld")));
    }

    [Fact]
    public async Task Report_Cancellation_ByTheOtherParty_Filed_AndNotByThePlatformsOwn()
    {
        var deal = await Trust.NewDealAsync(Grains);
        var queue = Trust.Queue(Grains);
        await Assert.ThrowsAsync<PlatformException>(() => queue.ReportAsync(new ReportRequest(deal.WorkerId, "cancellation", deal.ContractId, "mlm", null)));

        await deal.Contract.CancelAsync(deal.ClientId, "別の方にお願いすることになりました。");
        var receipt = await queue.ReportAsync(new ReportRequest(deal.WorkerId, "cancellation", deal.ContractId, "other_illegal", "脅すような文面でした。"));

        Assert.Equal(("cancellation", deal.ContractId), (receipt.TargetKind, receipt.TargetId));
        var item = Assert.Single(await queue.ListAsync("open", "report"), i => i.Item.Key == $"report-cancellation-{deal.ContractId}");
        Assert.Equal(("cancellation", deal.ClientId), (item.Item.ItemId, item.Item.SubjectUserId));
    }

    [Fact]
    public async Task Report_StepText_ByAStrangerOrOfNoText_NotFound_OwnOrWithheld_Conflict_NothingFiled()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        var stranger = await Trust.RegisterAsync(Grains, "client");
        var queue = Trust.Queue(Grains);
        await deal.Contract.DeliverAsync(deal.WorkerId, "バナー3点を納品します。");
        await deal.Contract.DeliverAsync(deal.WorkerId, "修正版です。続きはLINE交換しましょう"); // blocked: the client is shown a notice
        Task<PlatformException> Refused(string reporter, string kind, string target) =>
            Assert.ThrowsAsync<PlatformException>(() => queue.ReportAsync(new ReportRequest(reporter, kind, target, "mlm", null)));

        foreach (var (reporter, kind, target) in new[]
        {
            (stranger, "delivery", $"{deal.ContractId}:1"), // exists, but not the stranger's to see
            (deal.ClientId, "delivery", $"{deal.ContractId}:3"),
            (deal.ClientId, "delivery", $"{deal.ContractId}:x"),
            (deal.ClientId, "delivery", deal.ContractId),
            (deal.ClientId, "delivery", "c-doesnotexist:1"),
            (deal.ClientId, "termination", $"{deal.ContractId}:1"),
            (deal.ClientId, "cancellation", deal.ContractId),
            (deal.ClientId, "rating", $"{deal.ContractId}:{deal.WorkerId}"),
        })
        {
            var missing = await Refused(reporter, kind, target);
            Assert.Equal(("not_found", "report.target_not_found"), (missing.Kind, missing.Code));
        }

        var own = await Refused(deal.WorkerId, "delivery", $"{deal.ContractId}:1");
        Assert.Equal(("conflict", "report.self", "targetId"), (own.Kind, own.Code, own.Field));
        var withheld = await Refused(deal.ClientId, "delivery", $"{deal.ContractId}:2");
        Assert.Equal(("conflict", "report.text_withheld", "targetId"), (withheld.Kind, withheld.Code, withheld.Field));
        var ownUser = await Refused(deal.ClientId, "user", deal.ClientId);
        Assert.Equal(("conflict", "report.self"), (ownUser.Kind, ownUser.Code));
        Assert.DoesNotContain(await queue.ListAsync("open", "report"), i => i.Item.SourceId == deal.ContractId);
    }
}
