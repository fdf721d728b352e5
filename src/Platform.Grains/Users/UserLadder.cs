using Platform.Abstractions.Common;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Statistics;
using Platform.Abstractions.Users;
using Platform.Domain.Trust;
using Platform.Domain.Users;
using Platform.Grains.Contracts;
using Platform.Grains.Common;
using Platform.Grains.Statistics;

using Platform.Grains.Jobs;

namespace Platform.Grains.Users;

/// <summary>The warning ladder on a user's state, and what each step does beyond it (revocations, hidden jobs).</summary>
internal static class UserLadder
{
    // Bounds one call's message (and, on PostgreSQL, a recipient with very many notices writes once per chunk).
    private const int NoticesPerCall = 1_000;

    public static List<LadderStep> Active(UserState s) =>
        s.Warnings.OrEmpty().Where(w => w.Active && WarningLadder.TryParse(w.Step, out _)).Select(w => Parse(w.Step)).ToList();

    /// <summary>
    /// Adds <paramref name="first"/> (when given, with the <paramref name="idempotencyKey"/> it was asked under) and then
    /// any step the thresholds call for; returns the steps taken.
    /// </summary>
    public static List<WarningView> Take(
        UserState s, LadderStep? first, string code, string reasonJa, string by, LadderPolicy policy, DateTimeOffset now, string? idempotencyKey = null)
    {
        var taken = new List<WarningView>();
        var next = first ?? WarningLadder.AutomaticStep(Active(s), s.Flags.OrEmpty().Count, policy);
        while (next is { } step)
        {
            var view = new WarningView(WarningLadder.ToCode(step), code, reasonJa, by, now)
            {
                Number = s.Warnings.OrEmpty().Count + 1,
                IdempotencyKey = taken.Count == 0 && first is not null ? idempotencyKey : null,
                EffectsPending = true,
            };
            (s.Warnings ??= []).Add(view);
            taken.Add(view);
            next = WarningLadder.AutomaticStep(Active(s), s.Flags.OrEmpty().Count, policy);
            code = next == LadderStep.Withdrawal ? WarningLadder.FlagsThresholdCode : WarningLadder.WarningsThresholdCode;
            reasonJa = next == LadderStep.Withdrawal
                ? "違反の記録が規定の件数に達したため、自動で強制退会としました。"
                : "警告が規定の回数に達したため、自動で利用を制限しました。";
            by = "platform";
        }

        s.Standing = UserRules.ToCode(WarningLadder.StandingOf(Active(s)));
        foreach (var step in taken)
        {
            (s.Notifications ??= []).Add(new NotificationView($"ladder_{step.Step}", $"{WarningLadder.Describe(Parse(step.Step), step.Code)}理由：{step.ReasonJa}", null, now));
        }

        return taken;
    }

    /// <summary>Whether a step of this kind revokes the user's disclosures while it stands: a restriction or a withdrawal.</summary>
    public static bool RevokesDisclosures(string step) => step is "restriction" or "withdrawal";

    /// <summary>
    /// The steps whose effects are still to be done (<see cref="WarningView.EffectsPending"/>), or whose lift's give-back is
    /// (<see cref="WarningView.LiftPending"/>), in the order taken.
    /// </summary>
    public static List<WarningView> Pending(UserState s) => [.. s.Warnings.OrEmpty().Where(w => w.EffectsPending || w.LiftPending)];

