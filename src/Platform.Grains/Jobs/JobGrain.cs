using System.Globalization;
using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Users;
using Platform.Compliance.Abstractions;
using Platform.Domain.Common;
using Platform.Domain.Jobs;
using Platform.Domain.Trust;
using Platform.Domain.Users;
using Platform.Grains.Common;
using Platform.Grains.Compliance;
using Platform.Grains.Reviews;
using Platform.Grains.Users;

namespace Platform.Grains.Jobs;

/// <inheritdoc cref="IJobGrain"/>
internal sealed class JobGrain(
    [PersistentState("job", GrainStorage.Name)] IPersistentState<JobState> state,
    ComplianceGate gate,
    EffectDispatcher effects,
    TimeProvider clock) : Grain, IJobGrain
{
    // GetPrimaryKeyString() builds a new string on every call, and other grains keep the job's id (the client's job
    // list, the contract's terms): one string per job instead of one per use.
    private string? _id;

    private string Id => _id ??= this.GetPrimaryKeyString();

    private JobState S => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await HeldWrites.RefuseQueuedAsync(GrainFactory, S.Proposals.OrEmpty().SelectMany(p => p.Messages.OrEmpty()), "job", Id);
        await WithdrawnTexts.LinkEarlierAsync(GrainFactory, S, Id, () => state.SaveAsync(GrainContext));
    }

    public async Task<JobView> CreateAsync(string clientId, JobDraft draft, bool publish, bool repeatable = false)
    {
        if (S.Exists && repeatable && S.ClientId == clientId)
        {
            // A retry of the same post: the first attempt may have ended before the client's list had it. The key with
            // another post is refused; the first version is what the key was sent with, whatever was edited since.
            if (S.Revisions.OrEmpty().FirstOrDefault()?.Fields != draft)
            {
                throw IdempotentRequests.Reused();
            }

            await GrainFactory.Grain<IUserGrain>(clientId).LinkJobAsync(Id);
            return JobPosts.View(S, Id, clientId, clock.GetUtcNow());
        }

        if (S.Exists)
        {
            throw DomainProblem.Conflict("job.already_exists", $"募集「{Id}」は既に存在します。").ToException();
        }

        var client = await Parties.RequireActorAsync(GrainFactory, clientId, UserRole.Client, posting: true);
        var now = clock.GetUtcNow();
        JobPosts.ValidateDraft(draft, now);
        draft = JobPosts.Kept(draft, null);
        var result = await gate.EvaluateAsync(JobChecks.Post(Id, publish ? ChangeKind.JobPublished : ChangeKind.JobDrafted, draft, S, client, now));

        S.Exists = true;
        S.ClientId = clientId;
        S.CreatedAt = now;
        S.Fields = draft;
        S.Status = "draft";
        (S.Revisions ??= []).Add(new JobRevisionView(1, now, draft));
        JobPosts.ApplyVerdict(S, result, publish, now);
        await CommitPostAsync(result);
        await GrainFactory.Grain<IUserGrain>(clientId).LinkJobAsync(Id);
        await QueueIfHeldAsync(result, now);
        return JobPosts.View(S, Id, clientId, clock.GetUtcNow());
    }

    public async Task<JobView> EditAsync(string actorId, JobDraft draft)
    {
        var client = await RequireOwnerAsync(actorId);
        Problems.ThrowIfAny(JobRules.CanEdit(JobPosts.Status(S)));
        if (S.HeldForReview)
        {
            // The reviewer decides on the text they read: it does not change under them (see JobReviews.ResolvePost).
            throw DomainProblem.Conflict("job.held_for_review", "この募集は審査待ちです。審査が終わるまで編集できません。").ToException();
        }

        var now = clock.GetUtcNow();
        JobPosts.ValidateDraft(draft, now);
        draft = JobPosts.Kept(draft, S.Fields);
        var result = await gate.EvaluateAsync(JobChecks.Post(Id, ChangeKind.JobEdited, draft, S, client, now));

        S.Fields = draft;
        (S.Revisions ??= []).Add(new JobRevisionView(S.Revisions.Count + 1, now, draft));
        JobPosts.ApplyVerdict(S, result, publish: S.Status == "open", now);
        await CommitPostAsync(result);
        await QueueIfHeldAsync(result, now);
        return JobPosts.View(S, Id, actorId, clock.GetUtcNow());
    }

    public async Task<JobView> PublishAsync(string actorId)
    {
        var client = await RequireOwnerAsync(actorId);
        Problems.ThrowIfAny(JobRules.CanPublish(JobPosts.Status(S)));
        if (S.HeldForReview)
        {
            throw DomainProblem.Conflict("job.held_for_review", "この募集は審査待ちです。審査が終わるまで公開できません。").ToException();
        }

        var now = clock.GetUtcNow();
        // The text was checked, and its violations counted, when it was saved: not counted again (ComplianceGate).
        var result = await gate.EvaluateAsync(JobChecks.Post(Id, ChangeKind.JobPublished, S.Fields!, S, client, now), Verdicts.Violations(S.Verdict));
        JobPosts.ApplyVerdict(S, result, publish: true, now);
        await CommitPostAsync(result);
        await QueueIfHeldAsync(result, now);
        return JobPosts.View(S, Id, actorId, clock.GetUtcNow());
    }

    public async Task<JobView> CloseAsync(string actorId)
    {
        await RequireOwnerAsync(actorId, posting: false);
        Problems.ThrowIfAny(JobRules.CanClose(JobPosts.Status(S)));
        S.Status = "closed";
        await state.SaveAsync(GrainContext);
        return JobPosts.View(S, Id, actorId, clock.GetUtcNow());
    }

    public Task<JobView> GetAsync(string viewerId)
    {
        RequireVisibleTo(viewerId);
        return Task.FromResult(JobPosts.View(S, Id, viewerId, clock.GetUtcNow()));
    }

    public async Task<ProposalView> ProposeAsync(string workerId, string text, long priceYen, string? idempotencyKey = null)
    {
        RequireVisibleTo(workerId);
        if (workerId == S.ClientId)
        {
            throw DomainProblem.Forbidden("job.own_job", "自分の募集には提案できません。").ToException();
        }

        // A retry answers the proposal it made, whatever has happened to the post since (closed, contracted).
        var request = idempotencyKey is null ? 0 : IdempotentRequests.Fingerprint(text, priceYen.ToString(CultureInfo.InvariantCulture));
        if (IdempotentSends.Find(S.Sends, workerId, idempotencyKey, clock.GetUtcNow()) is { } sent)
        {
            return S.Proposals.OrEmpty().FirstOrDefault(p => p.Id == sent.MessageId && p.WorkerId == workerId) is { } earlier && sent.Request == request
                ? earlier.ToView(Id, workerId)
                : throw IdempotentRequests.Reused();
        }

        Problems.ThrowIfAny(JobRules.CanPropose(JobPosts.Status(S)));
        Problems.ThrowIfAny(JobRules.BeforeDeadline(S.Fields?.Deadline, clock.GetUtcNow()));
        Problems.ThrowIfAny(Validate.FirstOf(
            Validate.RequiredText("text", text, Validate.MaxBodyLength),
            Validate.Yen("priceYen", priceYen)));
        if (S.Proposals.OrEmpty().FirstOrDefault(p => p.WorkerId == workerId) is { } submitted)
        {
            throw DomainProblem.Conflict("proposal.already_submitted", submitted.Status == "blocked"
                ? ProposalThreads.BlockedSentence(submitted)
                : "この募集には既に提案しています。提案のスレッドでメッセージを送ってください。").ToException();
        }

        var (workerRead, clientRead) = await Parties.ReadBothAsync(GrainFactory, workerId, S.ClientId);
        var worker = Parties.RequireActor(await workerRead, workerId, UserRole.Worker, posting: true);
        var client = await clientRead;
        var now = clock.GetUtcNow();
        var proposalId = SharedTexts.Of($"p{S.Proposals.OrEmpty().Count + 1}");
        var result = await gate.EvaluateAsync(JobChecks.ThreadText(
            Id, proposalId, ChangeKind.ProposalSubmitted, TextKind.Proposal, text, worker, PartyRole.Worker, client, worker, [], now));

        // Linked before it is stored, so that the worker's withdrawal reaches it; refused when that withdrawal came first.
        if (await GrainFactory.Grain<IUserGrain>(workerId).LinkProposalAsync(Id))
        {
            Problems.ThrowIfAny(UserRules.CanAct(Standing.Withdrawn, posting: true));
        }

        var proposal = new ProposalRecord
        {
            Id = proposalId,
            WorkerId = workerId,
            Text = text,
            PriceYen = priceYen,
            At = now,
            Status = Verdicts.DeliveryStatus(result.Decision),
            Verdict = result.Verdict,
            Linked = true,
        };
        (S.Proposals ??= []).Add(proposal);
        S.Sends = IdempotentSends.Remember(S.Sends, workerId, idempotencyKey, proposalId, now, request);
        await CommitAsync(result);
        if (proposal.Status == "held")
        {
            await ReviewHooks.HeldAsync(GrainFactory, "proposal", "job", Id, proposalId, workerId, result.Verdict, now, $"held-job-{Id}-{proposalId}");
        }

        return proposal.ToView(Id, workerId);
    }

    public Task<IReadOnlyList<ProposalView>> GetProposalsAsync(string viewerId)
    {
        RequireVisibleTo(viewerId);
        IReadOnlyList<ProposalView> list = S.Proposals.OrEmpty()
            .Where(p => viewerId == S.ClientId || p.WorkerId == viewerId)
            .Where(p => viewerId == p.WorkerId || p.Status == "delivered" || p.WithdrawnAfterDelivery)
            .Select(p => p.ToView(Id, viewerId))
            .ToArray();
        return Task.FromResult(list);
    }

    public async Task<MessageView> SendProposalMessageAsync(string actorId, string proposalId, string text, string? idempotencyKey = null)
    {
        var proposal = RequireThreadParty(actorId, proposalId);
        Problems.ThrowIfAny(Validate.RequiredText("text", text, Validate.MaxMessageLength));
        if (IdempotentSends.Earlier(S.Sends, proposal.Messages, actorId, idempotencyKey, clock.GetUtcNow()) is { } earlier)
        {
            return IdempotentSends.Retried(earlier, text).ToView(actorId);
        }

        if (proposal.Status == WithdrawnTexts.Status)
        {
            throw WithdrawnTexts.Refusal("この提案のスレッドにはメッセージを送れません。").ToException();
        }

        if (proposal.Status == "blocked" || S.Status == "hidden")
        {
            throw DomainProblem.Conflict("proposal.closed", proposal.Status == "blocked"
                ? ProposalThreads.BlockedSentence(proposal)
                : $"{(S.HiddenByWithdrawal ? JobPosts.HiddenForWithdrawalJa : JobRules.StateSentence(JobStatus.Hidden))}この提案のスレッドにはメッセージを送れません。").ToException();
        }

        if (S.ContractId is not null)
        {
            // Only the contract's parties learn of it (and where to talk); another proposal's worker is told the post is closed.
            throw (proposal.Id == await ContractedProposalAsync()
                ? DomainProblem.Conflict("proposal.contracted", $"契約済みです。契約（{S.ContractId}）のメッセージで連絡してください。")
                : DomainProblem.Conflict("proposal.not_chosen", "この募集は他の提案で契約が決まり、募集を終了しました。この提案のスレッドにはメッセージを送れません。")).ToException();
        }

        // The message keeps the party's id and the thread's message id as the job keeps them (SharedTexts).
        actorId = SharedTexts.Party(actorId, S.ClientId, proposal.WorkerId);
        var isClient = actorId == S.ClientId;
        var (actorRead, otherRead) = await Parties.ReadBothAsync(GrainFactory, actorId, isClient ? proposal.WorkerId : S.ClientId);
        var actor = Parties.RequireActor(await actorRead, actorId, null, posting: true);
        var other = await otherRead;
        var now = clock.GetUtcNow();
        var messageId = SharedTexts.Of($"{proposal.Id}-m{proposal.Messages.OrEmpty().Count + 1}");
        var result = await gate.EvaluateAsync(JobChecks.ThreadText(
            Id, messageId, ChangeKind.MessageSent, TextKind.Message, text, actor,
            isClient ? PartyRole.Client : PartyRole.Worker,
            isClient ? actor : other, isClient ? other : actor,
            ProposalThreads.Recent(proposal, actorId), now));

        // A copy of a mass-send (the one completing it or a later one) is held now, before anyone can read it.
        var recipient = isClient ? proposal.WorkerId : S.ClientId;
        var verdict = await MassSends.RecordAsync(GrainFactory, actorId, new SentMessage("job", Id, messageId, recipient, text, now), result.Verdict);
        if (verdict != result.Verdict)
        {
            result = result with { Audit = MassSends.Audited(result.Audit, nameof(ChangeKind.MessageSent), messageId, verdict.Findings[^1], now) };
        }

        var message = new MessageRecord
        {
            Id = messageId,
            SenderId = actorId,
            Text = text,
            At = now,
            Status = verdict == result.Verdict ? Verdicts.DeliveryStatus(result.Decision) : "held",
            Verdict = verdict,
        };
        (proposal.Messages ??= []).Add(message);
        S.Sends = IdempotentSends.Remember(S.Sends, actorId, idempotencyKey, messageId, now);
        await HeldWrites.CommitAsync(GrainFactory, message, "job", Id, now, () => CommitAsync(result), () => state.SaveAsync(GrainContext));
        await ProposalThreads.PullBackPiecesAsync(GrainFactory, S, Id, proposal, message, () => state.SaveAsync(GrainContext), now);

        return message.ToView(actorId);
    }

    public Task<IReadOnlyList<MessageView>> GetProposalThreadAsync(string viewerId, string proposalId, int? after, int? before, int limit) =>
        Task.FromResult(Threads.Page(RequireThreadParty(viewerId, proposalId).Messages.OrEmpty(), viewerId, after, before, limit));

    public Task<MessageView> GetProposalMessageAsync(string viewerId, string proposalId, string messageId) =>
        Task.FromResult(Threads.One(RequireThreadParty(viewerId, proposalId).Messages.OrEmpty(), viewerId, messageId));

    public async Task<ContractView> AwardAsync(string actorId, AwardContract award)
    {
        await RequireOwnerAsync(actorId);
        if (S.ContractId is not null && award.ProposalId == await ContractedProposalAsync())
        {
            throw DomainProblem.Conflict("proposal.contracted", $"この提案は既に契約済みです（契約 {S.ContractId}）。").ToException();
        }

        Problems.ThrowIfAny(JobRules.CanAward(JobPosts.Status(S)));
        var proposal = VisibleProposal(actorId, award.ProposalId);
        var price = award.PriceYen ?? proposal.PriceYen;
        // Today in Japan: a delivery date (納期) is a day of the Japanese calendar, and before 09:00 there UTC is still yesterday.
        var today = BusinessCalendar.JapanDate(clock.GetUtcNow());
        Problems.ThrowIfAny(Validate.FirstOf(
            Validate.Yen("priceYen", price),
            award.DeliveryDate < today ? DomainProblem.Invalid("deliveryDate", "contract.delivery_date_past", "納期には今日以降の日付を指定してください。") : null,
            Validate.NotTooFarAhead("deliveryDate", "contract.delivery_date_too_far", award.DeliveryDate, today)));
        if (proposal.Status == WithdrawnTexts.Status)
        {
            throw WithdrawnTexts.Refusal("取り下げられた提案とは契約できません。").ToException();
        }

        var workerStanding = (await GrainFactory.Grain<IUserGrain>(proposal.WorkerId).GetPartyAsync()).Standing;
        if (workerStanding == "withdrawn")
        {
            // Withdrawn before their withdrawal reached this job (or a proposal made before jobs were linked to their worker):
            // their texts here are withdrawn now, as it would have done.
            await WithdrawTextsOfAsync(proposal.WorkerId);
            throw WithdrawnTexts.Refusal("取り下げられた提案とは契約できません。").ToException();
        }

        if (workerStanding == "restricted")
        {
            // A contract is new business for the worker too, which their restriction stops (it could not be funded either,
            // ContractRules.CanFund): refused before the post closes, so the client keeps it and may award another proposal.
            throw DomainProblem.Conflict(
                "proposal.worker_restricted",
                "このワーカーは利用制限中のため、この提案とは契約できません。別の提案と契約するか、制限が解除されてから契約してください。").ToException();
        }

        var contractId = $"c-{Guid.NewGuid():N}";
        var contract = await GrainFactory.Grain<IContractGrain>(contractId).CreateAsync(
            new ContractSetup(Id, proposal.Id, S.ClientId, proposal.WorkerId, price, award.DeliveryDate, S.Fields!.Title),
            ProposalThreads.Carried(proposal, S.ClientId));
        S.ContractId = contractId;
        S.ContractProposalId = proposal.Id;
        S.Status = "closed";
        await state.SaveAsync(GrainContext);
        return contract;
    }

    public Task HideAsync(string code, string reasonJa) => SaveIfAsync(JobPosts.Hide(S, reasonJa, forWithdrawal: false));

    public Task HideForWithdrawalAsync(string reasonJa) => SaveIfAsync(JobPosts.Hide(S, reasonJa, forWithdrawal: true));

    public Task RestoreAfterWithdrawalAsync() => SaveIfAsync(JobPosts.RestoreAfterWithdrawal(S));

    public Task WithdrawTextsOfAsync(string userId) => WithdrawnTexts.WithdrawAsync(GrainFactory, S, Id, userId, () => state.SaveAsync(GrainContext));

    public Task RestoreTextsOfAsync(string userId) => WithdrawnTexts.RestoreAsync(GrainFactory, S, Id, userId, () => state.SaveAsync(GrainContext), clock.GetUtcNow());

    public async Task<ReviewNote?> ResolveReviewAsync(string? itemId, bool approve, string reviewerId, string reasonJa)
    {
        if (!S.Exists)
        {
            throw Problems.NotFound("job", Id);
        }

        var now = clock.GetUtcNow();
        var wasOpen = S.Status == "open";
        // The writer's standing, read once for both rules below (a held post's client, a held proposal's or thread message's writer).
        var writer = approve ? HeldWriter(itemId) : null;
        var standing = writer is { } held ? (await GrainFactory.Grain<IUserGrain>(held.UserId).GetPartyAsync()).Standing : null;
        var withdrawnAuthor = writer is { } text && text.Kind != HeldTextKind.Post && standing == "withdrawn" ? text.UserId : null;
        if (writer is { } restricted && standing == "restricted")
        {
            // A restriction stops new business (posting, proposing, messaging before escrow): a held post, proposal or thread message
            // of a restricted writer is not released; the item stays open, to be refused or approved once the restriction is lifted.
            throw restricted.Kind.WriterRestricted().ToException();
        }

        if (withdrawnAuthor is not null)
        {
            // A held text approved while its writer is withdrawn, before their withdrawal reached this job (or made before jobs were
            // linked to their worker): their texts here are withdrawn now, as it would have done, and this one is not delivered.
            WithdrawnTexts.Withdraw(S, withdrawnAuthor);
        }

        if (JobReviews.Resolve(S, Id, itemId, approve, reasonJa, now, out var note, out var notice))
        {
            if (!wasOpen && S.Status == "open" && (await GrainFactory.Grain<IUserGrain>(S.ClientId).GetPartyAsync()).Standing == "withdrawn")
            {
                // Released while its client is withdrawn: hidden as the withdrawal hid their open posts, and opened if it is lifted.
                JobPosts.Hide(S, JobPosts.HiddenForWithdrawalJa, forWithdrawal: true);
                note = new ReviewNote(null, "募集者が強制退会となっているため、承認した募集は非表示のままです（退会が解除されると公開されます）。");
                notice = new JobReviews.AuthorNotice(S.ClientId, "job_not_released", $"募集「{S.Fields?.Title}」は審査で承認されましたが、強制退会中のため非表示のままです。");
            }

            await state.SaveAsync(GrainContext);
            if (notice is not null)
            {
                GrainFactory.Grain<IUserGrain>(notice.UserId).NotifyAsync(new NotificationView(notice.Type, notice.TextJa, Id, now)).Ignore();
            }
        }

        if (withdrawnAuthor is not null)
        {
            await WithdrawnTexts.CloseItemsAsync(GrainFactory, S, Id, withdrawnAuthor, except: itemId);
        }

        return note;
    }

    // The writer of the held post (itemId null or a revision), proposal or thread message an approval would release; null when it is not held.
    private (string UserId, HeldTextKind Kind)? HeldWriter(string? itemId)
    {
        if (itemId is null || JobReviews.IsRevision(itemId, out _))
        {
            return S.HeldForReview ? (S.ClientId, HeldTextKind.Post) : null;
        }

        if (WithdrawnTexts.HeldAuthor(S, itemId) is not { } author)
        {
            return null;
        }

        return (author, S.Proposals.OrEmpty().Any(p => p.Id == itemId) ? HeldTextKind.Proposal : HeldTextKind.ThreadMessage);
    }

    public async Task<bool> RecallMessageAsync(string messageId, FindingView finding)
    {
        if (ProposalThreads.TryRecall(S, Id, messageId, finding) is not { } held)
        {
            return false;
        }

        (S.Audit ??= []).Add(MassSends.Audited(null, "MessageRecalled", messageId, finding, clock.GetUtcNow()));
        await state.SaveAsync(GrainContext);
        await ReviewHooks.HeldAsync(GrainFactory, held.Kind, "job", Id, messageId, held.AuthorId, held.Verdict, clock.GetUtcNow(), $"held-job-{Id}-{messageId}");
        return true;
    }

    public Task<string?> GetAuthorAsync(string? itemId) => Task.FromResult(JobReviews.Author(S, itemId));

    public Task<JobRecordView> GetRecordAsync(string? proposalId) =>
        S.Exists ? Task.FromResult(JobReviews.Record(S, Id, proposalId)) : throw Problems.NotFound("job", Id);

    // The proposal the job's contract was made from (looked up on the contract for a state stored before it was kept).
    private async Task<string> ContractedProposalAsync() =>
        S.ContractProposalId ?? (await GrainFactory.Grain<IContractGrain>(S.ContractId!).GetAsync(S.ClientId)).ProposalId;

    private Task QueueIfHeldAsync(GateResult result, DateTimeOffset now) =>
        result.Decision == Decision.Hold && S.HeldForReview
            ? ReviewHooks.HeldAsync(GrainFactory, "job", "job", Id, null, S.ClientId, result.Verdict, now, JobReviews.HeldPostKey(Id, S.Revisions.OrEmpty().Count))
            : Task.CompletedTask;

    public Task<IReadOnlyList<AuditEntry>> GetAuditAsync() => S.Exists || S.Audit.OrEmpty().Any()
        ? Task.FromResult<IReadOnlyList<AuditEntry>>(S.Audit.OrEmpty().ToArray())
        : throw Problems.NotFound("job", Id);

    private Task SaveIfAsync(bool changed) => changed ? state.SaveAsync(GrainContext) : Task.CompletedTask;

    private Task CommitAsync(GateResult result) => state.CommitAsync(() => state.SaveAsync(GrainContext), result, effects, "job", Id);

    // A check's review of the post's text it holds is filed under that text's key (held-job-{id}-r{N}), the key the held
    // post itself is queued under (QueueIfHeldAsync): the detection and the held post are one item, decided and counted
    // once; a draft's, queued when it is saved, is the item the held post joins once published. A block's notice keeps
    // its own key (held-job-{id}-self).
    private Task CommitPostAsync(GateResult result) => state.CommitAsync(() => state.SaveAsync(GrainContext), result, effects, "job", Id,
        reviewKey: result.Decision == Decision.Hold ? JobReviews.HeldPostKey(Id, S.Revisions.OrEmpty().Count) : null);

    private async Task<PartyInfo> RequireOwnerAsync(string actorId, bool posting = true)
    {
        RequireVisibleTo(actorId);
        if (actorId != S.ClientId)
        {
            throw DomainProblem.Forbidden("job.not_owner", "この募集を操作できるのは募集したクライアントのみです。").ToException();
        }

        return await Parties.RequireActorAsync(GrainFactory, actorId, UserRole.Client, posting);
    }

    // Others see a post that is open, or closed after it was open: a draft closed before it was ever published (or a held
    // one, closed while it waited and then approved) stays its client's alone, as a draft is.
    private void RequireVisibleTo(string viewerId)
    {
        var visible = S.Exists && (viewerId == S.ClientId
            || (S.Status == "open" || S.Status == "closed" && S.PublishedAt is not null) && !S.HeldForReview
            || S.Proposals.OrEmpty().Any(p => p.WorkerId == viewerId));
        if (!visible)
        {
            throw Problems.NotFound("job", Id);
        }
    }

    private ProposalRecord RequireThreadParty(string actorId, string proposalId)
    {
        RequireVisibleTo(actorId);
        var proposal = VisibleProposal(actorId, proposalId);
        if (actorId != S.ClientId && actorId != proposal.WorkerId)
        {
            // Another worker's proposal is unknown to a worker (as on GET of the proposal and in their list): 404, not a refusal
            // that tells them it exists.
            throw Problems.NotFound("proposal", proposalId);
        }

        return proposal;
    }

    // A held or blocked proposal is its worker's alone: to the client it is unknown on every path (as in their list), not
    // a proposal that exists and is refused. One they had before its worker was withdrawn they still find, withdrawn.
    private ProposalRecord VisibleProposal(string viewerId, string proposalId) =>
        S.Proposals.OrEmpty().FirstOrDefault(p => p.Id == proposalId && (p.Status == "delivered" || p.WithdrawnAfterDelivery || p.WorkerId == viewerId))
        ?? throw Problems.NotFound("proposal", proposalId);
}
