using Platform.Compliance.Abstractions;

namespace Platform.Compliance;

/// <summary>
/// What the engine says for a check with <see cref="FailurePolicy.FailClosed"/> that gave no answer (it threw, ran past
/// its limit, or was skipped: quarantined or too many runs in flight): a hold, so that the answer, the scan and the review
/// item say why the change waits, and which check could not complete.
/// </summary>
public static class CheckUnavailable
{
    /// <summary>
    /// The finding's category: not a violation (never counted in the statistics nor given as a scan label), only the reason
    /// a change waits for a person.
    /// </summary>
    public const string Category = "check_unavailable";

    /// <summary>The finding's stable code.</summary>
    public const string Code = "check.unavailable";

    /// <summary>The hold recorded for the fail-closed check <paramref name="checkName"/> that did not complete.</summary>
    public static Finding For(string checkName) => new(
        Category,
        Decision.Hold,
        1.0,
        Code,
        $"自動チェック（{checkName}）を完了できなかったため、担当者が確認するまで保留されます。");
}
