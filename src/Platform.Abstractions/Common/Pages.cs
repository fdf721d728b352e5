namespace Platform.Abstractions.Common;

/// <summary>
/// Which part of a numbered list one page is (notifications, a thread's messages): <c>after</c> N the first
/// <c>limit</c> items numbered above N, <c>before</c> N the last <c>limit</c> numbered below N, neither the last
/// <c>limit</c>. The grains that hold such lists page them with this one rule, so a caller receives only the page.
/// </summary>
public static class Pages
{
    /// <summary>
    /// The range [From, To) of a list of <paramref name="count"/> items whose numbers (<paramref name="numberAt"/> of an
    /// index) increase with the index; numbers may skip (items the viewer may not see).
    /// </summary>
    public static (int From, int To) Range(int count, Func<int, int> numberAt, int? after, int? before, int limit)
    {
        if (after is { } a)
        {
            var from = FirstAbove(count, numberAt, a);
            return (from, from + Math.Min(limit, count - from));
        }

        var to = before is { } b ? FirstAbove(count, numberAt, b - 1) : count;
        return (to - Math.Min(limit, to), to);
    }

    // The index of the first item numbered above n (count when none is).
    private static int FirstAbove(int count, Func<int, int> numberAt, int n)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (numberAt(mid) <= n)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
