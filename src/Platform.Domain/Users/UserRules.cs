using Platform.Domain.Common;

namespace Platform.Domain.Users;

/// <summary>What a user's roles and standing allow.</summary>
public static class UserRules
{
    /// <summary>
    /// What a restriction stops, in Japanese: new business (posting, proposing, funding escrow, messaging), not the winding-up of
    /// contracts already funded, where the user may still message the other party (and so answer a nudge) and take their steps.
    /// </summary>
    public const string RestrictedJa = "募集・提案・仮払い・メッセージの送信はできません（仮払い済みの契約では、相手方へのメッセージと納品・検収などの手続きができます）。";

    public static DomainProblem? CanAct(Standing standing, bool posting) => standing switch
    {
        Standing.Withdrawn => DomainProblem.Forbidden("user.withdrawn", "強制退会となったアカウントでは操作できません。"),
        Standing.Restricted when posting => DomainProblem.Forbidden("user.restricted", $"利用制限中のため、{RestrictedJa}"),
        _ => null,
    };

    public static DomainProblem? RequireRole(UserRole roles, UserRole needed) => roles.HasFlag(needed)
        ? null
        : DomainProblem.Forbidden(
            needed == UserRole.Client ? "user.not_client" : "user.not_worker",
            needed == UserRole.Client ? "クライアントとして登録されていないため、この操作はできません。" : "ワーカーとして登録されていないため、この操作はできません。");

    public static string ToCode(Standing standing) => standing switch
    {
        Standing.Good => "good",
        Standing.Warned => "warned",
        Standing.Restricted => "restricted",
        _ => "withdrawn",
    };

    public static bool TryParseRole(string? value, out UserRole role)
    {
        role = value switch
        {
            "client" => UserRole.Client,
            "worker" => UserRole.Worker,
            _ => UserRole.None,
        };
        return role != UserRole.None;
    }
}
