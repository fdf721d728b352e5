using Platform.Gateway.Staff;

namespace Platform.Gateway.OpenApi;

/// <summary>The JSON answer of <c>GET /api/staff/statistics</c> (its shape, for the OpenAPI document).</summary>
/// <param name="Months">One report per month, oldest first.</param>
/// <param name="Trend">The violations total per month and its change from the month before.</param>
public sealed record StatisticsAnswer(IReadOnlyList<MonthReport> Months, IReadOnlyList<MonthTrend> Trend);
