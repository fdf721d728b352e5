using Microsoft.Extensions.Logging;
using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Users;
using Platform.Compliance.Abstractions;
using Platform.Domain.Common;
using Platform.Domain.Users;
using Platform.Grains.Contracts;
using Platform.Grains.Common;
using Platform.Grains.Compliance;
using Platform.Grains.Workflows;
using Platform.Domain.Trust;

namespace Platform.Grains.Users;

/// <summary>
/// The measures on a user: flags (and their revocations), the warning ladder's steps and lifts, and the mass-send
/// window whose detection flags a sender. What a flag or step does beyond the user is stored as pending first and
/// finished by the call, its retry, a timer or the next activation.
/// </summary>
internal sealed partial class UserGrain
{
    // The sender's recent messages for mass-send detection. Kept in memory only: the window is short, and a message
    // costs no storage write on the sender's side.
    private MassSendWindow? _sent;

    // Steps whose effects a call of this activation is doing now (a flag interleaves with a step): the others leave
    // them to it. Null while none is.
    private HashSet<int>? _finishing;

    // Tries again, while a step's effects stay undone, when nobody sends the step again. Null while none is.
    private IGrainTimer? _unfinished;

    private static readonly TimeSpan UnfinishedRetry = TimeSpan.FromMinutes(1);

    public async Task<(int Approvals, int Requests)> FlagAsync(string code, string reasonJa, string by, string? source = null)
    {
        RequireRegistered();
        // What set it, for a dismissal to take back: a reviewer's flag is confirmed, as is one no review item stands for.
        var listed = S.FlagSources?.Count;
        AutomaticFlags.Note(S, code, AutomaticFlags.Present(S, code), by == "platform" ? source : null);
        var added = !S.Flags.OrEmpty().Contains(code);
        if (added)
        {
            (S.Flags ??= []).Add(code);
        }

        // Revoke on every flag, even a repeated one: an approval granted since the first flag must not survive it. The
        // revocation is stored with the flag and any step the flag calls for, so that one cut off part-way is finished
        // (FinishStepsAsync: the flag's revocation first, then the steps').
        var now = clock.GetUtcNow();
        var revoking = S.ContractIds.OrEmpty().Count > 0;
        if (revoking)
        {
            // Numbered, for its contracts to record and its count to be taken once; a revocation still unfinished is
            // finished (and counted, under its own number) by this one's fan-out.
            var earlier = S.RevocationPending?.All().Where(f => f.Number != 0).ToArray();
            S.RevocationPending = new FlagRevocation(reasonJa, now, FlagRevocation.Next(S, S.RevocationPending)) { Earlier = earlier is { Length: > 0 } ? earlier : null };
        }

        var stepped = UserLadder.Take(S, null, code, reasonJa, "platform", workflow.Value.Ladder, now).Count > 0;
        if (added || S.FlagSources?.Count != listed || revoking || stepped)
        {
            await SaveAsync();
        }

        var revoked = await FinishStepsAsync();

        if (added || revoked != default)
        {
            // Told of the measure and of what it took back, as the other parties are told of the revocations: otherwise
            // their last word on a contract still says contact details may be exchanged. A request still pending is no
            // approval: it is told as a request closed.
            var revokedJa = revoked == default ? "" : $"これにより、{DisclosureWorkflow.RevokedJa(revoked)}";
            await NotifyAsync(new NotificationView("account_flagged", $"規約違反の記録をアカウントに付けました。理由：{reasonJa}{revokedJa}", Id, now));
        }

        logger.LogInformation("User {UserId} flagged {Code} by {By}; {Approvals} approvals revoked, {Requests} pending requests closed", Id, code, by, revoked.Approvals, revoked.Requests);
        return revoked;
    }

