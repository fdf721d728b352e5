using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Abstractions.Common;
using Platform.Abstractions.Statistics;
using Platform.Gateway.Infrastructure;

namespace Platform.Gateway.Staff;

/// <summary>Monthly statistics (品質向上委員会からのお知らせ) as JSON, CSV and an HTML page with a bar chart.</summary>
public static class StatisticsApi
{
    public const int MaxMonths = 36;

    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder staff)
    {
        var group = staff.MapGroup("/").WithTags("Staff: statistics");
        group.MapGet("/statistics", (string? from, string? to, IGrainFactory g, TimeProvider clock) =>
            AnswerAsync(from, to, g, clock, months => Results.Ok(new { months, trend = months.Select(m => new { m.Month, m.ViolationsTotal, m.ViolationsChange }) })))
            .WithSummary("Per month (?from=yyyy-MM&to=yyyy-MM): violations by category as detected, confirmed and dismissed by reviewers, held and blocked changes and held ones released or refused, advice (remote-desktop advice apart), mass-send campaigns, reports and outcomes, disclosure decisions, warnings and withdrawals, trend.");
        group.MapGet("/statistics.csv", (string? from, string? to, IGrainFactory g, TimeProvider clock) =>
            AnswerAsync(from, to, g, clock, months => Results.Text(StatisticsRender.Csv(months), "text/csv; charset=utf-8")))
            .WithSummary("The same months as CSV (UTF-8), one row per month, for a spreadsheet.");
        group.MapGet("/statistics.html", (string? from, string? to, IGrainFactory g, TimeProvider clock) =>
            AnswerAsync(from, to, g, clock, months => Results.Text(StatisticsRender.Html(months), "text/html; charset=utf-8")))
            .WithSummary("The same months as a printable page in Japanese.");
        return staff;
    }

    private static async Task<IResult> AnswerAsync(string? from, string? to, IGrainFactory grains, TimeProvider clock, Func<IReadOnlyList<MonthReport>, IResult> render) =>
        Range(from, to, clock, out var start, out var end) is { } field ? BadRange(field) : render(await LoadAsync(start, end, grains));

    private static IResult BadRange(string field) =>
        ApiProblems.Invalid(field, $"from と to は yyyy-MM 形式で、from ≦ to、{MaxMonths}か月以内で指定してください。", "statistics.bad_range");

    /// <summary>
    /// The months asked for (by default the twelve up to this one, Japan time, or those from 0001-01 when there are not twelve
    /// before <paramref name="to"/>); null when they are fine, otherwise the
    /// parameter at fault: the one that is not a month, or <c>from</c> for a range that is reversed or too long.
    /// </summary>
    private static string? Range(string? from, string? to, TimeProvider clock, out DateOnly start, out DateOnly end)
    {
        var now = clock.GetUtcNow().ToOffset(TimeSpan.FromHours(9));
        var e = to is null ? new DateOnly(now.Year, now.Month, 1) : Parse(to);
        var s = from is not null ? Parse(from) : e is { } last ? last.AddMonths(-Math.Min(11, MonthsSinceYearOne(last))) : null;
        (start, end) = (s ?? default, e ?? default);
        if (from is not null && s is null)
        {
            return "from";
        }

        if (e is null)
        {
            return "to";
        }

        return start > end || MonthsSinceYearOne(end) - MonthsSinceYearOne(start) >= MaxMonths ? "from" : null;
    }

    private static int MonthsSinceYearOne(DateOnly month) => ((month.Year - 1) * 12) + month.Month - 1;

    private static async Task<IReadOnlyList<MonthReport>> LoadAsync(DateOnly s, DateOnly e, IGrainFactory grains)
    {
        // Counted, not stepped past the end: the month after 9999-12 is not a date.
        var keys = Enumerable.Range(0, MonthsSinceYearOne(e) - MonthsSinceYearOne(s) + 1)
            .Select(i => s.AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToList();

        // The month before the first too, so the first month's change does not depend on the range asked for (none
        // before 0001-01).
        if (MonthsSinceYearOne(s) > 0)
        {
            keys.Insert(0, s.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }

        var stats = await Task.WhenAll(keys.Select(k => grains.Grain<IStatisticsGrain>(k).GetAsync()));
        var first = stats.Length - (MonthsSinceYearOne(e) - MonthsSinceYearOne(s) + 1);
        return [.. Enumerable.Range(first, stats.Length - first).Select(i => MonthReport.From(stats[i], i > 0 ? stats[i - 1] : null))];
    }

    private static DateOnly? Parse(string value) =>
        DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