    /// <summary>
    /// Does what the steps of <paramref name="pending"/> stored with <see cref="WarningView.EffectsPending"/> do beyond the user,
    /// then clears the marks it found and saves: while still active, a restriction or withdrawal revokes the user's disclosures and a
    /// withdrawal hides their open posts and withdraws their proposals and held texts on every job they posted or proposed to
    /// (<see cref="IJobGrain.WithdrawTextsOfAsync"/>) and their held messages on every contract
    /// (<see cref="IContractGrain.WithdrawTextsOfAsync"/>), the other party of each open contract told first (when the user was not
    /// withdrawn already; told once, however often it runs: the notice carries the step's time). Once all of that is done, the month's statistics count the steps and the
    /// revocations they made, whichever call made them (a contract revoked by an attempt cut off part-way says which step
    /// revoked it: <see cref="Revocation.Step"/>), in the month each step was taken. So it may run again after a failure:
    /// revoking and hiding are idempotent, nothing is counted before it all succeeded, and each step's count is taken
    /// once however often it is sent (<see cref="StepSource"/>: a stop between the count and the save sends it again, and
    /// the month takes it once); withdrawing texts is idempotent too. A lifted withdrawal marked <see cref="WarningView.LiftPending"/>
    /// gives back, once none stays active, what withdrawals take (<see cref="GiveBackAsync"/>, idempotent too), after the effects of
    /// the steps still active; a lifted restriction or withdrawal marked so gives back the disclosures revoked because of the user
    /// when nothing bars them any more (<see cref="Reinstatements.ReinstateAllAsync"/>, idempotent: contracts given back already
    /// hand their notice out again, and recipients keep it once), telling <paramref name="givenBack"/> how many. A step whose count
    /// the month refuses keeps its <see cref="WarningView.EffectsPending"/> mark, and the call does not fail
    /// (<paramref name="countRefused"/> hears why): the finisher's next run counts it. Returns how many approvals this call
    /// revoked, and how many requests still pending it closed.
    /// </summary>
    public static async Task<(int Approvals, int Requests)> FinishAsync(
        IGrainFactory grains, string userId, UserState s, IReadOnlyList<WarningView> pending, Func<Task> save,
        Action<(int Approvals, int Requests)>? givenBack = null, Action<Exception>? countRefused = null)
    {
        if (pending.Count == 0)
        {
            return default;
        }

        // The steps taken whose effects are undone; a step lifted meanwhile does nothing more (its lift gives back what it took).
        var steps = pending.Where(w => w.EffectsPending).ToList();
        var active = steps.Where(w => s.Warnings!.Find(x => x.Number == w.Number) is { Active: true }).ToList();
        var withdrawals = active.Count(t => t.Step == "withdrawal");
        if (withdrawals > 0 && Active(s).Count(a => a == LadderStep.Withdrawal) == withdrawals)
        {
            // Told first: the revocations below say only that the other party was subject to a measure. Each notice carries the
            // step's time, so one handed out again by a run after a failure or a stop is kept once.
            var at = active.First(t => t.Step == "withdrawal").At;
            await OnEveryContractAsync(grains, s, c => c.TellPartyWithdrawnAsync(userId, at),
                told => DeliverAsync(grains, userId, told.Select(t => (t.NoticeTo, t.Notice))));
        }

        List<Revocation> revocations = [];
        if (active.LastOrDefault(t => RevokesDisclosures(t.Step)) is { } revoking)
        {
            revocations = await RevokeAllAsync(grains, userId, s, revoking.ReasonJa, step: revoking.Number);
        }

        if (withdrawals > 0)
        {
            // Their posts hidden, and on every job they posted or proposed to, their proposals withdrawn and their held texts ended.
            // On each of their contracts, their messages held for review end undelivered too.
            await Task.WhenAll(s.JobIds.OrEmpty().Select(id => grains.Grain<IJobGrain>(id).HideForWithdrawalAsync(JobPosts.HiddenForWithdrawalJa))
                .Concat(JobsWithTexts(s).Select(id => grains.Grain<IJobGrain>(id).WithdrawTextsOfAsync(userId)))
                .Concat(s.ContractIds.OrEmpty().Select(id => grains.Grain<IContractGrain>(id).WithdrawTextsOfAsync(userId))));
        }

        if (pending.Any(w => w.LiftPending && w.Step == "withdrawal") && !Active(s).Contains(LadderStep.Withdrawal))
        {
            await GiveBackAsync(grains, userId, s);
        }

        if (pending.Any(w => w.LiftPending && RevokesDisclosures(w.Step)) && Reinstatements.StillBarred(s) is null)
        {
            // A lifted restriction or withdrawal gives back the disclosures revoked because of the user once nothing else bars
            // them (after the texts, so a held message given back that waited only for the disclosure is delivered); the
            // notices the user is owed are saved with the marks below. Barred still (a flag, another step), the mark is
            // cleared all the same: what bars them gives them back when it goes (a dismissal, a lift).
            var given = await Reinstatements.ReinstateAllAsync(grains, userId, s);
            givenBack?.Invoke(given);
        }

        // Each step counted once, with the revocations it made, as the step's own source (see StepSource). A count the month
        // refuses does not fail the step (done, and stored as it is): its mark stays, so the finisher (the timer, the next
        // step, lift or flag, the next activation) does it again, idempotently, and counts it then, as a flag's count is.
        var revoked = revocations.Where(r => r.Step is not null).GroupBy(r => r.Step!.Value).ToDictionary(g => g.Key, g => g.Count());
        var counts = steps.Select(w =>
        {
            var increments = new Dictionary<string, int> { [$"ladder.{w.Step}"] = 1 };
            if (revoked.GetValueOrDefault(w.Number) is > 0 and var count)
            {
                increments[Stats.DisclosureRevoked] = count;
            }

            return Stats.AddOnceAsync(grains, w.At, StepSource(userId, w.Number), 1, increments);
        }).ToArray();
        try
        {
            await Task.WhenAll(counts);
        }
        catch (Exception e)
        {
            countRefused?.Invoke(e);
        }

        var counted = steps.Where((_, i) => counts[i].IsCompletedSuccessfully).Select(w => w.Number).ToHashSet();
        // Only the marks this call found: a lift stored meanwhile (a call interleaved) is left to be finished.
        foreach (var step in pending)
        {
            var index = s.Warnings!.FindIndex(w => w.Number == step.Number);
            var now = s.Warnings[index];
            var done = step.EffectsPending && counted.Contains(step.Number);
            s.Warnings[index] = now with { EffectsPending = now.EffectsPending && !done, LiftPending = now.LiftPending && !step.LiftPending };
        }

        await save();
        foreach (var step in steps.Where(w => counted.Contains(w.Number)))
        {
            // Stored as done: never sent again, so the month need not remember it (a forget lost to a stop leaves one entry).
            Stats.Forget(grains, step.At, StepSource(userId, step.Number), 1);
        }

        return DisclosureWorkflow.CountRevoked(revocations);
    }

