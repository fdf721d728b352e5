using Platform.Abstractions.Jobs;
using Platform.Abstractions.Reviews;
using Platform.Abstractions.Statistics;
using Platform.Abstractions.Users;

namespace Platform.Grains.Tests;

/// <summary>Monthly statistics match the events generated; the fact sheet lays out a contract in order.</summary>
[Collection(TrustCollection.Name)]
public sealed class StatisticsAndFactsTests(TrustClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Statistics_CountTheEventsOfTheMonth()
    {
        var month = Grains.GetGrain<IStatisticsGrain>(fixture.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        var before = (await month.GetAsync()).Counters;

        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        await deal.Contract.SendMessageAsync(deal.WorkerId, "LINE交換しましょう"); // off_platform_contact (blocked: no disclosure)
        await deal.Contract.SendMessageAsync(deal.ClientId, "事務局です。確認します。"); // fake_official (held)
        await deal.Contract.SendMessageAsync(deal.ClientId, "AnyDeskで作業をお願いできますか"); // advice
        var queue = Trust.Queue(Grains);
        await queue.ReportAsync(new ReportRequest(deal.ClientId, "user", deal.WorkerId, "mlm", null));
        await queue.ReportAsync(new ReportRequest(deal.ClientId, "user", deal.WorkerId, "mlm", null));
        var report = (await queue.ListAsync("open")).Single(i => i.Item.Kind == "report" && i.Item.SubjectUserId == deal.WorkerId);
        await queue.DecideAsync(report.Id, "reviewer-1", approve: false, "勧誘の事実は確認できませんでした。");
        await Grains.GetGrain<IUserGrain>(deal.ClientId).TakeStepAsync("warning", "manners", "不適切な言動がありました。", "reviewer-1");
        var disclosure = await deal.Contract.RequestDisclosureAsync(deal.WorkerId);
        var item = await Trust.ItemAsync(Grains, disclosure.DisclosureRequest!.ReviewItemId!);
        await queue.DecideAsync(item!.Id, "reviewer-1", approve: false, "必要性が確認できません。");

        var after = (await month.GetAsync()).Counters;
        long Delta(string key) => after.GetValueOrDefault(key) - before.GetValueOrDefault(key);
        Assert.Equal(1, Delta("violation.off_platform_contact"));
        Assert.Equal(1, Delta("violation.fake_official"));
        Assert.Equal(1, Delta("advice"));
        Assert.Equal(1, Delta("advice.remote_desktop"));
        Assert.Equal((1, 1), (Delta("change.blocked"), Delta("change.held")));

        // The same reporter reporting the same user twice is one report received, and one rejected.
        Assert.Equal(1, Delta("report.received"));
        Assert.Equal(1, Delta("report.rejected"));
        Assert.Equal(0, Delta("report.upheld"));
        Assert.Equal(1, Delta("ladder.warning"));
        Assert.Equal(1, Delta("disclosure.denied"));
        Assert.Equal(0, Delta("disclosure.approved"));
    }

    [Fact]
    public async Task Facts_LayOutAskedOfferedChangesDeliveriesMessagesAndDecisionsInOrder()
    {
        var client = await Trust.RegisterAsync(Grains, "client");
        var worker = await Trust.RegisterAsync(Grains, "worker");
        var jobId = $"job-{Guid.NewGuid():N}";
        var job = Grains.GetGrain<IJobGrain>(jobId);
        await job.CreateAsync(client, Deal.Draft(), publish: true);
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        await job.EditAsync(client, Deal.Draft("バナーを5点に増やしてください。サイズは1200x628、PNG形式で納品をお願いします。") with { BudgetYen = 45_000 });
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        var proposal = await job.ProposeAsync(worker, "5点で42,000円、7日で納品します。", 42_000);
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        var contract = await job.AwardAsync(client, new AwardContract(proposal.Id, null, new DateOnly(2027, 12, 24)));
        var c = Grains.GetGrain<Platform.Abstractions.Contracts.IContractGrain>(contract.Id);
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        await c.FundEscrowAsync(client);
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        await c.SendMessageAsync(worker, "着手します。");
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        await c.DeliverAsync(worker, "バナー5点を納品します。");
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        await c.RequestDisclosureAsync(client);

        var facts = await c.GetFactsAsync();

        Assert.Equal(42_000, facts.Contract.PriceYen);
        Assert.Equal(30_000, facts.AskedFirst!.BudgetYen);
        Assert.Equal(45_000, facts.AskedNow!.BudgetYen);
        Assert.Equal(2, facts.Revisions.Count);
        Assert.Equal("5点で42,000円、7日で納品します。", facts.Proposal!.Text);
        Assert.Equal(
            ["job_posted", "job_edited", "proposal", "contracted", "escrow_funded", "message", "delivered", "disclosure_requested"],
            facts.Timeline.Select(f => f.Kind));
        Assert.Contains("45,000円", facts.Timeline[1].DetailJa);
        Assert.Contains("着手します。", facts.Timeline[5].DetailJa);
        Assert.True(facts.Timeline.Zip(facts.Timeline.Skip(1)).All(p => p.First.At <= p.Second.At));
    }

    [Fact]
    public async Task Facts_ADeadlineChange_ReadsInJapanTime_ToTheSecond_WhateverOffsetTheClientSent()
    {
        // Sent in UTC: 20:00Z is 05:00 the next day in Japan, the day the staff read; a change within one day shows too.
        var japan = TimeSpan.FromHours(9);
        var day = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().ToOffset(japan).DateTime).AddDays(60);
        var first = new DateTimeOffset(day.ToDateTime(new TimeOnly(5, 0)), japan).ToUniversalTime();
        var second = new DateTimeOffset(day.ToDateTime(new TimeOnly(18, 30)), japan).ToOffset(TimeSpan.FromHours(-5));
        var client = await Trust.RegisterAsync(Grains, "client");
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        await job.CreateAsync(client, Deal.Draft() with { Deadline = first }, publish: true);
        await job.EditAsync(client, Deal.Draft() with { Deadline = second });
        await job.EditAsync(client, Deal.Draft());
        var worker = await Trust.RegisterAsync(Grains, "worker");
        var proposal = await job.ProposeAsync(worker, "3点で28,000円、5日で納品します。", 28_000);
        var contract = await job.AwardAsync(client, new AwardContract(proposal.Id, null, day));

        var edits = (await Grains.GetGrain<Platform.Abstractions.Contracts.IContractGrain>(contract.Id).GetFactsAsync())
            .Timeline.Where(f => f.Kind == "job_edited").Select(f => f.DetailJa).ToArray();

        var d = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            [$"募集内容の変更（第2版）：締め切り（日本時間） {d} 05:00:00 → {d} 18:30:00", $"募集内容の変更（第3版）：締め切り（日本時間） {d} 18:30:00 → なし"],
            edits);
    }

    // A client who moved the job to another category (design → writing) had that edit read 「変更なし」 on the dispute fact
    // sheet, as if nothing had changed, the category being the one field of the post the sheet did not compare.
    [Fact]
    public async Task Facts_ACategoryChange_IsReadAsOne_NotAsNoChange()
    {
        var client = await Trust.RegisterAsync(Grains, "client");
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        await job.CreateAsync(client, Deal.Draft(), publish: true);
        await job.EditAsync(client, Deal.Draft() with { Category = "writing" });
        var worker = await Trust.RegisterAsync(Grains, "worker");
        var proposal = await job.ProposeAsync(worker, "3点で28,000円、5日で納品します。", 28_000);
        var day = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).DateTime).AddDays(60);
        var contract = await job.AwardAsync(client, new AwardContract(proposal.Id, null, day));

        var edit = (await Grains.GetGrain<Platform.Abstractions.Contracts.IContractGrain>(contract.Id).GetFactsAsync())
            .Timeline.Single(f => f.Kind == "job_edited").DetailJa;

        Assert.Equal("募集内容の変更（第2版）：カテゴリ design → writing", edit);
    }

    [Fact]
    public async Task Facts_WithheldStepTextsAndMessages_GivenWordForWord_MarkedWithWhy_InTheOrderTheyHappened()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        const string message = "LINE交換しましょう";
        const string note = "納品しました。修正のご相談はLINE交換してからお願いします。";
        const string reason = "事務局です。確認します。";
        // The clock stands still: the facts of one instant keep the order they happened in.
        await deal.Contract.SendMessageAsync(deal.WorkerId, message);
        await deal.Contract.DeliverAsync(deal.WorkerId, note);
        await deal.Contract.RequestTerminationAsync(deal.ClientId, reason);
        var held = (await Trust.ItemAsync(Grains, $"held-contract-{deal.ContractId}-termination-1"))!;
        await Trust.Queue(Grains).DecideAsync(held.Id, "reviewer-1", approve: false, "問題のない内容です。");

        var facts = await deal.Contract.GetFactsAsync();

        Assert.Equal(["message", "delivered", "termination_requested", "text_released"], facts.Timeline.SkipWhile(f => f.Kind != "message").Select(f => f.Kind));
        var sent = facts.Timeline.Single(f => f.Kind == "message");
        Assert.Equal((message, "blocked", "メッセージ（message）"), (sent.Text, sent.Withheld, sent.KindJa));
        Assert.Contains(sent.WithheldFindings, f => f.Category == "off_platform_contact");
        Assert.Contains("ブロック（blocked）：直接取引・サイト外取引（off_platform_contact）", sent.DetailJa);

        var delivered = facts.Timeline.Single(f => f.Kind == "delivered");
        Assert.Equal((note, "blocked", "納品（delivered）"), (delivered.Text, delivered.Withheld, delivered.KindJa));
        Assert.Contains(delivered.WithheldFindings, f => f.Category == "off_platform_contact");
        Assert.Contains(note, delivered.DetailJa);
        Assert.Contains("表示されません", delivered.DetailJa); // what the client was shown, beside what was written
        Assert.Contains("直接取引・サイト外取引（off_platform_contact）", delivered.DetailJa);

        var requested = facts.Timeline.Single(f => f.Kind == "termination_requested");
        Assert.Equal((reason, "released"), (requested.Text, requested.Withheld));
        Assert.Contains(requested.WithheldFindings, f => f.Category == "fake_official");
        Assert.Equal(("納品済み（delivered）", "申請なし（none）"), (facts.StageJa, facts.DisclosureJa));
        Assert.Null(facts.Timeline.Single(f => f.Kind == "contracted").Withheld);
    }

    [Fact]
    public async Task Facts_CancellationAndTerminationReasons_KeptOnTheirEvents_ReadFromThere()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        // Reasons may hold a '：' of their own, as the details do before them.
        const string asked = "理由：発注元の予算が凍結されました。";
        const string cancelled = "体調不良のため：ご迷惑をおかけします。";
        await deal.Contract.RequestTerminationAsync(deal.ClientId, asked);
        await deal.Contract.RespondTerminationAsync(deal.WorkerId, accept: false);
        await deal.Contract.CancelAsync(deal.WorkerId, cancelled);

        var history = await deal.Contract.GetHistoryAsync(deal.ClientId);
        Assert.Equal(asked, history.Single(e => e.Type == "termination_requested").Text);
        Assert.Equal(cancelled, history.Single(e => e.Type == "cancelled").Text);
        Assert.Null(history.Single(e => e.Type == "contracted").Text);
        var facts = await deal.Contract.GetFactsAsync();
        Assert.Equal(asked, facts.Timeline.Single(f => f.Kind == "termination_requested").Text);
        Assert.Equal(cancelled, facts.Timeline.Single(f => f.Kind == "cancelled").Text);
    }

    [Fact]
    public async Task Facts_ReasonsStoredBeforeTheyWereKeptOnTheEvent_StillGivenFromTheDetail()
    {
        var deal = await (await Trust.NewDealAsync(Grains)).FundedAsync();
        const string asked = "発注元の予算が凍結されました。";
        const string cancelled = "体調不良のため：ご迷惑をおかけします。";
        await deal.Contract.RequestTerminationAsync(deal.ClientId, asked);
        await deal.Contract.RespondTerminationAsync(deal.WorkerId, accept: false);
        await deal.Contract.CancelAsync(deal.WorkerId, cancelled);
        // As stored before: the events' details alone carry the reasons.
        var live = await fixture.LiveStateAsync<Platform.Grains.Contracts.ContractState>("contract", deal.Contract);
        for (var i = 0; i < live.History!.Count; i++)
        {
            live.History[i] = live.History[i] with { Text = null };
        }


        var facts = await deal.Contract.GetFactsAsync();

        Assert.Equal(asked, facts.Timeline.Single(f => f.Kind == "termination_requested").Text);
        Assert.Equal(cancelled, facts.Timeline.Single(f => f.Kind == "cancelled").Text);
        Assert.Contains(cancelled, facts.Timeline.Single(f => f.Kind == "cancelled").DetailJa, StringComparison.Ordinal);
    }
}
