using Platform.Abstractions.Contracts;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Users;
using Platform.Domain.Trust;
using Platform.Domain.Users;
using Platform.Grains.Common;
using Platform.Grains.Statistics;

namespace Platform.Grains.Users;

/// <summary>The warning ladder on a user's state, and what each step does beyond it (revocations, hidden jobs).</summary>
internal static class UserLadder
{
    public static List<LadderStep> Active(UserState s) =>
        s.Warnings.OrEmpty().Where(w => w.Active && WarningLadder.TryParse(w.Step, out _)).Select(w => Parse(w.Step)).ToList();

    /// <summary>Adds <paramref name="first"/> (when given) and then any step the thresholds call for; returns the steps taken.</summary>
    public static List<WarningView> Take(UserState s, LadderStep? first, string code, string reasonJa, string by, LadderPolicy policy, DateTimeOffset now)
    {
        var taken = new List<WarningView>();
        var next = first ?? WarningLadder.AutomaticStep(Active(s), s.Flags.OrEmpty().Count, policy);
        while (next is { } step)
        {
            var view = new WarningView(WarningLadder.ToCode(step), code, reasonJa, by, now) { Number = s.Warnings.OrEmpty().Count + 1 };
            (s.Warnings ??= []).Add(view);
            taken.Add(view);
            next = WarningLadder.AutomaticStep(Active(s), s.Flags.OrEmpty().Count, policy);
            code = next == LadderStep.Withdrawal ? "ladder.flags_threshold" : "ladder.warnings_threshold";
            reasonJa = next == LadderStep.Withdrawal
                ? "違反の記録が規定の件数に達したため、自動で強制退会としました。"
                : "警告が規定の回数に達したため、自動で利用を制限しました。";
            by = "platform";
        }

        s.Standing = UserRules.ToCode(WarningLadder.StandingOf(Active(s)));
        foreach (var step in taken)
        {
            (s.Notifications ??= []).Add(new NotificationView($"ladder_{step.Step}", $"{WarningLadder.Describe(Parse(step.Step))}理由：{step.ReasonJa}", null, now));
        }

        return taken;
    }

    /// <summary>What the steps taken do elsewhere: restriction and withdrawal revoke disclosures; withdrawal hides the user's jobs.</summary>
    public static async Task<int> ApplyAsync(IGrainFactory grains, string userId, UserState s, IReadOnlyList<WarningView> taken, DateTimeOffset now)
    {
        if (taken.Count == 0)
        {
            return 0;
        }

        await Stats.AddAsync(grains, now, taken.GroupBy(t => t.Step).ToDictionary(g => $"ladder.{g.Key}", g => g.Count()));
        var revoked = 0;
        if (taken.Any(t => t.Step is "restriction" or "withdrawal"))
        {
            revoked = await RevokeAllAsync(grains, userId, s, taken[^1].ReasonJa, now);
        }

        if (taken.Any(t => t.Step == "withdrawal"))
        {
            await Task.WhenAll(s.JobIds.OrEmpty().Select(id => grains.GetGrain<IJobGrain>(id).HideAsync("user.withdrawn", "募集者が強制退会となったため非表示にしました。")));
        }

        return revoked;
    }

    /// <summary>Revokes every approved disclosure on the user's contracts, in parallel; the other party of each is told by the contract.</summary>
    public static async Task<int> RevokeAllAsync(IGrainFactory grains, string userId, UserState s, string reasonJa, DateTimeOffset now)
    {
        var revoked = await Task.WhenAll(s.ContractIds.OrEmpty().Select(id => grains.GetGrain<IContractGrain>(id).RevokeApprovalsAsync(userId, reasonJa)));
        var count = revoked.Count(r => r);
        await Stats.AddAsync(grains, now, Stats.DisclosureRevoked, count);
        return count;
    }

    private static LadderStep Parse(string code) => WarningLadder.TryParse(code, out var step) ? step : LadderStep.Warning;
}