    /// <summary>
    /// The source a step is counted under in the month's statistics (<see cref="IStatisticsGrain.AddOnceAsync"/>, its one
    /// count numbered 1): a step's number is the user's for good, and the user's calls interleave, so the steps of two
    /// calls are counted apart rather than numbered in one sequence that one call could overtake.
    /// </summary>
    private static string StepSource(string userId, int number) => $"user/{userId}/step/{number}";

    /// <summary>
    /// The source a flag's revocations are counted under in the month's statistics (its one count numbered 1): the flag's
    /// number is recorded by every contract it revoked (<see cref="Revocation.Flag"/>), so the count is the same however
    /// often the fan-out runs, and the month takes it once.
    /// </summary>
    public static string FlagSource(string userId, int number) => $"user/{userId}/flag/{number}";

    /// <summary>
    /// Once the flag's fan-out (<see cref="RevokeAllAsync"/>) had every contract's answer: counts the revocations of
    /// <paramref name="revoking"/> and of the earlier flags it finishes, each once for the whole fan-out (one call to the
    /// month per flag, not one per contract), as the contracts say they were revoked by it, now or by an earlier attempt.
    /// Fails when a month could not take its count (sent again by the next attempt). Returns the flags counted, for
    /// <see cref="ForgetFlags"/> once the user stored that they were.
    /// </summary>
    public static async Task<IReadOnlyList<FlagRevocation>> CountFlagAsync(IGrainFactory grains, string userId, FlagRevocation revoking, IReadOnlyList<Revocation> revocations)
    {
        var revoked = revocations.Where(r => r.Flag is not null).GroupBy(r => r.Flag!.Value).ToDictionary(g => g.Key, g => g.Count());
        var counted = revoking.All().Where(f => revoked.GetValueOrDefault(f.Number) > 0).ToList();
        await Task.WhenAll(counted.Select(f =>
            Stats.AddOnceAsync(grains, f.At, FlagSource(userId, f.Number), 1, new Dictionary<string, int> { [Stats.DisclosureRevoked] = revoked[f.Number] })));
        return counted;
    }

