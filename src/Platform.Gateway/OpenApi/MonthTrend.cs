namespace Platform.Gateway.OpenApi;

/// <summary>One month of the statistics' trend.</summary>
/// <param name="Month"><c>yyyy-MM</c>.</param>
/// <param name="ViolationsTotal">Violations that month.</param>
/// <param name="ViolationsChange">Change from the month before; null for the first month.</param>
public sealed record MonthTrend(string Month, long ViolationsTotal, long? ViolationsChange);
