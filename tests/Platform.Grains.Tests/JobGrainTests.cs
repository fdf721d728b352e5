using Platform.Abstractions.Common;
using Platform.Abstractions.Jobs;
using Platform.Grains.Jobs;

namespace Platform.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class JobGrainTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Draft_PublishThenClose_FollowsLifecycle()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        Assert.Equal("draft", (await job.CreateAsync(clientId, Deal.Draft(), publish: false)).Status);

        var hidden = await Assert.ThrowsAsync<PlatformException>(() => job.GetAsync(workerId));
        Assert.Equal("not_found", hidden.Kind);

        Assert.Equal("open", (await job.PublishAsync(clientId)).Status);
        Assert.Equal("open", (await job.GetAsync(workerId)).Status);
        var twice = await Assert.ThrowsAsync<PlatformException>(() => job.PublishAsync(clientId));
        Assert.Equal("job.not_draft", twice.Code);

        Assert.Equal("closed", (await job.CloseAsync(clientId)).Status);
        var propose = await Assert.ThrowsAsync<PlatformException>(() => job.ProposeAsync(workerId, "提案します", 10_000));
        Assert.Equal("job.not_open", propose.Code);
        var edit = await Assert.ThrowsAsync<PlatformException>(() => job.EditAsync(clientId, Deal.Draft()));
        Assert.Equal("job.not_editable", edit.Code);
    }

    [Fact]
    public async Task Create_InvalidFields_NamesTheFieldAndCreatesNothing()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");

        var title = await Assert.ThrowsAsync<PlatformException>(() => job.CreateAsync(clientId, Deal.Draft() with { Title = " " }, true));
        Assert.Equal("title", title.Field);
        var category = await Assert.ThrowsAsync<PlatformException>(() => job.CreateAsync(clientId, Deal.Draft() with { Category = "astrology" }, true));
        Assert.Equal("category", category.Field);
        var budget = await Assert.ThrowsAsync<PlatformException>(() => job.CreateAsync(clientId, Deal.Draft() with { BudgetYen = 0 }, true));
        Assert.Equal("budget.amountYen", budget.Field);
        var kind = await Assert.ThrowsAsync<PlatformException>(() => job.CreateAsync(clientId, Deal.Draft() with { BudgetKind = "barter" }, true));
        Assert.Equal("budget.kind", kind.Field);
        var farDeadline = fixture.Clock.GetUtcNow().AddYears(5).AddDays(2);
        var far = await Assert.ThrowsAsync<PlatformException>(() => job.CreateAsync(clientId, Deal.Draft() with { Deadline = farDeadline }, true));
        Assert.Equal(("deadline", "job.deadline_too_far"), (far.Field, far.Code));
        var worker = await Assert.ThrowsAsync<PlatformException>(() => job.CreateAsync(workerId, Deal.Draft(), true));
        Assert.Equal("user.not_client", worker.Code);

        var missing = await Assert.ThrowsAsync<PlatformException>(() => job.GetAsync(clientId));
        Assert.Equal("not_found", missing.Kind);
    }

    [Fact]
    public async Task Propose_OwnJobTwiceOrByStranger_IsRefused()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        await job.CreateAsync(clientId, Deal.Draft(), publish: true);

        var own = await Assert.ThrowsAsync<PlatformException>(() => job.ProposeAsync(clientId, "自分で提案", 10_000));
        Assert.Equal("job.own_job", own.Code);
        var proposal = await job.ProposeAsync(workerId, "バナー制作の経験が5年あります。", 25_000);
        Assert.Equal("delivered", proposal.Status);
        var twice = await Assert.ThrowsAsync<PlatformException>(() => job.ProposeAsync(workerId, "もう一度", 20_000));
        Assert.Equal("proposal.already_submitted", twice.Code);

        var other = (await Deal.RegisterPairAsync(Grains)).WorkerId;
        var thread = await Assert.ThrowsAsync<PlatformException>(() => job.SendProposalMessageAsync(other, proposal.Id, "横から失礼します"));
        Assert.Equal("proposal.not_found", thread.Code);
        // Reading the thread or a message of it answers the same 404 as the proposal itself: its existence is not told to a non-party.
        var read = await Assert.ThrowsAsync<PlatformException>(() => job.GetProposalThreadAsync(other, proposal.Id));
        Assert.Equal(("proposal.not_found", "not_found"), (read.Code, read.Kind));
        await job.SendProposalMessageAsync(workerId, proposal.Id, "よろしくお願いします。");
        Assert.Equal("proposal.not_found", (await Assert.ThrowsAsync<PlatformException>(() => job.GetProposalMessageAsync(other, proposal.Id, $"{proposal.Id}-m1"))).Code);
        Assert.DoesNotContain(await job.GetProposalsAsync(other), p => p.Id == proposal.Id);
        var award = await Assert.ThrowsAsync<PlatformException>(() => job.AwardAsync(workerId, new AwardContract(proposal.Id, null, new DateOnly(2027, 1, 10))));
        Assert.Equal("job.not_owner", award.Code);
    }

    [Fact]
    public async Task Award_DeliveryDateMoreThanFiveYearsAhead_IsRefusedAndMakesNoContract()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        await job.CreateAsync(clientId, Deal.Draft(), publish: true);
        var proposal = await job.ProposeAsync(workerId, "バナー制作の経験が5年あります。", 25_000);
        var today = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).DateTime); // today in Japan

        foreach (var date in new[] { today.AddYears(5).AddDays(1), DateOnly.MaxValue })
        {
            var far = await Assert.ThrowsAsync<PlatformException>(() => job.AwardAsync(clientId, new AwardContract(proposal.Id, null, date)));
            Assert.Equal(("deliveryDate", "contract.delivery_date_too_far"), (far.Field, far.Code));
        }

        Assert.Equal("open", (await job.GetAsync(clientId)).Status);
        var contract = await job.AwardAsync(clientId, new AwardContract(proposal.Id, null, today.AddYears(5)));
        Assert.Equal(today.AddYears(5), contract.DeliveryDate);
    }

    [Fact]
    public async Task Award_DeliveryDateOfYesterdayInJapan_IsPast_AtThreeInTheMorningThere()
    {
        // 03:00 in Japan is still the day before in UTC: yesterday in Japan is past for a delivery date (納期), a day of the
        // Japanese calendar (the old code counted from the UTC date and made the contract).
        var today = ThreeInTheMorningInJapan();
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        await job.CreateAsync(clientId, Deal.Draft(), publish: true);
        var proposal = await job.ProposeAsync(workerId, "バナー制作の経験が5年あります。", 25_000);

        var past = await Assert.ThrowsAsync<PlatformException>(() => job.AwardAsync(clientId, new AwardContract(proposal.Id, null, today.AddDays(-1))));
        Assert.Equal(("deliveryDate", "contract.delivery_date_past"), (past.Field, past.Code));
        Assert.Equal("open", (await job.GetAsync(clientId)).Status);
        Assert.Equal(today, (await job.AwardAsync(clientId, new AwardContract(proposal.Id, null, today))).DeliveryDate);
    }

    [Fact]
    public async Task Create_DeadlineFiveYearsFromTodayInJapan_IsNotTooFar_AtThreeInTheMorningThere()
    {
        // The last day five years from today in Japan, not from the UTC date (still yesterday there: the old code refused it).
        var today = ThreeInTheMorningInJapan();
        var (clientId, _) = await Deal.RegisterPairAsync(Grains);
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        var lastDay = new DateTimeOffset(today.AddYears(5).ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.FromHours(9));

        Assert.Equal(lastDay, (await job.CreateAsync(clientId, Deal.Draft() with { Deadline = lastDay }, publish: true)).Fields.Deadline);
        var far = await Assert.ThrowsAsync<PlatformException>(() => Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}")
            .CreateAsync(clientId, Deal.Draft() with { Deadline = lastDay.AddDays(1) }, publish: true));
        Assert.Equal(("deadline", "job.deadline_too_far"), (far.Field, far.Code));
    }

    [Fact]
    public async Task Propose_AfterTheJobsDeadline_Is409_TheProposalsBeforeItAreContractedAsBefore_AMovedDeadlineOpensItAgain()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var late = (await Deal.RegisterPairAsync(Grains)).WorkerId;
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        var deadline = fixture.Clock.GetUtcNow().AddHours(1).ToOffset(TimeSpan.Zero);
        await job.CreateAsync(clientId, Deal.Draft() with { Deadline = deadline }, publish: true);
        var early = await job.ProposeAsync(workerId, "バナー制作の経験が5年あります。", 25_000);
        fixture.Clock.Advance(TimeSpan.FromHours(2));

        var refused = await Assert.ThrowsAsync<PlatformException>(() => job.ProposeAsync(late, "3点で28,000円、5日で納品します。", 28_000));
        Assert.Equal(("conflict", "job.deadline_passed"), (refused.Kind, refused.Code));
        Assert.Contains(deadline.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), refused.Message);
        Assert.Contains("日本時間", refused.Message);
        Assert.Equal(1, (await job.GetAsync(clientId)).ProposalCount);

        await job.EditAsync(clientId, Deal.Draft() with { Deadline = fixture.Clock.GetUtcNow().AddDays(3) });
        await job.ProposeAsync(late, "3点で28,000円、5日で納品します。", 28_000);
        await job.EditAsync(clientId, Deal.Draft() with { Deadline = fixture.Clock.GetUtcNow().AddHours(1) });
        fixture.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(early.Id, (await job.AwardAsync(clientId, new AwardContract(early.Id, null, DateOnly.FromDateTime(fixture.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).DateTime).AddDays(30)))).ProposalId);
    }

    [Fact]
    public async Task View_AfterTheJobsDeadline_SaysItTakesNoProposal_TheStatusStaysOpen_AMovedDeadlineTakesThemAgain()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        var created = await job.CreateAsync(clientId, Deal.Draft() with { Deadline = fixture.Clock.GetUtcNow().AddHours(1) }, publish: true);
        Assert.True(created.AcceptingProposals);
        Assert.False(created.DeadlinePassed);
        Assert.True((await job.GetAsync(workerId)).AcceptingProposals);

        fixture.Clock.Advance(TimeSpan.FromHours(2));
        foreach (var view in new[] { await job.GetAsync(workerId), await job.GetAsync(clientId) })
        {
            Assert.Equal("open", view.Status);
            Assert.False(view.AcceptingProposals);
            Assert.True(view.DeadlinePassed);
        }

        var refused = await Assert.ThrowsAsync<PlatformException>(() => job.ProposeAsync(workerId, "3点で28,000円、5日で納品します。", 28_000));
        Assert.Equal("job.deadline_passed", refused.Code);

        var moved = await job.EditAsync(clientId, Deal.Draft() with { Deadline = fixture.Clock.GetUtcNow().AddDays(3) });
        Assert.True(moved.AcceptingProposals);
        Assert.False(moved.DeadlinePassed);
        Assert.True((await job.GetAsync(workerId)).AcceptingProposals);
        var closed = await job.CloseAsync(clientId);
        Assert.False(closed.AcceptingProposals);
        Assert.False(closed.DeadlinePassed);

        var draft = await Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}").CreateAsync(clientId, Deal.Draft() with { Deadline = null }, publish: false);
        Assert.False(draft.AcceptingProposals);
        Assert.False(draft.DeadlinePassed);
    }

    // Moves the shared clock on (less than a day) to 03:00 in Japan, when the UTC date is still the day before; today there.
    private DateOnly ThreeInTheMorningInJapan()
    {
        var japan = TimeSpan.FromHours(9);
        var timeOfDay = fixture.Clock.GetUtcNow().ToOffset(japan).TimeOfDay;
        fixture.Clock.Advance(TimeSpan.FromTicks((TimeSpan.FromHours(27) - timeOfDay).Ticks % TimeSpan.TicksPerDay));
        var now = fixture.Clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.ToOffset(japan).DateTime);
        Assert.Equal(today.AddDays(-1), DateOnly.FromDateTime(now.UtcDateTime));
        return today;
    }

    [Fact]
    public async Task ProposalThread_BothPartiesTalk_OthersSeeOnlyTheirOwnProposals()
    {
        var (clientId, workerId) = await Deal.RegisterPairAsync(Grains);
        var second = (await Deal.RegisterPairAsync(Grains)).WorkerId;
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        await job.CreateAsync(clientId, Deal.Draft(), publish: true);
        var p1 = await job.ProposeAsync(workerId, "提案1：25,000円で対応します。", 25_000);
        await job.ProposeAsync(second, "提案2：20,000円で対応します。", 20_000);

        await job.SendProposalMessageAsync(clientId, p1.Id, "参考デザインはありますか？");
        await job.SendProposalMessageAsync(workerId, p1.Id, "はい、いくつかお送りします。");

        Assert.Equal(2, (await job.GetProposalThreadAsync(workerId, p1.Id)).Count);
        Assert.Equal(2, (await job.GetProposalsAsync(clientId)).Count);
        Assert.Single(await job.GetProposalsAsync(second));
    }

    [Fact]
    public async Task ProposalThread_AfterAnotherProposalContracted_OnlyTheContractsPartiesAreToldOfIt()
    {
        var (clientId, winner) = await Deal.RegisterPairAsync(Grains);
        var loser = (await Deal.RegisterPairAsync(Grains)).WorkerId;
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        await job.CreateAsync(clientId, Deal.Draft(), publish: true);
        var won = await job.ProposeAsync(winner, "提案1：25,000円で対応します。", 25_000);
        var lost = await job.ProposeAsync(loser, "提案2：20,000円で対応します。", 20_000);
        var contract = await job.AwardAsync(clientId, new AwardContract(won.Id, null, new DateOnly(2027, 1, 10)));

        foreach (var actor in new[] { loser, clientId })
        {
            var refused = await Assert.ThrowsAsync<PlatformException>(() => job.SendProposalMessageAsync(actor, lost.Id, "まだ検討いただけますか？"));
            Assert.Equal(("conflict", "proposal.not_chosen"), (refused.Kind, refused.Code));
            Assert.DoesNotContain(contract.Id, refused.MessageJa);
        }

        Assert.Empty(await job.GetProposalThreadAsync(loser, lost.Id));
        var pointer = await Assert.ThrowsAsync<PlatformException>(() => job.SendProposalMessageAsync(winner, won.Id, "よろしくお願いします。"));
        Assert.Equal("proposal.contracted", pointer.Code);
        Assert.Contains(contract.Id, pointer.MessageJa);

        // A job stored before the contracted proposal was kept learns it from the contract.
        (await fixture.LiveStateAsync<JobState>("job", job)).ContractProposalId = null;
        Assert.Equal("proposal.contracted", (await Assert.ThrowsAsync<PlatformException>(() => job.SendProposalMessageAsync(clientId, won.Id, "よろしくお願いします。"))).Code);
        Assert.Equal("proposal.not_chosen", (await Assert.ThrowsAsync<PlatformException>(() => job.SendProposalMessageAsync(loser, lost.Id, "よろしくお願いします。"))).Code);
    }

    [Fact]
    public async Task Award_ContractedProposalAgainOrAnotherAfterwards_SaysWhy()
    {
        var (clientId, winner) = await Deal.RegisterPairAsync(Grains);
        var other = (await Deal.RegisterPairAsync(Grains)).WorkerId;
        var job = Grains.GetGrain<IJobGrain>($"job-{Guid.NewGuid():N}");
        await job.CreateAsync(clientId, Deal.Draft(), publish: true);
        var won = await job.ProposeAsync(winner, "提案1：25,000円で対応します。", 25_000);
        var lost = await job.ProposeAsync(other, "提案2：20,000円で対応します。", 20_000);
        var contract = await job.AwardAsync(clientId, new AwardContract(won.Id, null, new DateOnly(2027, 1, 10)));

        var again = await Assert.ThrowsAsync<PlatformException>(() => job.AwardAsync(clientId, new AwardContract(won.Id, null, new DateOnly(2027, 1, 10))));
        Assert.Equal(("conflict", "proposal.contracted", $"この提案は既に契約済みです（契約 {contract.Id}）。"), (again.Kind, again.Code, again.MessageJa));
        var another = await Assert.ThrowsAsync<PlatformException>(() => job.AwardAsync(clientId, new AwardContract(lost.Id, null, new DateOnly(2027, 1, 10))));
        Assert.Equal(("job.not_open", "この募集は既に終了しています。契約できません。"), (another.Code, another.MessageJa));
        var close = await Assert.ThrowsAsync<PlatformException>(() => job.CloseAsync(clientId));
        Assert.DoesNotContain("募集終了の募集", close.MessageJa);
    }
}
