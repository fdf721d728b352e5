using Platform.Abstractions.Common;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Users;
using Platform.Domain.Trust;
using Platform.Domain.Users;
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
    /// What the steps taken do elsewhere: restriction and withdrawal revoke disclosures; withdrawal hides the user's open
    /// jobs, and the other party of each open contract is told (once, when the user was not withdrawn already).
    /// </summary>
    public static async Task<int> ApplyAsync(IGrainFactory grains, string userId, UserState s, IReadOnlyList<WarningView> taken, DateTimeOffset now)
    {
        if (taken.Count == 0)
        {
            return 0;
        }

        await Stats.AddAsync(grains, now, taken.GroupBy(t => t.Step).ToDictionary(g => $"ladder.{g.Key}", g => g.Count()));
        var withdrawals = taken.Count(t => t.Step == "withdrawal");
        if (withdrawals > 0 && Active(s).Count(a => a == LadderStep.Withdrawal) == withdrawals)
        {
            // Told first: the revocations below say only that the other party was subject to a measure.
            await Task.WhenAll(s.ContractIds.OrEmpty().Select(id => grains.Grain<IContractGrain>(id).TellPartyWithdrawnAsync(userId)));
        }

        var revoked = 0;
        if (taken.Any(t => RevokesDisclosures(t.Step)))
        {
            revoked = await RevokeAllAsync(grains, userId, s, taken[^1].ReasonJa, now);
        }

        if (withdrawals > 0)
        {
            await Task.WhenAll(s.JobIds.OrEmpty().Select(id => grains.Grain<IJobGrain>(id).HideForWithdrawalAsync(JobPosts.HiddenForWithdrawalJa)));
        }

        return revoked;
    }

    /// <summary>
    /// Lifts the steps the platform took automatically under <paramref name="code"/> (by <c>platform</c>, with that code),
    /// now that the measure they followed was undone, with the threshold steps the same call took right after each; a
    /// step the thresholds still call for without it stays (<see cref="WarningLadder.CalledFor"/>). Lightest first, so a
    /// restriction that followed a lifted warning goes too. Sets the standing and adds the user's notices; returns the
    /// steps lifted (the caller saves, then restores what a lifted withdrawal hid: <see cref="RestoreAsync"/>).
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
                && next.Code.StartsWith("ladder.", StringComparison.Ordinal); j++)
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
            var others = Active(s);
            others.Remove(Parse(step.Step));
            if (WarningLadder.CalledFor(Parse(step.Step), others, s.Flags.OrEmpty().Count, policy))
            {
                continue;
            }

            var index = warnings!.FindIndex(w => w.Number == step.Number);
            warnings[index] = step with { LiftedAt = now, LiftedBy = Platform, LiftReasonJa = AutomaticLiftJa };
            lifted.Add(warnings[index]);
            (s.Notifications ??= []).Add(new NotificationView("ladder_lifted", $"措置（{WarningLadder.NameJa(step.Step)}）を解除しました。理由：{AutomaticLiftJa}", null, now));
        }

        if (lifted.Count > 0)
        {
            s.Standing = UserRules.ToCode(WarningLadder.StandingOf(Active(s)));
        }

        return lifted;
    }

    /// <summary>Why the platform lifted a step it had taken automatically, as the user reads it.</summary>
    public const string AutomaticLiftJa = "運営の確認の結果、自動で検知した違反は誤りと判断されたため、自動で行った措置を取り消しました。";

    private const string Platform = "platform";

    /// <summary>
    /// When <paramref name="lifted"/> was a withdrawal and none remains active, opens again the jobs the withdrawal hid (not those hidden
    /// for a violation of their own). Disclosures revoked stay revoked: the parties ask again.
    /// </summary>
    public static Task RestoreAsync(IGrainFactory grains, UserState s, WarningView lifted) =>
        lifted.Step == "withdrawal" && !Active(s).Contains(LadderStep.Withdrawal)
            ? Task.WhenAll(s.JobIds.OrEmpty().Select(id => grains.Grain<IJobGrain>(id).RestoreAfterWithdrawalAsync()))
            : Task.CompletedTask;

    /// <summary>
    /// Revokes every approved disclosure on the user's contracts, in parallel, then delivers the other parties' notices,
    /// one call per recipient. Returns when every revocation and every notice is stored; when a contract could not be
    /// revoked (or a notice not stored), the notices of the others are still delivered and the call then fails, so the
    /// caller retries: contracts already revoked for this user hand their notice out again and recipients skip those
    /// they hold.
    /// </summary>
    public static async Task<int> RevokeAllAsync(IGrainFactory grains, string userId, UserState s, string reasonJa, DateTimeOffset now)
    {
        var count = 0;
        await OnEveryContractAsync(grains, s, c => c.RevokeApprovalsAsync(userId, reasonJa), revocations =>
        {
            count = revocations.Count(r => r.RevokedNow);
            return Task.WhenAll(DeliverAsync(grains, userId, revocations.Select(r => (r.NoticeTo, r.Notice))), Stats.AddAsync(grains, now, Stats.DisclosureRevoked, count));
        });
        return count;
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
