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
    public void Holidays_AreNeverWeekendsExceptOriginalDates() =>
        Assert.All(BusinessCalendar.Holidays.Where(h => h.DayOfWeek == DayOfWeek.Sunday), h => Assert.Contains(h, new[] { new DateOnly(2026, 5, 3), new DateOnly(2027, 3, 21) }));

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
