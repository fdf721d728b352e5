namespace Platform.Domain.Trust;

/// <summary>
/// Japanese business days: not a weekend, not a national holiday (2026–2027, substitute and citizens' holidays
/// included) and not the year-end closure (12/29–1/3). Deadlines are computed in Japan time (UTC+9, no DST).
/// </summary>
public static class BusinessCalendar
{
    public static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    /// <summary>National holidays (国民の祝日・振替休日・国民の休日) for the years the table covers.</summary>
    public static IReadOnlySet<DateOnly> Holidays { get; } = new HashSet<DateOnly>
    {
        // 2026
        new(2026, 1, 1), new(2026, 1, 12), new(2026, 2, 11), new(2026, 2, 23), new(2026, 3, 20), new(2026, 4, 29),
        new(2026, 5, 3), new(2026, 5, 4), new(2026, 5, 5), new(2026, 5, 6), new(2026, 7, 20), new(2026, 8, 11),
        new(2026, 9, 21), new(2026, 9, 22), new(2026, 9, 23), new(2026, 10, 12), new(2026, 11, 3), new(2026, 11, 23),

        // 2027
        new(2027, 1, 1), new(2027, 1, 11), new(2027, 2, 11), new(2027, 2, 23), new(2027, 3, 21), new(2027, 3, 22),
        new(2027, 4, 29), new(2027, 5, 3), new(2027, 5, 4), new(2027, 5, 5), new(2027, 7, 19), new(2027, 8, 11),
        new(2027, 9, 20), new(2027, 9, 23), new(2027, 10, 11), new(2027, 11, 3), new(2027, 11, 23),
    };

    /// <summary>The date in Japan at an instant.</summary>
    public static DateOnly JapanDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(JapanOffset).DateTime);

    /// <summary>The month (yyyy-MM) in Japan at an instant.</summary>
    public static string JapanMonth(DateTimeOffset at) => at.ToOffset(JapanOffset).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsYearEndClosure(DateOnly date) => date is { Month: 12, Day: >= 29 } or { Month: 1, Day: <= 3 };

    public static bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays.Contains(date) && !IsYearEndClosure(date);

    /// <summary>
    /// The deadline for something received at <paramref name="received"/> that must be handled within
    /// <paramref name="businessDays"/> business days: the end (24:00 Japan time) of the n-th business day after the day received.
    /// </summary>
    public static DateTimeOffset DueAfter(DateTimeOffset received, int businessDays)
    {
        var date = JapanDate(received);
        var counted = 0;
        while (counted < businessDays)
        {
            date = date.AddDays(1);
            if (IsBusinessDay(date))
            {
                counted++;
            }
        }

        return new DateTimeOffset(date.AddDays(1).ToDateTime(TimeOnly.MinValue), JapanOffset);
    }
}
