using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Platform.Gateway.Infrastructure;

/// <summary>
/// A page of a list that grows (notifications, a thread's messages), asked for in the query by the items' numbers
/// (1 for the first ever): <c>after=N</c> the first <c>limit</c> numbered after N, <c>before=N</c> the last
/// <c>limit</c> numbered before N, neither the latest <c>limit</c>; always oldest first.
/// </summary>
public readonly record struct PageQuery(int? After, int? Before, int Limit)
{
    /// <summary>Items returned when no <c>limit</c> is given, and the most one request returns.</summary>
    public const int DefaultLimit = 100, MaxLimit = 500;

    /// <summary>Reads the page asked for; a 400 problem naming the parameter when a value is not a whole number in range or both cursors are given.</summary>
    public static IResult? TryRead(IQueryCollection query, out PageQuery page)
    {
        page = default;
        var problems = new[] { Read(query, "after", 0, out var after), Read(query, "before", 1, out var before), Read(query, "limit", 1, out var limit, MaxLimit) };
        if (problems.FirstOrDefault(p => p is not null) is { } problem)
        {
            return problem;
        }

        if (after is not null && before is not null)
        {
            return ApiProblems.Invalid("before", "after と before は同時に指定できません。", "query.conflict");
        }

        page = new PageQuery(after, before, limit ?? DefaultLimit);
        return null;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/> in the query, or absent; a 400 problem naming the parameter otherwise.</summary>
    public static IResult? Read(IQueryCollection query, string name, int min, out int? value, int max = int.MaxValue)
    {
        value = null;
        if (!query.TryGetValue(name, out var raw))
        {
            return null;
        }

        if (!int.TryParse(raw.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < min || parsed > max)
        {
            return ApiProblems.Invalid(name, $"{name} は{min}以上{max:N0}以下の整数で指定してください。", "query.invalid");
        }

        value = parsed;
        return null;
    }
}
