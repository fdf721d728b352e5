using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Users;
using Platform.Compliance.Abstractions;
using Platform.Domain.Common;
using Platform.Domain.Contracts;
using Platform.Grains.Common;
using Platform.Grains.Compliance;
using Platform.Grains.Reviews;
using Platform.Grains.Users;
using Platform.Grains.Workflows;
using Microsoft.Extensions.Options;

namespace Platform.Grains.Contracts;

/// <inheritdoc cref="IContractGrain"/>
internal sealed class ContractGrain(
    [PersistentState("contract", GrainStorage.Name)] IPersistentState<ContractState> state,
    ComplianceGate gate,
    EffectDispatcher effects,
    TimeProvider clock,
    IOptions<WorkflowOptions> workflow) : Grain, IContractGrain, IRemindable, IContractHost
{
    // GetPrimaryKeyString() builds a new string on every call, and other grains keep the contract's id (both parties'
    // contract and completion lists, notifications): one string per contract instead of one per use.
    private string? _id;

    private string Id => _id ??= this.GetPrimaryKeyString();

    private ContractState S => state.State;

    private ContractSetup Setup => S.Setup ?? throw Problems.NotFound("contract", Id);

    // Retries the counts owed while the month could not take them (the reminder retries them too, after a stop).
    private IGrainTimer? _counting;

    private static readonly TimeSpan CountRetry = TimeSpan.FromSeconds(5);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Counts is not null)
        {
            // Counts stored with their changes by an activation that stopped before sending them.
            RetryCounts(TimeSpan.Zero);
        }

        return HeldWrites.RefuseQueuedAsync(GrainFactory, S.Messages.OrEmpty(), "contract", Id);
    }

    public async Task<ContractView> CreateAsync(ContractSetup setup, IReadOnlyList<CarriedText>? carried = null)
    {
        if (S.Setup is not null)
        {
            throw DomainProblem.Conflict("contract.already_exists", $"契約「{Id}」は既に存在します。").ToException();
        }

        var now = clock.GetUtcNow();
        S.Setup = setup;
        S.CreatedAt = now;
        S.Stage = ContractRules.ToCode(ContractStage.Contracted);
        S.Carried = carried is { Count: > 0 } ? [.. carried] : null;
        AddEvent(setup.ClientId, "contracted", $"契約締結：{setup.PriceYen:N0}円、納期 {setup.DeliveryDate:yyyy-MM-dd}（提案 {setup.ProposalId}）", now);
        var client = await GrainFactory.Grain<IUserGrain>(setup.ClientId).GetPartyAsync();
        var worker = await GrainFactory.Grain<IUserGrain>(setup.WorkerId).GetPartyAsync();
        var result = await gate.EvaluateAsync(ContractChecks.Change(Id, S, ChangeKind.ContractCreated, null, null, client, client, worker, "none", now));
        await CommitAsync(result);
        await Task.WhenAll(
            GrainFactory.Grain<IUserGrain>(setup.ClientId).LinkContractAsync(Id),
            GrainFactory.Grain<IUserGrain>(setup.WorkerId).LinkContractAsync(Id));
        return ToView(setup.ClientId);
    }

    public Task<ContractView> GetAsync(string viewerId)
    {
        RequireParty(viewerId);
        return Task.FromResult(ToView(viewerId));
    }

    public Task<ContractView> FundEscrowAsync(string actorId) =>
        TransitionAsync(actorId, ContractAction.FundEscrow, "escrow_funded", $"仮払い（{Setup.PriceYen:N0}円）が完了しました。");

    public async Task<ContractView> DeliverAsync(string actorId, string note, string? idempotencyKey = null)
    {
        Problems.ThrowIfAny(Validate.RequiredText("note", note, Validate.MaxMessageLength));
        // A retry answers the contract as it is now, whatever stage it has reached since (accepted, paid).
        var request = idempotencyKey is null ? 0 : IdempotentRequests.Fingerprint(note);
        if (IdempotentSends.Find(S.Sends, actorId, idempotencyKey, clock.GetUtcNow()) is { } sent)
        {
            return S.Deliveries.OrEmpty().Any(d => $"delivery-{d.Number}" == sent.MessageId) && sent.Request == request
                ? ToView(actorId)
                : throw IdempotentRequests.Reused();
        }

        var number = S.Deliveries.OrEmpty().Count + 1;
        var written = await StepTextAsync(actorId, ContractAction.Deliver, $"delivery-{number}", note);
        return await TransitionAsync(actorId, ContractAction.Deliver, "delivered", $"納品（第{number}回）：{written.Shown}", now =>
        {
            (S.Deliveries ??= []).Add(new DeliveryView(number, written.Shown, now));
            S.Sends = IdempotentSends.Remember(S.Sends, actorId, idempotencyKey, $"delivery-{number}", now, request);
        }, written);
    }

    public Task<ContractView> AcceptAsync(string actorId) =>
        TransitionAsync(actorId, ContractAction.Accept, "accepted", "検収が完了しました。", now => S.AcceptedAt = now);

    public async Task<ContractView> ConfirmPaymentAsync(string actorId)
    {
        var view = await TransitionAsync(actorId, ContractAction.ConfirmPayment, "paid", $"支払いが確定しました（{Setup.PriceYen:N0}円をワーカーへ）。", now => S.PaidAt = now);
        await GrainFactory.Grain<IUserGrain>(Setup.ClientId).RecordCompletionAsync(Id);
        await GrainFactory.Grain<IUserGrain>(Setup.WorkerId).RecordCompletionAsync(Id);
        return view;
    }

    public async Task<ContractView> CancelAsync(string actorId, string reasonJa)
    {
        Problems.ThrowIfAny(Validate.RequiredText("reason", reasonJa, Validate.MaxMessageLength));
        var written = await StepTextAsync(actorId, ContractAction.Cancel, "cancellation", reasonJa);
        // Only the worker may cancel after escrow, or the client of a withdrawn worker (ContractRules): the escrow goes back to the client.
        var refunded = S.Stage == ContractRules.ToCode(ContractStage.EscrowFunded);
        var refundedBy = actorId == Setup.WorkerId ? "仮払い後にワーカーがキャンセルしました。" : "ワーカーが強制退会となったため、仮払い後にクライアントがキャンセルしました。";
        return await TransitionAsync(actorId, ContractAction.Cancel, "cancelled", refunded
            ? $"{refundedBy}仮払い金（{Setup.PriceYen:N0}円）はクライアントへ返金されます：{written.Shown}"
            : $"仮払い前にキャンセルされました：{written.Shown}", written: written,
            tell: () => ContractNotices.CancelledAsync(this, actorId, refunded, written.Shown), reason: written.Shown);
    }

    public async Task<ContractView> RequestTerminationAsync(string actorId, string reasonJa)
    {
        RequireParty(actorId);
        Problems.ThrowIfAny(Validate.RequiredText("reason", reasonJa, Validate.MaxMessageLength));
        if (S.Termination is { Status: "pending" })
        {
            throw DomainProblem.Conflict("termination.pending", "回答待ちの契約途中終了リクエストがあります。").ToException();
        }

        // Each request's reason is reviewed on its own (termination-N, as a report names it), whichever party wrote it.
        var number = S.History.OrEmpty().Count(e => e.Type == "termination_requested") + 1;
        var written = await StepTextAsync(actorId, ContractAction.RequestTermination, "termination", reasonJa, $"termination-{number}");
        return await TransitionAsync(actorId, ContractAction.RequestTermination, "termination_requested", $"契約途中終了リクエスト：{written.Shown}", now =>
            S.Termination = new TerminationView(actorId, written.Shown, now, "pending", null) { Number = number }, written,
            () => ContractNotices.TerminationRequestedAsync(this, actorId, written.Shown), written.Shown);
    }

    public async Task<ContractView> RespondTerminationAsync(string actorId, bool accept)
    {
        RequireParty(actorId);
        if (S.Termination is not { Status: "pending" } pending)
        {
            throw DomainProblem.Conflict("termination.none_pending", "回答待ちの契約途中終了リクエストはありません。").ToException();
        }

        if (pending.RequestedBy == actorId)
        {
            throw DomainProblem.Forbidden("termination.own_request", "自分が出したリクエストには回答できません。相手方の回答をお待ちください。").ToException();
        }

        return await TransitionAsync(
            actorId,
            ContractAction.RespondTermination,
            accept ? "terminated" : "termination_refused",
            accept ? "契約途中終了に合意しました。契約はキャンセルされ、仮払い金は返金されます。" : "契約途中終了リクエストは拒否されました。",
            now =>
            {
                S.Termination = pending with { Status = accept ? "accepted" : "refused", AnsweredAt = now };
                if (accept)
                {
                    S.Stage = ContractRules.ToCode(ContractStage.Cancelled);
                }
            },
            tell: () => ContractNotices.TerminationAnsweredAsync(this, actorId, pending.RequestedBy, accept));
    }

    public async Task<MessageView> SendMessageAsync(string actorId, string text, string? idempotencyKey = null)
    {
        Problems.ThrowIfAny(Validate.RequiredText("text", text, Validate.MaxMessageLength));
        if (IdempotentSends.Earlier(S.Sends, S.Messages, actorId, idempotencyKey, clock.GetUtcNow()) is { } earlier)
        {
            return IdempotentSends.Retried(earlier, text).ToView(actorId);
        }

        // A restriction stops new business, not the winding-up of a deal in progress (ContractRules.MessageIsPosting).
        var (actor, client, worker) = await AuthoriseAsync(actorId, ContractAction.SendMessage, ContractRules.MessageIsPosting(ContractRules.ParseOrThrow(S.Stage)));
        // The message and its event keep the party's id as the contract does, and the id and sentence every contract's
        // message of that number has (SharedTexts).
        actorId = SharedTexts.Party(actorId, Setup.ClientId, Setup.WorkerId);
        var now = clock.GetUtcNow();
        var messageId = SharedTexts.Of($"m{S.Messages.OrEmpty().Count + 1}");
        CarriedTexts.Forget(S, actorId);
        var result = await gate.EvaluateAsync(ContractChecks.Change(Id, S, ChangeKind.MessageSent, messageId, text, actor, client, worker, S.Stage, now));
        // A copy of a mass-send (the one completing it or a later one) is held now, before anyone can read it.
        var recipient = actorId == Setup.ClientId ? Setup.WorkerId : Setup.ClientId;
        var verdict = await MassSends.RecordAsync(GrainFactory, actorId, new SentMessage("contract", Id, messageId, recipient, text, now), result.Verdict);
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
        (S.Messages ??= []).Add(message);
        S.Sends = IdempotentSends.Remember(S.Sends, actorId, idempotencyKey, messageId, now);
        if (message.Status != "held")
        {
            AddEvent(actorId, message.Status == "delivered" ? "message_sent" : "message_blocked",
                SharedTexts.Of(message.Status == "blocked" ? $"メッセージ {messageId} はブロックされました。" : $"メッセージ {messageId} を送信しました。"), now, messageId);
        }

        // A held message is recorded once its review item is stored: a send answered with an error leaves no trace.
        await HeldWrites.CommitAsync(GrainFactory, message, "contract", Id, now, () => CommitAsync(result), () => state.SaveAsync(GrainContext),
            () => AddEvent(actorId, "message_held", SharedTexts.Of($"メッセージ {messageId} は審査待ちです。"), now, messageId));
        await HeldMessages.PullBackPiecesAsync(this, message);

        if (message.Status == "delivered")
        {
            // Only an answer the requester receives ends a nudge (a held one does once it is released: HeldMessages).
            await NudgeWorkflow.OnMessageAsync(this, actorId);
        }

        return message.ToView(actorId);
    }

    public Task<IReadOnlyList<MessageView>> GetMessagesAsync(string viewerId, int? after, int? before, int limit)
    {
        RequireParty(viewerId);
        return Task.FromResult(Threads.Page(S.Messages.OrEmpty(), viewerId, after, before, limit));
    }

    public Task<MessageView> GetMessageAsync(string viewerId, string messageId)
    {
        RequireParty(viewerId);
        return Task.FromResult(Threads.One(S.Messages.OrEmpty(), viewerId, messageId));
    }

    public async Task<ContractView> RateAsync(string actorId, int stars, string? comment)
    {
        RequireParty(actorId);
        Problems.ThrowIfAny(Validate.FirstOf(
            stars is < 1 or > 5 ? DomainProblem.Invalid("stars", "field.out_of_range", "stars は1〜5で指定してください。") : null,
            Validate.OptionalText("comment", comment, Validate.MaxMessageLength)));
        if (S.Ratings.OrEmpty().Any(r => r.ByUserId == actorId))
        {
            throw DomainProblem.Conflict("rating.already_given", "この契約の評価は既に送信済みです。").ToException();
        }

        // A comment with no visible character is no comment (as a report's): nothing to check, show or report.
        var written = Validate.IsBlank(comment) ? null : await StepTextAsync(actorId, ContractAction.Rate, "rating", comment, $"rating-{actorId}");
        var view = await TransitionAsync(actorId, ContractAction.Rate, "rated", $"評価 ★{stars}", now =>
            (S.Ratings ??= []).Add(new RatingView(actorId, stars, written?.Shown, now)), written);
        var rated = actorId == Setup.ClientId ? Setup.WorkerId : Setup.ClientId;
        await GrainFactory.Grain<IUserGrain>(rated).RecordRatingAsync(Id, stars);
        return view;
    }

    public Task<IReadOnlyList<ContractEvent>> GetHistoryAsync(string viewerId)
    {
        RequireParty(viewerId);
        return Task.FromResult(ContractViews.History(S, viewerId));
    }

    public async Task<Revocation?> RevokeApprovalsAsync(string flaggedUserId, string reasonJa, int? step = null, int? flag = null)
    {
        if (S.Setup is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var revocation = DisclosureWorkflow.Revoke(this, flaggedUserId, reasonJa, step, flag, now);
        IReadOnlyList<MessageRecord> closed = [];
        if (revocation is { RevokedNow: true })
        {
            // The contact details held while the request was pending will never be allowed now.
            closed = HeldMessages.CloseContactHolds(this, DisclosureWorkflow.RevokedWhy, now);
            // Through the workflow's save: a pending request closed here no longer needs its deadline reminder.
            // Counted by the flagged party's grain, once for the whole fan-out (UserLadder.RevokeAllAsync): one write here, as ever.
            await SaveAsync();
        }

        if (revocation is not null)
        {
            await DisclosureWorkflow.ClosePendingAsync(this, revocation, reasonJa);
            await HeldMessages.AnnounceClosedAsync(this, closed, DisclosureWorkflow.RevokedWhy);
        }

        return revocation;
    }

    public Task<Reinstatement?> ReinstateApprovalsAsync(string userId) =>
        S.Setup is null ? Task.FromResult<Reinstatement?>(null) : DisclosureReinstatement.ReinstateAsync(this, userId);

    public Task<PartyNotice?> TellPartyWithdrawnAsync(string userId, DateTimeOffset at) =>
        S.Setup is null ? Task.FromResult<PartyNotice?>(null) : PartyWithdrawal.TellAsync(this, userId, at);

    public async Task WithdrawTextsOfAsync(string userId)
    {
        if (S.Setup is not null)
        {
            await WithdrawnMessages.WithdrawAsync(this, userId);
            await WithdrawnStepTexts.WithdrawAsync(this, userId);
        }
    }

    public async Task RestoreTextsOfAsync(string userId)
    {
        if (S.Setup is not null)
        {
            await WithdrawnMessages.RestoreAsync(this, userId);
            await WithdrawnStepTexts.RestoreAsync(this, userId);
        }
    }

    public async Task<ContractView> RequestDisclosureAsync(string actorId)
    {
        RequireParty(actorId);
        await DisclosureWorkflow.RequestAsync(this, actorId);
        return ToView(actorId);
    }

    public async Task<ContractView> DecideDisclosureAsync(bool approve, string reviewerId, string reasonJa)
    {
        _ = Setup;
        await DisclosureWorkflow.DecideAsync(this, approve, reviewerId, reasonJa);
        return ToView(null);
    }

    public async Task<ContractView> RequestNudgeAsync(string actorId)
    {
        RequireParty(actorId);
        await NudgeWorkflow.RequestAsync(this, actorId);
        return ToView(actorId);
    }

    public async Task CheckDueAsync()
    {
        if (S.Setup is null)
        {
            return;
        }

        try
        {
            await WorkflowReminder.CheckDueAsync(this, S);
        }
        catch
        {
            // A step due cut off before its write (the review queue or a party unreachable) is only in memory, with the
            // count it owes: dropped with the activation, so neither is stored or counted without the other; the next
            // tick does it again.
            GrainContext.Deactivate(new DeactivationReason(
                DeactivationReasonCode.ApplicationError, "due workflow step failed before its write; reload the committed state"));
            throw;
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => CheckDueAsync();

    public Task<MessageView> ResolveHeldMessageAsync(string messageId, bool approve, string reviewerId, string reasonJa) =>
        HeldMessages.ResolveAsync(this, messageId, approve, reviewerId, reasonJa);

    public Task<bool> ReleaseWithheldTextAsync(string itemId, IReadOnlyList<FindingView> findings, string reviewerId, string reasonJa)
    {
        _ = Setup;
        return WithheldTexts.ReleaseAsync(this, itemId, findings, reviewerId, reasonJa);
    }

    public async Task<bool> RecallMessageAsync(string messageId, FindingView finding)
    {
        _ = Setup;
        if (!await HeldMessages.RecallAsync(this, messageId, finding))
        {
            return false;
        }

        (S.Audit ??= []).Add(MassSends.Audited(null, "MessageRecalled", messageId, finding, clock.GetUtcNow()));
        await state.SaveAsync(GrainContext);
        return true;
    }

    public Task<string?> GetAuthorAsync(string messageId) =>
        Task.FromResult(S.Setup is null ? null : S.Messages.OrEmpty().FirstOrDefault(m => m.Id == messageId)?.SenderId);

    public Task<StepTextView?> GetStepTextAsync(string viewerId, string kind, string? item)
    {
        RequireParty(viewerId);
        return Task.FromResult(StepTexts.Find(S, kind, item));
    }

    public async Task<FactSheet> GetFactsAsync()
    {
        var record = await GrainFactory.Grain<IJobGrain>(Setup.JobId).GetRecordAsync(Setup.ProposalId);
        return ContractFacts.Build(ToView(null), S, record);
    }

    public Task<IReadOnlyList<AuditEntry>> GetAuditAsync() => S.Setup is not null || S.Audit.OrEmpty().Any()
        ? Task.FromResult<IReadOnlyList<AuditEntry>>(S.Audit.OrEmpty().ToArray())
        : throw Problems.NotFound("contract", Id);

    /// <summary>
    /// Takes a step: authorised (unless <paramref name="written"/>, the step's text, was checked after the same
    /// authorisation), recorded, checked and committed, then the text's own verdict committed. A step of the silent party
    /// of an active nudge reaches the requester, so it answers the nudge in the same write. The parties are told of the
    /// step (<paramref name="tell"/>) before they are told of what it closed, its consequences, and the requester of the
    /// answered nudge last. A <paramref name="reason"/> (a cancellation's, a termination request's, as shown) is kept on the step's event.
    /// </summary>
    private async Task<ContractView> TransitionAsync(
        string actorId, ContractAction action, string eventType, string detailJa, Action<DateTimeOffset>? mutate = null, StepText? written = null,
        Func<Task>? tell = null, string? reason = null)
    {
        // Funding escrow starts the work and the money moving: new business, which a restriction stops (the client's 403
        // user.restricted, the worker's 409 contract.worker_restricted).
        var (actor, client, worker) = written?.Parties ?? await AuthoriseAsync(actorId, action, posting: action == ContractAction.FundEscrow);
        var now = written?.At ?? clock.GetUtcNow();
        var before = S.Stage;
        S.Stage = ContractRules.ToCode(ContractRules.Next(ContractRules.ParseOrThrow(S.Stage), action));
        mutate?.Invoke(now);
        AddEvent(actorId, eventType, detailJa, now, text: reason);
        var closed = StageClosures.Apply(this, before, now);
        var answered = NudgeWorkflow.Answer(this, actorId, ContractRules.Describe(action), now);
        var result = await gate.EvaluateAsync(ContractChecks.Change(Id, S, ChangeKind.ContractStageChanged, null, null, actor, client, worker, before, now));
        await WorkflowReminder.SyncAsync(this, S); // a closed nudge or request needs no reminder
        await CommitAsync(result);
        if (written is { Result: var text } && (text.Audit is not null || text.Decision >= Decision.Hold))
        {
            if (text.Decision >= Decision.Hold)
            {
                WithheldTexts.Keep(S, new WithheldText(written.ItemId, actorId, written.Text, now, text.Verdict.Findings)
                {
                    Status = text.Decision == Decision.Block ? "blocked" : "held",
                    ReviewItemId = written.ReviewId == written.ItemId ? null : written.ReviewId,
                });
            }

            await state.CommitAsync(() => state.SaveAsync(GrainContext), text, effects, "contract", Id, queueHold: true);
        }

        if (tell is not null)
        {
            await tell();
        }

        await StageClosures.AnnounceAsync(this, closed);

        if (answered)
        {
            await NudgeWorkflow.AnnounceAnswerAsync(this, ContractRules.Describe(action));
        }

        return ToView(actorId);
    }

    /// <summary>
    /// A text written with a step (a delivery note, a reason, a rating comment) reaches the other party as a message
    /// does, so it is checked as one, as of the stage the step is taken in. Held or blocked, the step still happens and
    /// the text is withheld: what is recorded and shown carries a notice in its place, the audit keeps the findings with
    /// their evidence, and the support team is told (of a hold too: nothing else queues it). Asks first whether the
    /// step is allowed, so a refused step records nothing.
    /// </summary>
    // The text of step itemId checked as reviewId (the item its detection's effects target, and its review item key ends with:
    // the step's own id, or one per writer or request where both parties write one, see WithheldText.ReviewItemId).
    private async Task<StepText> StepTextAsync(string actorId, ContractAction action, string itemId, string text, string? reviewId = null)
    {
        var parties = await AuthoriseAsync(actorId, action, posting: false);
        var (actor, client, worker) = parties;
        var now = clock.GetUtcNow();
        var result = await gate.EvaluateAsync(ContractChecks.Change(Id, S, ChangeKind.MessageSent, reviewId ?? itemId, text, actor, client, worker, S.Stage, now));
        var shown = result.Decision is Decision.Block or Decision.Hold ? Verdicts.WithheldNotice(held: result.Decision == Decision.Hold) : text;
        return new StepText(itemId, reviewId ?? itemId, text, shown, now, result, parties);
    }

    /// <summary>
    /// A step's text as written and as shown, the id it was checked and is reviewed under, when it was written (the step's instant),
    /// its verdict, and the parties it was authorised with.
    /// </summary>
    private sealed record StepText(
        string ItemId, string ReviewId, string Text, string Shown, DateTimeOffset At, GateResult Result, (PartyInfo Actor, PartyInfo Client, PartyInfo Worker) Parties);

    private async Task<(PartyInfo Actor, PartyInfo Client, PartyInfo Worker)> AuthoriseAsync(string actorId, ContractAction action, bool posting)
    {
        var setup = RequireParty(actorId);
        // Both parties read at once; the other party's standing is still judged before the actor's.
        var (otherRead, actorRead) = await Parties.ReadBothAsync(GrainFactory, actorId == setup.ClientId ? setup.WorkerId : setup.ClientId, actorId);
        var other = await otherRead;
        Problems.ThrowIfAny(ContractRules.Check(
            ContractRules.ParseOrThrow(S.Stage), action, actorId == setup.ClientId, actorId == setup.WorkerId, other.Standing == "withdrawn"));
        var actor = Parties.RequireActor(await actorRead, actorId, null, posting);
        if (action == ContractAction.FundEscrow)
        {
            // The client funds (ContractRules.Check): new business with the worker too, refused while they are restricted or withdrawn.
            Problems.ThrowIfAny(ContractRules.CanFund(Parties.ParseStanding(other.Standing)));
        }

        return actorId == setup.ClientId ? (actor, actor, other) : (actor, other, actor);
    }

    private ContractSetup RequireParty(string userId)
    {
        var setup = Setup;
        if (userId != setup.ClientId && userId != setup.WorkerId)
        {
            throw DomainProblem.Forbidden("contract.not_a_party", "この契約の当事者ではありません。").ToException();
        }

        return setup;
    }

    private Task CommitAsync(GateResult result) => state.CommitAsync(() => state.SaveAsync(GrainContext), result, effects, "contract", Id);

    private void AddEvent(string actorId, string type, string detailJa, DateTimeOffset at, string? messageId = null, string? text = null) =>
        (S.History ??= []).Add(new ContractEvent(S.History.Count + 1, at, actorId, type, detailJa, messageId) { Text = text });

    // Null: whole, for the staff.
    private ContractView ToView(string? viewerId) => ContractViews.View(Id, S, viewerId);

    string IContractHost.ContractId => Id;

    ContractState IContractHost.State => S;

    ContractSetup IContractHost.Terms => Setup;

    IGrainFactory IContractHost.Grains => GrainFactory;

    WorkflowOptions IContractHost.Workflow => workflow.Value;

    DateTimeOffset IContractHost.Now => clock.GetUtcNow();

    void IContractHost.Record(string actorId, string type, string detailJa, DateTimeOffset at, string? messageId) => AddEvent(actorId, type, detailJa, at, messageId);

    void IContractHost.Notify(string userId, string type, string messageJa) =>
        GrainFactory.Grain<IUserGrain>(userId).NotifyAsync(new NotificationView(type, messageJa, Id, clock.GetUtcNow())).Ignore();

    public async Task CountAsync()
    {
        if (!await ContractCounts.SendAsync(this))
        {
            RetryCounts(CountRetry);
        }
    }

    private void RetryCounts(TimeSpan dueTime) => _counting ??= this.RegisterGrainTimer(async () =>
    {
        if (await ContractCounts.SendAsync(this))
        {
            _counting?.Dispose();
            _counting = null;
        }
    }, new GrainTimerCreationOptions(dueTime, CountRetry));

    public async Task SaveAsync()
    {
        await WorkflowReminder.SyncAsync(this, S);
        await state.SaveAsync(GrainContext);
    }
}
