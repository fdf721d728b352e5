using Platform.Domain.Common;

namespace Platform.Domain.Jobs;

/// <summary>Job post transitions and field rules.</summary>
public static class JobRules
{
    public static DomainProblem? CanEdit(JobStatus status) => status is JobStatus.Draft or JobStatus.Open
        ? null
        : DomainProblem.Conflict("job.not_editable", $"{Describe(status)}の募集は編集できません。");

    public static DomainProblem? CanPublish(JobStatus status) => status == JobStatus.Draft
        ? null
        : DomainProblem.Conflict("job.not_draft", $"{Describe(status)}の募集は公開できません（下書きのみ公開できます）。");

    public static DomainProblem? CanClose(JobStatus status) => status is JobStatus.Draft or JobStatus.Open
        ? null
        : DomainProblem.Conflict("job.not_closable", $"{Describe(status)}の募集は締め切れません。");

    public static DomainProblem? CanPropose(JobStatus status) => status == JobStatus.Open
        ? null
        : DomainProblem.Conflict("job.not_open", $"{Describe(status)}の募集には提案できません。");

    public static DomainProblem? CanAward(JobStatus status) => status == JobStatus.Open
        ? null
        : DomainProblem.Conflict("job.not_open", $"{Describe(status)}の募集では契約できません。");

    public static DomainProblem? ValidateFields(string? title, string? description, string? category, BudgetKind kind, long budgetYen, DateTimeOffset? deadline, DateTimeOffset now) =>
        Validate.FirstOf(
            Validate.RequiredText("title", title, Validate.MaxTitleLength),
            Validate.RequiredText("description", description, Validate.MaxBodyLength),
            JobCategories.IsKnown(category) ? null : DomainProblem.Invalid(
                "category", "job.unknown_category", $"カテゴリ「{category}」はありません。使えるカテゴリ: {string.Join(", ", JobCategories.All)}"),
            Validate.Yen("budget.amountYen", budgetYen, kind == BudgetKind.Hourly ? 1 : 500),
            deadline is { } d && d <= now
                ? DomainProblem.Invalid("deadline", "job.deadline_past", "締め切りには未来の日時を指定してください。")
                : null,
            deadline is { } far ? Validate.NotTooFarAhead("deadline", "job.deadline_too_far", DateOnly.FromDateTime(far.UtcDateTime), DateOnly.FromDateTime(now.UtcDateTime)) : null);

    public static string Describe(JobStatus status) => status switch
    {
        JobStatus.Draft => "下書き",
        JobStatus.Open => "募集中",
        JobStatus.Closed => "募集終了",
        _ => "非公開（運営により非表示）",
    };

    public static string ToCode(JobStatus status) => status switch
    {
        JobStatus.Draft => "draft",
        JobStatus.Open => "open",
        JobStatus.Closed => "closed",
        _ => "hidden",
    };
}
