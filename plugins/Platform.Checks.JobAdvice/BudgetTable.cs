namespace Platform.Checks.JobAdvice;

/// <summary>
/// Typical minimum budgets per job category (fixed: per job; hourly: per hour), in yen, with the category's Japanese
/// name: every category the marketplace offers has its own. A budget under these floors is "below the usual range": the
/// floors sit well below the market's common prices on purpose.
/// </summary>
internal static class BudgetTable
{
    /// <summary>An hourly rate below this is under the minimum wage in most of Japan.</summary>
    public const long MinimumHourly = 1_000;

    private static readonly Dictionary<string, (long Fixed, long Hourly, string NameJa)> Floors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["web_development"] = (30_000, 1_500, "Web開発"),
        ["app_development"] = (100_000, 1_500, "アプリ開発"),
        ["design"] = (5_000, 1_200, "デザイン"),
        ["writing"] = (2_000, 1_000, "ライティング"),
        ["translation"] = (3_000, 1_200, "翻訳"),
        ["video"] = (3_000, 1_200, "動画編集"),
        ["marketing"] = (5_000, 1_200, "マーケティング"),
        ["data_entry"] = (1_000, 1_000, "データ入力"),
        ["business_support"] = (3_000, 1_000, "事務・業務サポート"),
        ["other"] = (1_000, 1_000, "その他"),
    };

    /// <summary>
    /// The floor for a category and budget kind (fixed unless <paramref name="budgetKind"/> is hourly). A category the
    /// table does not know (none the API accepts) is judged by the lowest floor, and named as a job in general.
    /// </summary>
    public static (long Floor, string NameJa) FloorFor(string category, string budgetKind)
    {
        var floors = Floors.TryGetValue(category, out var f) ? f : Floors["other"] with { NameJa = "この種類の仕事" };
        return IsHourly(budgetKind) ? (Math.Max(floors.Hourly, MinimumHourly), floors.NameJa) : (floors.Fixed, floors.NameJa);
    }

    /// <summary>Whether the budget kind is hourly.</summary>
    public static bool IsHourly(string budgetKind) => string.Equals(budgetKind, "hourly", StringComparison.OrdinalIgnoreCase);

    /// <summary>How far an amount is under its floor, as the sentence's end: 「大きく下回っています」 below half of it.</summary>
    public static string Below(decimal amount, decimal floor) => amount < floor / 2 ? "大きく下回っています" : "下回っています";
}
