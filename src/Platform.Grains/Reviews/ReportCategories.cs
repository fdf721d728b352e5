using Platform.Abstractions.Reviews;

namespace Platform.Grains.Reviews;

/// <summary>
/// The categories the reports merged into one review item chose: a later report in another category (by another
/// reporter or the same one) is kept beside the first, each category with who chose it.
/// </summary>
internal static class ReportCategories
{
    /// <summary><paramref name="kept"/> with <paramref name="reporter"/>'s choice of <paramref name="category"/>, each once.</summary>
    public static IReadOnlyList<ReportedCategory> With(IReadOnlyList<ReportedCategory> kept, string category, string reporter)
    {
        var list = kept.ToList();
        var i = list.FindIndex(c => c.Category == category);
        if (i < 0)
        {
            list.Add(new ReportedCategory(category, [reporter]));
        }
        else if (!list[i].Reporters.Contains(reporter))
        {
            list[i] = list[i] with { Reporters = [.. list[i].Reporters, reporter] };
        }

        return list;
    }

    /// <summary>Whether the item was filed under <paramref name="category"/> or a merged report chose it.</summary>
    public static bool Has(ReviewItemView item, string category) =>
        item.Item.Category == category || item.ReportedCategories.Any(c => c.Category == category);
}