    public async Task<UserView> TakeStepAsync(string step, string code, string reasonJa, string by, string? source = null, string? idempotencyKey = null)
    {
        RequireRegistered();
        Problems.ThrowIfAny(Validate.FirstOf(WarningLadder.Validate(step, code, reasonJa), Validate.Reviewer(by)));
        if (idempotencyKey is not null && S.Warnings?.FindLast(w => w.IdempotencyKey == idempotencyKey) is { } earlier)
        {
            // A retry answers the user as they are now (the step may have been lifted since), once it has done what the
            // first attempt left undone (cut off part-way, some contracts were not revoked).
            if ((earlier.Step, earlier.Code, earlier.ReasonJa, earlier.By) != (step, code, reasonJa, by))
            {
                throw IdempotentRequests.Reused();
            }

            await FinishStepsAsync();
            return ToView();
        }

        WarningLadder.TryParse(step, out var parsed);
        var now = clock.GetUtcNow();
        if (by == "platform")
        {
            // A reviewer's step is theirs to lift; the platform's, taken for a detection, goes when that is dismissed.
            AutomaticFlags.Note(S, code, AutomaticFlags.Present(S, code), source);
        }

        UserLadder.Take(S, parsed, code, reasonJa, by, workflow.Value.Ladder, now, idempotencyKey);
        await SaveAsync();
        await FinishStepsAsync();
        return ToView();
    }

    /// <summary>
    /// Does what the steps stored with their effects pending do beyond the user (<see cref="UserLadder.FinishAsync"/>):
    /// those just taken, and any an earlier call left undone, but not those another call is doing now. When that fails,
    /// the caller's retry does it, and so does a timer meanwhile (<see cref="RetryUnfinished"/>). Returns how many
    /// approvals this call revoked and pending requests it closed; <paramref name="givenBack"/> hears how many disclosures a lift finished here gave back.
    /// </summary>
    private async Task<(int Approvals, int Requests)> FinishStepsAsync(Action<(int Approvals, int Requests)>? givenBack = null)
    {
        // Another call's steps are left to it, not awaited: a flag waits here while a contract that raised it waits on
        // the flag, and the step's own fan-out waits on that contract.
        var steps = UserLadder.Pending(S).Where(w => (_finishing ??= []).Add(w.Number)).ToList();
        try
        {
            var flag = await FinishFlagRevocationAsync();
            var stepped = await UserLadder.FinishAsync(GrainFactory, Id, S, steps, SaveAsync, givenBack, e =>
            {
                // Done and stored, not counted yet: not the request's failure; the timer counts it (as a flag's refused count).
                logger.LogWarning(e, "Steps of user {UserId} done but not counted: the month refused; trying again in {Retry}", Id, UnfinishedRetry);
                RetryUnfinished(UnfinishedRetry);
            });
            if (S.ReinstatePending)
            {
                // A dismissal's give-back cut off part-way (FlagReleases): done now, unless something bars it by now.
                await Reinstatements.GiveBackIfClearAsync(GrainFactory, Id, S, SaveAsync);
            }

            return (flag.Approvals + stepped.Approvals, flag.Requests + stepped.Requests);
        }
        catch (Exception)
        {
            RetryUnfinished(UnfinishedRetry);
            throw;
        }
        finally
        {
            _finishing?.ExceptWith(steps.Select(w => w.Number));
            if (_finishing?.Count == 0)
            {
                _finishing = null;
                // A mark stored while another call was finishing its step (a lift of that step) is left to the timer.
                if (Unfinished)
                {
                    RetryUnfinished(TimeSpan.Zero);
                }
            }
        }
    }

