using System.Globalization;

namespace Platform.Testing.Http;

/// <summary>
/// Dates a test sends that must lie ahead of the real clock: a job's deadline (募集期限, refused with 409 once passed) and a
/// contract's delivery date (refused with 400 when not after today in Japan). Counted from today, so the tests do not start
/// failing on a calendar day.
/// </summary>
public static class Dates
{
    /// <summary>A job's deadline two months ahead, at midnight Japan time ("2027-02-05T00:00:00+09:00").</summary>
    public static string Deadline => JapanToday.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00+09:00";

    /// <summary>The same deadline as a bare date ("2027-02-05"), as a front-end may send it.</summary>
    public static string DeadlineDate => JapanToday.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A contract's delivery date ten weeks ahead ("2027-02-15").</summary>
    public static string DeliveryDate => JapanToday.AddDays(70).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly JapanToday => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).DateTime);
}
