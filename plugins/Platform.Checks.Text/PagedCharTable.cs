using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Platform.Checks.Text;

/// <summary>
/// A value for every char of the Basic Multilingual Plane, stored as 256 pages of 256 values with equal pages kept
/// once. A table per char is read at every position of every text; flat, it spans 64K entries and a Japanese text
/// touches a new cache line at almost every kanji. Paged, the thousands of kanji that need nothing share one
/// page, and the lines a text touches stay in the first-level cache. Immutable once built.
/// </summary>
internal sealed class PagedCharTable<T>
    where T : unmanaged, IEquatable<T>
{
    private const int PageSize = 256;

    private readonly ushort[] _pageOf = new ushort[PageSize];
    private readonly T[] _values;

    /// <summary>Builds the table from the value of every char.</summary>
    public PagedCharTable(Func<char, T> valueOf)
    {
        var pages = new List<T[]>();
        for (var high = 0; high < PageSize; high++)
        {
            var page = new T[PageSize];
            for (var low = 0; low < PageSize; low++)
            {
                page[low] = valueOf((char)((high << 8) | low));
            }

            var same = pages.FindIndex(p => p.AsSpan().SequenceEqual(page));
            if (same < 0)
            {
                pages.Add(page);
                same = pages.Count - 1;
            }

            _pageOf[high] = (ushort)same;
        }

        _values = [.. pages.SelectMany(p => p)];
    }

    /// <summary>Distinct pages kept.</summary>
    public int Pages => _values.Length / PageSize;

    /// <summary>The value of <paramref name="c"/>.</summary>
    public T this[char c]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            // Every page index is below 256 and every page has 256 values, so neither read needs a bounds check.
            var page = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_pageOf), c >> 8);
            return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_values), (page << 8) | (c & 0xFF));
        }
    }
}