    /// <summary>The flags <paramref name="counted"/>, stored as done: never sent again, so the month need not remember them.</summary>
    public static void ForgetFlags(IGrainFactory grains, string userId, IEnumerable<FlagRevocation> counted)
    {
        foreach (var flag in counted)
        {
            Stats.Forget(grains, flag.At, FlagSource(userId, flag.Number), 1);
        }
    }

    /// <summary>
    /// Lifts the steps the platform took automatically under <paramref name="code"/> (by <c>platform</c>, with that code),
    /// now that the measure they followed was undone, with the threshold steps the same call took right after each; a
    /// step the thresholds still call for without it stays (<see cref="WarningLadder.CalledFor"/>). Lightest first, so a
    /// restriction that followed a lifted warning goes too. Sets the standing and adds the user's notices; returns the
    /// steps lifted, a withdrawal marked <see cref="WarningView.LiftPending"/> (the caller saves, then finishes it: <see cref="FinishAsync"/>).
    /// </summary>
    public static List<WarningView> LiftAutomatic(UserState s, string code, LadderPolicy policy, DateTimeOffset now)
    {
        var warnings = s.Warnings;
        var taken = new List<WarningView>();
        for (var i = 0; i < (warnings?.Count ?? 0); i++)
        {
            if (warnings![i] is not { Active: true, By: Platform } step || step.Code != code)
            {
                continue;
            }

            taken.Add(step);
            // UserLadder.Take numbers the steps one call takes in a row, at one instant, the later ones under ladder.* codes.
            for (var j = i + 1; j < warnings.Count && warnings[j] is { By: Platform } next && next.At == step.At
                && next.Code.StartsWith(WarningLadder.PlatformCodePrefix, StringComparison.Ordinal); j++)
            {
                if (next.Active)
                {
                    taken.Add(next);
                }
            }
        }

        var lifted = new List<WarningView>();
        foreach (var step in taken.DistinctBy(w => w.Number).OrderBy(w => Parse(w.Step)).ThenBy(w => w.Number))
        {
            LiftIfNoLongerCalledFor(s, warnings!.FindIndex(w => w.Number == step.Number), Parse(step.Step), policy, AutomaticLiftJa, now, lifted);
        }

        if (lifted.Count > 0)
        {
            lifted.AddRange(LiftThresholdStepsNoLongerCalledFor(s, policy, now));
            s.Standing = UserRules.ToCode(WarningLadder.StandingOf(Active(s)));
        }

        return lifted;
    }

