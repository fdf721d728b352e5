using Platform.Domain.Common;
using Platform.Domain.Trust;

namespace Platform.Domain.Jobs;

/// <summary>Job post transitions and field rules.</summary>
public static class JobRules
{
    /// <summary>
    /// The smallest budget a post may state, fixed or hourly alike. An hourly rate from this up to the minimum wage is
    /// accepted and advised against (the job-advice check names the wage level): the minimum wage differs by prefecture
    /// and year, so it is advice rather than a refusal.
    /// </summary>
    public const long MinBudgetYen = 500;

    public static DomainProblem? CanEdit(JobStatus status) => status is JobStatus.Draft or JobStatus.Open
        ? null
        : DomainProblem.Conflict("job.not_editable", $"{StateSentence(status)}編集できません。");

    public static DomainProblem? CanPublish(JobStatus status) => status == JobStatus.Draft
        ? null
        : DomainProblem.Conflict("job.not_draft", $"{StateSentence(status)}公開できるのは下書きの募集のみです。");

    public static DomainProblem? CanClose(JobStatus status) => status is JobStatus.Draft or JobStatus.Open
        ? null
        : DomainProblem.Conflict("job.not_closable", $"{StateSentence(status)}締め切ることはできません。");

    public static DomainProblem? CanPropose(JobStatus status) => status == JobStatus.Open
        ? null
        : DomainProblem.Conflict("job.not_open", $"{StateSentence(status)}提案できません。");

    /// <summary>
    /// An open job takes new proposals until its deadline (募集期限), when it has one; the proposals made before it are
    /// contracted and talked to as before, and a client who moves the deadline on opens it again.
    /// </summary>
    public static DomainProblem? BeforeDeadline(DateTimeOffset? deadline, DateTimeOffset now) => deadline is { } d && d <= now
        ? DomainProblem.Conflict(
            "job.deadline_passed",
            $"この募集の応募期限（{d.ToOffset(BusinessCalendar.JapanOffset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)}、日本時間）は過ぎているため、提案できません。")
        : null;

    public static DomainProblem? CanAward(JobStatus status) => status == JobStatus.Open
        ? null
        : DomainProblem.Conflict("job.not_open", $"{StateSentence(status)}契約できません。");

    public static DomainProblem? ValidateFields(string? title, string? description, string? category, long budgetYen, DateTimeOffset? deadline, DateTimeOffset now) =>
        Validate.FirstOf(
            Validate.OneLineText("title", title, Validate.MaxTitleLength),
            Validate.RequiredText("description", description, Validate.MaxBodyLength),
            JobCategories.IsKnown(category) ? null : DomainProblem.Invalid(
                "category", "job.unknown_category", $"カテゴリ「{DomainProblem.Echo(category)}」はありません。使えるカテゴリ: {string.Join(", ", JobCategories.All)}"),
            Validate.Yen("budget.amountYen", budgetYen, MinBudgetYen),
            deadline is { } d && d <= now
                ? DomainProblem.Invalid("deadline", "job.deadline_past", "締め切りには未来の日時を指定してください。")
                : null,
            deadline is { } far ? Validate.NotTooFarAhead("deadline", "job.deadline_too_far", BusinessCalendar.JapanDate(far), BusinessCalendar.JapanDate(now)) : null);

    /// <summary>Where the post stands, as the sentence a refusal starts with (「この募集は既に終了しています。」).</summary>
    public static string StateSentence(JobStatus status) => status switch
    {
        JobStatus.Draft => "この募集は下書きです。",
        JobStatus.Open => "この募集は募集中です。",
        JobStatus.Closed => "この募集は既に終了しています。",
        _ => "この募集は運営により非公開になっています。",
    };

    public static string ToCode(JobStatus status) => status switch
    {
        JobStatus.Draft => "draft",
        JobStatus.Open => "open",
        JobStatus.Closed => "closed",
        _ => "hidden",
    };
}
