using Platform.Domain.Common;
using Platform.Domain.Users;

namespace Platform.Domain.Trust;

/// <summary>The ladder warning → restriction → forced withdrawal (強制退会), and the standing it leads to.</summary>
public static class WarningLadder
{
    /// <summary>The standing from the active (not lifted) steps and the flags on record.</summary>
    public static Standing StandingOf(IReadOnlyCollection<LadderStep> activeSteps)
    {
        if (activeSteps.Contains(LadderStep.Withdrawal))
        {
            return Standing.Withdrawn;
        }

        if (activeSteps.Contains(LadderStep.Restriction))
        {
            return Standing.Restricted;
        }

        return activeSteps.Contains(LadderStep.Warning) ? Standing.Warned : Standing.Good;
    }

    /// <summary>The step the thresholds call for automatically, beyond those already active; null when none.</summary>
    public static LadderStep? AutomaticStep(IReadOnlyCollection<LadderStep> activeSteps, int flagCount, LadderPolicy policy)
    {
        if (activeSteps.Contains(LadderStep.Withdrawal))
        {
            return null;
        }

        if (policy.FlagsForWithdrawal > 0 && flagCount >= policy.FlagsForWithdrawal)
        {
            return LadderStep.Withdrawal;
        }

        var warnings = activeSteps.Count(s => s == LadderStep.Warning);
        return policy.WarningsForRestriction > 0 && warnings >= policy.WarningsForRestriction && !activeSteps.Contains(LadderStep.Restriction)
            ? LadderStep.Restriction
            : null;
    }

    /// <summary>
    /// Whether the thresholds alone call for <paramref name="step"/> while <paramref name="otherSteps"/> are active beside
    /// it and <paramref name="flagCount"/> flags are on record: a restriction for the active warnings, a withdrawal for
    /// the flags; never a warning (only a reviewer or a check gives one). A step the platform took automatically for a
    /// measure since undone stays when this holds without it.
    /// </summary>
    public static bool CalledFor(LadderStep step, IReadOnlyCollection<LadderStep> otherSteps, int flagCount, LadderPolicy policy) => step switch
    {
        LadderStep.Withdrawal => policy.FlagsForWithdrawal > 0 && flagCount >= policy.FlagsForWithdrawal,
        LadderStep.Restriction => policy.WarningsForRestriction > 0 && otherSteps.Count(s => s == LadderStep.Warning) >= policy.WarningsForRestriction,
        _ => false,
    };

    public static bool TryParse(string? code, out LadderStep step)
    {
        (var ok, step) = code switch
        {
            "warning" => (true, LadderStep.Warning),
            "restriction" => (true, LadderStep.Restriction),
            "withdrawal" => (true, LadderStep.Withdrawal),
            _ => (false, LadderStep.Warning),
        };
        return ok;
    }

    /// <summary>
    /// A step as asked for: a known step, a code of one line that is not one of the platform's own (<c>ladder.</c>: the steps
    /// it takes when warnings or flags pile up, which tell the user so and are lifted with the step that led to them), a reason.
    /// </summary>
    public static DomainProblem? Validate(string? step, string? code, string? reasonJa) => Common.Validate.FirstOf(
        TryParse(step, out _) ? null : DomainProblem.Invalid("step", "ladder.unknown_step", "step は warning / restriction / withdrawal のいずれかを指定してください。"),
        Common.Validate.OneLineText("code", code, 100),
        code is not null && code.StartsWith(PlatformCodePrefix, StringComparison.OrdinalIgnoreCase)
            ? DomainProblem.Invalid("code", "ladder.reserved_code", $"code「{DomainProblem.Echo(code)}」は使えません。「{PlatformCodePrefix}」で始まるコードは、警告や違反の累積により運営が自動で取る措置のためのものです。")
            : null,
        Common.Validate.RequiredText("reason", reasonJa, Common.Validate.MaxMessageLength));

    /// <summary>The prefix of the codes of the steps the platform takes itself when warnings or flags pile up.</summary>
    public const string PlatformCodePrefix = "ladder.";

    public static string ToCode(LadderStep step) => step switch
    {
        LadderStep.Warning => "warning",
        LadderStep.Restriction => "restriction",
        _ => "withdrawal",
    };

    /// <summary>The step's name in Japanese (警告 / 利用制限 / 強制退会), for a step code as stored.</summary>
    public static string NameJa(string? code) => TryParse(code, out var step)
        ? step switch
        {
            LadderStep.Warning => "警告",
            LadderStep.Restriction => "利用制限",
            _ => "強制退会",
        }
        : "措置";

    /// <summary>The code of a restriction the platform takes because the active warnings reached the threshold.</summary>
    public const string WarningsThresholdCode = "ladder.warnings_threshold";

    /// <summary>The code of a withdrawal the platform takes because the flags on record reached the threshold.</summary>
    public const string FlagsThresholdCode = "ladder.flags_threshold";

    /// <summary>
    /// What the user is told when a step is taken, in plain Japanese, from its cause: a threshold step
    /// (<paramref name="code"/> <see cref="WarningsThresholdCode"/> or <see cref="FlagsThresholdCode"/>) says what piled
    /// up; any other step (a reviewer's, or a check's) says only that it was for a violation.
    /// </summary>
    public static string Describe(LadderStep step, string code) => (step, code) switch
    {
        (LadderStep.Warning, _) => "利用規約違反のため、警告を行いました。",
        (LadderStep.Restriction, WarningsThresholdCode) => "警告が重なったため、利用を制限しました。" + UserRules.RestrictedJa,
        (LadderStep.Restriction, _) => "利用規約違反のため、利用を制限しました。" + UserRules.RestrictedJa,
        (_, FlagsThresholdCode) => "違反の記録が重なったため、強制退会となりました。今後、すべての操作はできません。",
        _ => "重大な利用規約違反のため、強制退会となりました。今後、すべての操作はできません。",
    };
}
