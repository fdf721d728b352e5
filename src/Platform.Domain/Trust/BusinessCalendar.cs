using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Platform.Domain.Trust;

/// <summary>
/// Japanese business days: not a weekend, not a national holiday (国民の祝日, with substitute and citizens' holidays) and not
/// the year-end closure (12/29–1/3). Deadlines are computed in Japan time (UTC+9, no DST).
/// </summary>
public static class BusinessCalendar
{
    public static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    private static readonly ConcurrentDictionary<int, FrozenSet<DateOnly>> ByYear = new();

    /// <summary>
    /// The national holidays of <paramref name="year"/> (国民の祝日・振替休日・国民の休日) under the holiday law as it stands since
    /// 2020, computed rather than listed so that no year runs out: the fixed days, the Mondays (成人の日, 海の日, 敬老の日,
    /// スポーツの日), the equinoxes by the usual formula (the Cabinet announces them each February; the formula agrees with every
    /// announced day of this century), a holiday on a Sunday moving to the next day that is not one (振替休日), and a day between
    /// two holidays (国民の休日).
    /// </summary>
    public static IReadOnlySet<DateOnly> HolidaysOf(int year) => ByYear.GetOrAdd(year, Compute);

    public static bool IsHoliday(DateOnly date) => HolidaysOf(date.Year).Contains(date);

    private static FrozenSet<DateOnly> Compute(int year)
    {
        var days = new SortedSet<DateOnly>
        {
            new(year, 1, 1), // 元日
            NthMonday(year, 1, 2), // 成人の日
            new(year, 2, 11), // 建国記念の日
            new(year, 2, 23), // 天皇誕生日
            new(year, 3, Equinox(year, 20.8431)), // 春分の日
            new(year, 4, 29), // 昭和の日
            new(year, 5, 3), // 憲法記念日
            new(year, 5, 4), // みどりの日
            new(year, 5, 5), // こどもの日
            NthMonday(year, 7, 3), // 海の日
            new(year, 8, 11), // 山の日
            NthMonday(year, 9, 3), // 敬老の日
            new(year, 9, Equinox(year, 23.2488)), // 秋分の日
            NthMonday(year, 10, 2), // スポーツの日
            new(year, 11, 3), // 文化の日
            new(year, 11, 23), // 勤労感謝の日
        };

        // 国民の休日: a weekday between two holidays (in practice 敬老の日 and 秋分の日 two days apart).
        foreach (var day in days.ToArray())
        {
            var between = day.AddDays(1);
            if (days.Contains(day.AddDays(2)) && !days.Contains(between) && between.DayOfWeek != DayOfWeek.Sunday)
            {
                days.Add(between);
            }
        }

        // 振替休日: a holiday on a Sunday moves to the next day that is not a holiday.
        foreach (var day in days.Where(d => d.DayOfWeek == DayOfWeek.Sunday).ToArray())
        {
            var next = day.AddDays(1);
            while (days.Contains(next))
            {
                next = next.AddDays(1);
            }

            days.Add(next);
        }

        return days.ToFrozenSet();
    }

    private static DateOnly NthMonday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7 + 7 * (n - 1));
    }

    // The equinox's day of the month in Japan for 1980–2099 (the formula the National Astronomical Observatory's tables follow).
    private static int Equinox(int year, double base1980) =>
        (int)Math.Floor(base1980 + 0.242194 * (year - 1980) - Math.Floor((year - 1980) / 4.0));

    /// <summary>The date in Japan at an instant.</summary>
    public static DateOnly JapanDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(JapanOffset).DateTime);

    /// <summary>The month (yyyy-MM) in Japan at an instant.</summary>
    public static string JapanMonth(DateTimeOffset at) => at.ToOffset(JapanOffset).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsYearEndClosure(DateOnly date) => date is { Month: 12, Day: >= 29 } or { Month: 1, Day: <= 3 };

    public static bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date) && !IsYearEndClosure(date);

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