    // What a flag's revocation cut off part-way left undone (revoking again is idempotent: only approvals still
    // standing are revoked), then its count: the revocations the contracts say this flag made, now or by an earlier
    // attempt, once for the whole fan-out (UserLadder.CountFlagAsync), so that an attempt after a stop counts the same and
    // the month takes it once. Cleared unless a later flag stored its own meanwhile (that one finishes and counts this one).
    // A count the month refuses leaves it stored, for the timer or the next activation, and does not fail the flag.
    private async Task<(int Approvals, int Requests)> FinishFlagRevocationAsync()
    {
        if (S.RevocationPending is not { } pending)
        {
            return default;
        }

        if (pending.Number == 0)
        {
            // Stored before flags were numbered: numbered, and stored so, before a contract records the number.
            S.RevocationPending = pending = pending with { Number = FlagRevocation.Next(S, pending) };
            await SaveAsync();
        }

        var revocations = await UserLadder.RevokeAllAsync(GrainFactory, Id, S, pending.ReasonJa, flag: pending.Number);
        IReadOnlyList<FlagRevocation> counted;
        try
        {
            counted = await UserLadder.CountFlagAsync(GrainFactory, Id, pending, revocations);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Flag revocations of user {UserId} done but not counted: the month refused; trying again in {Retry}", Id, UnfinishedRetry);
            RetryUnfinished(UnfinishedRetry);
            return DisclosureWorkflow.CountRevoked(revocations);
        }

        if (ReferenceEquals(S.RevocationPending, pending))
        {
            S.RevocationPending = null;
            await SaveAsync();
            UserLadder.ForgetFlags(GrainFactory, Id, counted);
        }

        return DisclosureWorkflow.CountRevoked(revocations);
    }

    private bool Unfinished => S.RevocationPending is not null || UserLadder.Pending(S).Count > 0 || S.ReinstatePending;

    private void RetryUnfinished(TimeSpan dueTime) => _unfinished ??= this.RegisterGrainTimer(async () =>
    {
        try
        {
            await FinishStepsAsync();
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Steps or flag of user {UserId}: what they do beyond the user is still undone; trying again in {Retry}", Id, UnfinishedRetry);
            return;
        }

        if (!Unfinished)
        {
            _unfinished?.Dispose();
            _unfinished = null;
        }
    }, new GrainTimerCreationOptions(dueTime, UnfinishedRetry));

    public async Task<UserView> LiftStepAsync(int number, string by, string reasonJa)
    {
        RequireRegistered();
        Problems.ThrowIfAny(Validate.FirstOf(Validate.RequiredText("reason", reasonJa, Validate.MaxMessageLength), Validate.Reviewer(by)));
        var warnings = S.Warnings;
        var index = warnings?.FindIndex(w => w.Number == number) ?? -1;
        if (warnings is null || index < 0)
        {
            throw DomainProblem.NotFound("ladder.step_not_found", $"措置 {number} は見つかりません。", "number").ToException();
        }

        // A step cut off before it was done is done first, counted as taken, so that its lift gives back all it took.
        await FinishStepsAsync();
        var now = clock.GetUtcNow();
        var revoking = UserLadder.RevokesDisclosures(warnings[index].Step);
        if (!warnings[index].Active)
        {
            if (revoking)
            {
                // A lift whose give-back failed part-way (a contract could not be asked) is finished by the retry.
                await Reinstatements.GiveBackIfClearAsync(GrainFactory, Id, S, SaveAsync);
            }

            throw DomainProblem.Conflict("ladder.already_lifted", $"措置 {number} は既に解除されています。").ToException();
        }

        // A restriction's or withdrawal's give-back is stored with the lift and done as a step's effects are, finished after a
        // stop or a failure: the step revoked the user's disclosures, and lifting it gives them back, as a dismissed detection
        // does, unless a flag or another step still stands (a withdrawal's posts and texts first).
        warnings[index] = UserLadder.Lifted(warnings[index], now, by, reasonJa);
        S.Standing = UserRules.ToCode(WarningLadder.StandingOf(UserLadder.Active(S)));
        UserLadder.NotifyLifted(S, warnings[index], reasonJa, now);

        // A warning lifted may take the active warnings below the threshold a restriction was taken for: that one goes with it,
        // stored in the same write and given back as any lifted restriction.
        var thresholds = UserLadder.LiftThresholdStepsNoLongerCalledFor(S, workflow.Value.Ladder, now);
        revoking |= thresholds.Count > 0;
        await SaveAsync();
        await FinishStepsAsync();
        if (revoking && (warnings[index].LiftPending || thresholds.Any(t => S.Warnings!.Single(w => w.Number == t.Number).LiftPending)))
        {
            // Not finished by this call (another call was finishing the step when it was lifted): the timer finishes it, and
            // the lift answers once the disclosures are given back, as it always did.
            await Reinstatements.GiveBackIfClearAsync(GrainFactory, Id, S, SaveAsync);
        }

        return ToView();
    }