    /// <summary>
    /// Lifts every restriction the platform took because the active warnings reached <see cref="LadderPolicy.WarningsForRestriction"/>
    /// (<see cref="WarningLadder.WarningsThresholdCode"/>) that they no longer reach, a warning having been lifted since (by a
    /// reviewer, or by the platform with the detection it was given for), whichever warning's call took it: the user is then
    /// restricted by no measure of their own. A restriction a reviewer or a check took stays. Each is marked for its give-back
    /// (<see cref="Lifted"/>) and the user told; sets the standing; returns the steps lifted.
    /// </summary>
    public static List<WarningView> LiftThresholdStepsNoLongerCalledFor(UserState s, LadderPolicy policy, DateTimeOffset now)
    {
        var lifted = new List<WarningView>();
        var warnings = s.Warnings;
        for (var i = 0; i < (warnings?.Count ?? 0); i++)
        {
            if (warnings![i] is not { Active: true, By: Platform, Code: WarningLadder.WarningsThresholdCode } step || !WarningLadder.TryParse(step.Step, out var kind))
            {
                continue;
            }

            LiftIfNoLongerCalledFor(s, i, kind, policy, ThresholdLiftJa, now, lifted);
        }

        if (lifted.Count > 0)
        {
            s.Standing = UserRules.ToCode(WarningLadder.StandingOf(Active(s)));
        }

        return lifted;
    }

    /// <summary>
    /// Lifts the platform's step at <paramref name="index"/> of the user's warnings (a <paramref name="kind"/>) when the other
    /// active steps and the flags no longer call for it under <paramref name="policy"/>: marked for its give-back, added to
    /// <paramref name="lifted"/>, the user told why.
    /// </summary>
    private static void LiftIfNoLongerCalledFor(
        UserState s, int index, LadderStep kind, LadderPolicy policy, string reasonJa, DateTimeOffset now, List<WarningView> lifted)
    {
        var others = Active(s);
        others.Remove(kind);
        if (WarningLadder.CalledFor(kind, others, s.Flags.OrEmpty().Count, policy))
        {
            return;
        }

        s.Warnings![index] = Lifted(s.Warnings[index], now, Platform, reasonJa);
        lifted.Add(s.Warnings[index]);
        NotifyLifted(s, s.Warnings[index], reasonJa, now);
    }

    /// <summary>Tells the user a step of theirs (<paramref name="step"/>) was lifted, and why.</summary>
    public static void NotifyLifted(UserState s, WarningView step, string reasonJa, DateTimeOffset now) =>
        (s.Notifications ??= []).Add(new NotificationView("ladder_lifted", $"措置（{WarningLadder.NameJa(step.Step)}）を解除しました。理由：{reasonJa}", null, now));

    /// <summary>Why the platform lifted a step it had taken automatically, as the user reads it.</summary>
    public const string AutomaticLiftJa = "運営の確認の結果、自動で検知した違反は誤りと判断されたため、自動で行った措置を取り消しました。";

    /// <summary>Why the platform lifted a restriction the warnings' threshold called for once they no longer reach it.</summary>
    public const string ThresholdLiftJa = "警告が解除され、有効な警告が規定の回数を下回ったため、警告が重なったことによる利用制限を解除しました。";

    private const string Platform = "platform";

    /// <summary>
    /// <paramref name="step"/> lifted at <paramref name="now"/> by <paramref name="by"/>; a restriction or a withdrawal is marked for
    /// its give-back (<see cref="WarningView.LiftPending"/>: the disclosures it revoked, and what a withdrawal withdrew), stored with
    /// the lift and done by <see cref="FinishAsync"/>.
    /// </summary>
    public static WarningView Lifted(WarningView step, DateTimeOffset now, string by, string reasonJa) =>
        step with { LiftedAt = now, LiftedBy = by, LiftReasonJa = reasonJa, LiftPending = RevokesDisclosures(step.Step) };

    /// <summary>
    /// What a lifted withdrawal gives back once none remains active: the jobs it hid opened again (not those hidden for a violation
    /// of their own), the proposals and held texts it withdrew on jobs given back (<see cref="IJobGrain.RestoreTextsOfAsync"/>) and
    /// its held contract messages held again (<see cref="IContractGrain.RestoreTextsOfAsync"/>), each queued for review again.
    /// Idempotent. The disclosures it revoked are given back apart, once nothing else bars them (<see cref="FinishAsync"/>).
    /// </summary>
    private static Task GiveBackAsync(IGrainFactory grains, string userId, UserState s) =>
        Task.WhenAll(s.JobIds.OrEmpty().Select(id => grains.Grain<IJobGrain>(id).RestoreAfterWithdrawalAsync())
            .Concat(JobsWithTexts(s).Select(id => grains.Grain<IJobGrain>(id).RestoreTextsOfAsync(userId)))
            .Concat(s.ContractIds.OrEmpty().Select(id => grains.Grain<IContractGrain>(id).RestoreTextsOfAsync(userId))));

