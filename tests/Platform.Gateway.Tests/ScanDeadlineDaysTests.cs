using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.Domain.Jobs;
using Platform.Gateway.Compliance;

namespace Platform.Gateway.Tests;

/// <summary>
/// The dry-run scan counts a job's deadline in the days of the Japanese calendar, as the real post does
/// (<see cref="JobRules.ValidateFields"/>): at 03:00 in Japan the UTC date is still the day before, and the last day five
/// years from today there is not too far. The scan reads the host's clock, which a test host cannot set, so its rule is
/// called with the instant itself.
/// </summary>
public sealed class ScanDeadlineDaysTests
{
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    [Fact]
    public void ScanJob_DeadlineOnTheLastDayFiveYearsFromTodayInJapan_AtThreeInTheMorningThere_IsAcceptedAsThePostIs()
    {
        var now = new DateTimeOffset(2026, 12, 8, 3, 0, 0, Japan); // 2026-12-07T18:00Z
        var lastDay = new DateTimeOffset(2031, 12, 8, 23, 59, 59, Japan);
        var budget = new Jobs.BudgetRequest("fixed", 30_000);

        Assert.Null(JobRules.ValidateFields("バナー制作", "バナーを3点お願いします。", "design", 30_000, lastDay, now));
        Assert.Null(ScanFields.Job("design", budget, lastDay, now));

        var domain = JobRules.ValidateFields("バナー制作", "バナーを3点お願いします。", "design", 30_000, lastDay.AddDays(1), now);
        var scan = Assert.IsType<ProblemHttpResult>(ScanFields.Job("design", budget, lastDay.AddDays(1), now));
        Assert.Equal(("deadline", "job.deadline_too_far"), (domain!.Field, domain.Code));
        Assert.Equal(("deadline", "job.deadline_too_far"), (scan.ProblemDetails.Extensions["field"], scan.ProblemDetails.Extensions["code"]));
        Assert.Equal(domain.MessageJa, scan.ProblemDetails.Detail);
    }
}
