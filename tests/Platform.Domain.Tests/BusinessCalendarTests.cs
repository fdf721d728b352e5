using Platform.Domain.Trust;

namespace Platform.Domain.Tests;

public sealed class BusinessCalendarTests
{
    private static DateTimeOffset Jst(int y, int m, int d, int h = 10) => new(y, m, d, h, 0, 0, TimeSpan.FromHours(9));

    [Theory]
    [InlineData("2026-11-24", true)] // Tuesday
    [InlineData("2026-11-23", false)] // 勤労感謝の日
    [InlineData("2026-11-28", false)] // Saturday
    [InlineData("2026-05-06", false)] // 振替休日
    [InlineData("2026-09-22", false)] // 国民の休日
    [InlineData("2026-12-29", false)] // year-end closure
    [InlineData("2027-01-04", true)] // first business day of 2027
    [InlineData("2027-03-22", false)] // 振替休日 (春分の日 on Sunday)
    [InlineData("2027-07-19", false)] // 海の日
    public void IsBusinessDay_KnownDates(string date, bool expected) =>
        Assert.Equal(expected, BusinessCalendar.IsBusinessDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Holidays_OnASunday_AreFollowedByTheirSubstitute() =>
        Assert.All(
            Enumerable.Range(2026, 10).SelectMany(BusinessCalendar.HolidaysOf).Where(h => h.DayOfWeek == DayOfWeek.Sunday),
            h => Assert.Contains(Enumerable.Range(1, 3).Select(h.AddDays), d => d.DayOfWeek != DayOfWeek.Sunday && BusinessCalendar.IsHoliday(d)));

    [Fact]
    public void Holidays_2026And2027_AreTheCabinetOfficesList() =>
        Assert.Equal(
            [
                "2026-01-01", "2026-01-12", "2026-02-11", "2026-02-23", "2026-03-20", "2026-04-29", "2026-05-03", "2026-05-04", "2026-05-05",
                "2026-05-06", "2026-07-20", "2026-08-11", "2026-09-21", "2026-09-22", "2026-09-23", "2026-10-12", "2026-11-03", "2026-11-23",
                "2027-01-01", "2027-01-11", "2027-02-11", "2027-02-23", "2027-03-21", "2027-03-22", "2027-04-29", "2027-05-03", "2027-05-04",
                "2027-05-05", "2027-07-19", "2027-08-11", "2027-09-20", "2027-09-23", "2027-10-11", "2027-11-03", "2027-11-23",
            ],
            BusinessCalendar.HolidaysOf(2026).Concat(BusinessCalendar.HolidaysOf(2027)).Order().Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

    // The years after the first table ran out: the calendar must not forget the holidays (a review or disclosure due date
    // falling on one would be a day early).
    [Theory]
    [InlineData("2028-01-10", false)] // 成人の日 (second Monday of January)
    [InlineData("2028-03-20", false)] // 春分の日
    [InlineData("2028-07-17", false)] // 海の日
    [InlineData("2028-09-18", false)] // 敬老の日
    [InlineData("2028-09-22", false)] // 秋分の日
    [InlineData("2028-10-09", false)] // スポーツの日
    [InlineData("2028-09-19", true)] // an ordinary Tuesday
    [InlineData("2029-02-12", false)] // 振替休日 (建国記念の日 on a Sunday)
    [InlineData("2029-09-24", false)] // 振替休日 (秋分の日 on a Sunday)
    [InlineData("2030-05-06", false)] // 振替休日 (こどもの日 on a Sunday)
    [InlineData("2032-09-21", false)] // 国民の休日 (between 敬老の日 9/20 and 秋分の日 9/22)
    [InlineData("2035-03-21", false)] // 春分の日
    public void IsBusinessDay_LaterYears(string date, bool expected) =>
        Assert.Equal(expected, BusinessCalendar.IsBusinessDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void DueAfter_OverAHolidayOf2028_SkipsIt() =>
        Assert.Equal(Jst(2028, 1, 13, 0), BusinessCalendar.DueAfter(Jst(2028, 1, 7), 2)); // Fri; Sat, Sun, Mon 1/10 成人の日 → Tue 11, Wed 12

    [Fact]
    public void DueAfter_Tuesday_IsEndOfThursday() =>
        Assert.Equal(Jst(2026, 11, 27, 0), BusinessCalendar.DueAfter(Jst(2026, 11, 24), 2));

    [Fact]
    public void DueAfter_FridayBeforeHolidayMonday_SkipsWeekendAndHoliday() =>
        Assert.Equal(Jst(2026, 11, 26, 0), BusinessCalendar.DueAfter(Jst(2026, 11, 20), 2)); // Sat, Sun, Mon 11/23 holiday → Tue 24, Wed 25

    [Fact]
    public void DueAfter_YearEnd_SkipsClosure() =>
        Assert.Equal(Jst(2027, 1, 6, 0), BusinessCalendar.DueAfter(Jst(2026, 12, 28), 2)); // 12/29–1/3 closed, 1/4 Mon, 1/5 Tue

    [Fact]
    public void DueAfter_LateNightUtc_UsesJapanDate() =>
        Assert.Equal(Jst(2026, 11, 27, 0), BusinessCalendar.DueAfter(new DateTimeOffset(2026, 11, 23, 16, 0, 0, TimeSpan.Zero), 2)); // 11/24 01:00 JST

    [Fact]
    public void JapanMonth_UsesJapanTime() =>
        Assert.Equal("2026-12", BusinessCalendar.JapanMonth(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero)));
}
