using Platform.Checks.JobAdvice;
using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

public sealed class JobAdviceCheckTests
{
    private const string GoodText =
        "飲食店のホームページ（トップ・メニュー・アクセスの3ページ）の制作をお願いします。WordPressで構築し、スマホ表示に対応してください。写真素材はこちらで用意します。";

    private static readonly DateTimeOffset Deadline = new(2026, 3, 31, 0, 0, 0, TimeSpan.FromHours(9));

    private readonly JobAdviceCheck _check = new();

    [Fact]
    public void Evaluate_ShortDescription_AdvisesThinDescription()
    {
        var findings = _check.Evaluate(Changes.Job("ロゴ作ってください。", job: new("design", "fixed", 30_000, Deadline)), CancellationToken.None);

        var finding = Assert.Single(findings);
        Assert.Equal(("advice", Decision.Advise, "advice.thin_description"), (finding.Category, finding.Decision, finding.Code));
        Assert.Contains("成果物", finding.ReasonJa, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FixedBudgetFarBelowCategory_AdvisesLowBudget()
    {
        var findings = _check.Evaluate(Changes.Job(GoodText, job: new("web_development", "fixed", 5_000, Deadline)), CancellationToken.None);

        Assert.Equal("advice.low_budget", Assert.Single(findings).Code);
    }

    [Fact]
    public void Evaluate_HourlyBelowMinimumWage_AdvisesLowBudget()
    {
        var findings = _check.Evaluate(Changes.Job(GoodText, job: new("data_entry", "hourly", 600, Deadline)), CancellationToken.None);

        Assert.Contains(findings, f => f.Code == "advice.low_budget" && f.ReasonJa.Contains("時給", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_NoDeadline_AdvisesDeadline()
    {
        var findings = _check.Evaluate(Changes.Job(GoodText, job: new("web_development", "fixed", 200_000, null)), CancellationToken.None);

        Assert.Equal("advice.no_deadline", Assert.Single(findings).Code);
    }

    [Fact]
    public void Evaluate_FixedContractPaidByTheHour_AdvisesContractType()
    {
        var text = GoodText + "作業は時給1,500円で、週10時間程度を想定しています。";

        var findings = _check.Evaluate(Changes.Job(text, job: new("web_development", "fixed", 200_000, Deadline)), CancellationToken.None);

        var finding = Assert.Single(findings);
        Assert.Equal("advice.contract_type", finding.Code);
        Assert.Equal("時給", Assert.Single(finding.Evidence).Excerpt);
    }

    [Fact]
    public void Evaluate_WellWrittenJob_GivesNoAdvice()
    {
        var findings = _check.Evaluate(Changes.Job(GoodText, job: new("web_development", "fixed", 200_000, Deadline)), CancellationToken.None);

        Assert.Empty(findings);
    }

    [Fact]
    public void Evaluate_Message_GivesNoAdvice()
    {
        Assert.Empty(_check.Evaluate(Changes.Message("よろしくお願いします"), CancellationToken.None));
    }

    [Fact]
    public void Info_SubscribesToJobChangesOnly()
    {
        Assert.Equal([ChangeKind.JobDrafted, ChangeKind.JobPublished, ChangeKind.JobEdited], _check.Info.Subscribes);
    }
}