    // The jobs where the user may have texts: those they posted (their messages in its proposal threads) and those they proposed to.
    private static IEnumerable<string> JobsWithTexts(UserState s) => s.JobIds.OrEmpty().Concat(s.ProposedJobIds.OrEmpty()).Distinct();

    /// <summary>
    /// Revokes every approved disclosure on the user's contracts, in parallel, for a flag or for the user's ladder
    /// <paramref name="step"/> or numbered <paramref name="flag"/> (the contracts keep its number), then delivers the other
    /// parties' notices, one call per recipient. Counts nothing: a flag's revocations are counted by
    /// <see cref="CountFlagAsync"/>, a step's by <see cref="FinishAsync"/>. Returns the contracts' answers once every revocation
    /// and every notice is stored; when a contract could not be revoked (or a notice not stored), the notices of the
    /// others are still delivered and the call then fails, so the caller retries: contracts already revoked for this
    /// user hand their notice out again and recipients skip those they hold.
    /// </summary>
    public static async Task<List<Revocation>> RevokeAllAsync(IGrainFactory grains, string userId, UserState s, string reasonJa, int? step = null, int? flag = null)
    {
        List<Revocation> answered = [];
        await OnEveryContractAsync(grains, s, c => c.RevokeApprovalsAsync(userId, reasonJa, step, flag), revocations =>
        {
            answered = revocations;
            return DeliverAsync(grains, userId, revocations.Select(r => (r.NoticeTo, r.Notice)));
        });
        return answered;
    }

    /// <summary>
    /// Calls every contract of the user at once, then hands the answers of those that answered (non-null) to
    /// <paramref name="tell"/>; when a contract failed, that failure is rethrown after <paramref name="tell"/>, so what
    /// succeeded is told before the caller retries.
    /// </summary>
    public static async Task OnEveryContractAsync<T>(IGrainFactory grains, UserState s, Func<IContractGrain, Task<T?>> call, Func<List<T>, Task> tell)
        where T : class
    {
        var calls = s.ContractIds.OrEmpty().Select(id => call(grains.Grain<IContractGrain>(id))).ToArray();
        try
        {
            await Task.WhenAll(calls);
        }
        catch (Exception)
        {
            // Each call's outcome is read below: what succeeded is told before the failure is reported.
        }

        await tell([.. calls.Where(c => c.IsCompletedSuccessfully && c.Result is not null).Select(c => c.Result!)]);
        if (calls.FirstOrDefault(c => !c.IsCompletedSuccessfully) is { } failed)
        {
            await failed;
        }
    }

    /// <summary>Delivers notices owed to others, one call per recipient (<see cref="IUserGrain.DeliverNoticesAsync"/>).</summary>
    public static Task DeliverAsync(IGrainFactory grains, string userId, IEnumerable<(string To, NotificationView Notice)> owed) =>
        Task.WhenAll(owed.GroupBy(r => r.To).SelectMany(g => g.Chunk(NoticesPerCall).Select(chunk =>
        {
            var recipient = grains.Grain<IUserGrain>(g.Key);
            var notices = chunk.Select(r => r.Notice).ToArray();
            if (g.Key != userId)
            {
                return recipient.DeliverNoticesAsync(notices);
            }

            // A contract with the user on both sides: the user's grain is busy with this very call, so queue it.
            recipient.DeliverNoticesAsync(notices).Ignore();
            return Task.CompletedTask;
        })));

    private static LadderStep Parse(string code) => WarningLadder.TryParse(code, out var step) ? step : LadderStep.Warning;
}
