namespace Platform.Checks.JobAdvice;

/// <summary>
/// Typical minimum budgets per job category (fixed: per job; hourly: per hour), in yen. A budget under these
/// floors is "far below the usual range": the floors sit well below the market's common prices on purpose.
/// </summary>
internal static class BudgetTable
{
    /// <summary>An hourly rate below this is under the minimum wage in most of Japan.</summary>
    public const long MinimumHourly = 1_000;

    private static readonly Dictionary<string, (long Fixed, long Hourly, string NameJa)> Floors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["web_development"] = (30_000, 1_500, "Web開発"),
        ["design"] = (5_000, 1_200, "デザイン"),
        ["writing"] = (2_000, 1_000, "ライティング"),
        ["translation"] = (3_000, 1_200, "翻訳"),
        ["video"] = (3_000, 1_200, "動画編集"),
        ["data_entry"] = (1_000, 1_000, "データ入力"),
        ["other"] = (1_000, 1_000, "その他"),
    };

    /// <summary>The floor for a category and budget kind (fixed unless <paramref name="budgetKind"/> is hourly).</summary>
    public static (long Floor, string NameJa) FloorFor(string category, string budgetKind)
    {
        var floors = Floors.TryGetValue(category, out var f) ? f : Floors["other"];
        return IsHourly(budgetKind) ? (Math.Max(floors.Hourly, MinimumHourly), floors.NameJa) : (floors.Fixed, floors.NameJa);
    }

    /// <summary>Whether the budget kind is hourly.</summary>
    public static bool IsHourly(string budgetKind) => string.Equals(budgetKind, "hourly", StringComparison.OrdinalIgnoreCase);
}