    public Task<FindingView?> RecordSentAsync(SentMessage message)
    {
        _sent ??= new MassSendWindow(workflow.Value.MassSend);
        var copies = _sent.Record(new SentCopy(message.SourceKind, message.SourceId, message.MessageId, message.RecipientId, message.Text, message.At));
        if (copies.Count == 0)
        {
            return Task.FromResult<FindingView?>(null);
        }

        // The asking thread holds this copy itself; the alert, the pull-back of the others and the flag follow without
        // it waiting (they call contracts, possibly the asking one).
        var recipients = workflow.Value.MassSendRecipients;
        MassSendFoundAsync(copies, message).Ignore();
        return Task.FromResult<FindingView?>(MassSends.Finding(message.Text, recipients));
    }

    private async Task MassSendFoundAsync(IReadOnlyList<SentCopy> copies, SentMessage asking)
    {
        var recipients = workflow.Value.MassSendRecipients;
        try
        {
            // The flag and the pull-back first: once the alert is in the queue a reviewer may dismiss it, and a flag set
            // or a copy held after that dismissal would stay.
            if (!S.Flags.OrEmpty().Contains(MassSends.Code))
            {
                await FlagAsync(MassSends.Code, MassSends.ReasonJa(recipients), "platform");
            }

            // The copies are in review before the alert that lists them reaches a reviewer.
            var others = copies.Where(c => c.SourceKind != asking.SourceKind || c.SourceId != asking.SourceId || c.MessageId != asking.MessageId).ToArray();
            var recalled = await MassSends.PullBackAsync(GrainFactory, others, recipients);
            await MassSends.AlertAsync(GrainFactory, Id, copies, recipients, clock.GetUtcNow());

            logger.LogWarning("User {UserId} mass-sent a message to {Recipients}+ users; {Copies} copies held, {Recalled} of them pulled back", Id, recipients, copies.Count, recalled);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Mass-send of user {UserId}: the alert, pull-back or flag did not complete", Id);
        }
    }

    public async Task<FlagRelease> ClearMassSendAsync(string by, string reasonJa)
    {
        _sent?.Clear();
        // Whatever holds it: a dismissed alert means there was no campaign.
        var unlisted = AutomaticFlags.Pin(S, MassSends.Code);
        var removed = S.Flags?.Remove(MassSends.Code) == true;
        var release = await FlagReleases.GiveBackAsync(GrainFactory, Id, S, SaveAsync, FinishStepsAsync, workflow.Value.Ladder, MassSends.Code, removed, removed || unlisted, clock.GetUtcNow());
        logger.LogInformation("Mass-send flag of {UserId} dismissed by {By} ({Reason}): {Release}", Id, by, reasonJa, release);
        return release;
    }

    public async Task<FlagRelease> ReleaseFlagAsync(string code, string source, string by, string reasonJa)
    {
        var (changed, last) = AutomaticFlags.Release(S, code, source);
        var removed = last && S.Flags?.Remove(code) == true;
        var release = await FlagReleases.GiveBackAsync(GrainFactory, Id, S, SaveAsync, FinishStepsAsync, workflow.Value.Ladder, code, removed, changed, clock.GetUtcNow(), last);
        logger.LogInformation("Flag {Code} of {UserId} from {Source} dismissed by {By} ({Reason}): {Release}", code, Id, source, by, reasonJa, release);
        return release;
    }

    public async Task ConfirmFlagAsync(string code, string source)
    {
        if (AutomaticFlags.Pin(S, code))
        {
            await SaveAsync();
            logger.LogInformation("Flag {Code} of {UserId} confirmed with {Source}: no dismissal takes it back", code, Id, source);
        }
    }
}
