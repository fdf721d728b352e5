using System.Globalization;
using Bogus;

namespace Platform.LoadTest.Traffic;

/// <summary>Job posts from <see cref="JobTemplates"/>, with company names and budgets from Bogus ("ja").</summary>
internal static class JobFactory
{
    public static JobText Clean(Faker f)
    {
        var c = f.PickRandom(JobTemplates.All.ToArray());
        var company = f.Company.CompanyName();
        var subject = f.PickRandom(c.Subjects);
        var count = f.Random.Number(2, 20);
        var title = Fill(f.PickRandom(c.Titles), company, count, subject);
        var description = Fill(f.PickRandom(c.Descriptions), company, count, subject);
        var hourly = c.Id is "business_support" or "data_entry" && f.Random.Bool(0.3f);
        var budget = hourly ? f.Random.Number(10, 30) * 100 : RoundYen(f.Random.Number(c.MinBudget, c.MaxBudget));
        return new JobText(Truncate(title, 100), description, c.Id, hourly ? "hourly" : "fixed", budget);
    }

    /// <summary>A post whose description carries a violating text of <paramref name="category"/>.</summary>
    public static JobText Violating(Faker f, int category)
    {
        var clean = Clean(f);
        var text = ViolationTexts.Write(f, category);
        return clean with { Description = f.Random.Bool() ? $"{clean.Description}\n{text}" : text };
    }

    private static long RoundYen(int yen) => yen < 10_000 ? yen / 500 * 500 : yen / 1_000 * 1_000;

    private static string Fill(string template, string company, int count, string subject) =>
        string.Format(CultureInfo.InvariantCulture, template, company, count, subject);

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
