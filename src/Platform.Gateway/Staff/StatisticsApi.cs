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
        group.MapGet("/statistics", async (string? from, string? to, IGrainFactory g, TimeProvider clock) =>
            await LoadAsync(from, to, g, clock) is { } months ? Results.Ok(new { months, trend = months.Select(m => new { m.Month, m.ViolationsTotal, m.ViolationsChange }) }) : BadRange())
            .WithSummary("Per month (?from=yyyy-MM&to=yyyy-MM): violations by category, advice, reports and outcomes, disclosure decisions, warnings and withdrawals, trend.");
        group.MapGet("/statistics.csv", async (string? from, string? to, IGrainFactory g, TimeProvider clock) =>
            await LoadAsync(from, to, g, clock) is { } months ? Results.Text(StatisticsRender.Csv(months), "text/csv; charset=utf-8") : BadRange());
        group.MapGet("/statistics.html", async (string? from, string? to, IGrainFactory g, TimeProvider clock) =>
            await LoadAsync(from, to, g, clock) is { } months ? Results.Text(StatisticsRender.Html(months), "text/html; charset=utf-8") : BadRange());
        return staff;
    }

    private static IResult BadRange() =>
        ApiProblems.Invalid("from", $"from と to は yyyy-MM 形式で、from ≦ to、{MaxMonths}か月以内で指定してください。", "statistics.bad_range");

    private static async Task<IReadOnlyList<MonthReport>?> LoadAsync(string? from, string? to, IGrainFactory grains, TimeProvider clock)
    {
        var now = clock.GetUtcNow().ToOffset(TimeSpan.FromHours(9));
        var end = to is null ? new DateOnly(now.Year, now.Month, 1) : Parse(to);
        var start = from is null ? end?.AddMonths(-11) : Parse(from);
        if (start is not { } s || end is not { } e || s > e || ((e.Year - s.Year) * 12) + e.Month - s.Month >= MaxMonths)
        {
            return null;
        }

        var keys = new List<string>();
        for (var m = s; m <= e; m = m.AddMonths(1))
        {
            keys.Add(m.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }

        var stats = await Task.WhenAll(keys.Select(k => grains.Grain<IStatisticsGrain>(k).GetAsync()));
        var reports = new List<MonthReport>(stats.Length);
        foreach (var month in stats)
        {
            reports.Add(MonthReport.From(month, reports.LastOrDefault()));
        }

        return reports;
    }

    private static DateOnly? Parse(string value) =>
        DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
