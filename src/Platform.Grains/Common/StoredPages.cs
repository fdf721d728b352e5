using Platform.Abstractions.Storage;

namespace Platform.Grains.Common;

/// <summary>
/// A state list stored in pages of a fixed number of items (<see cref="IStoredInParts"/>): each full page is a part,
/// written when it fills and again only if one of its items changes; the items past the last full page (the open
/// page) go with the state's own row (<see cref="Open"/>), which is written on every change anyway. So adding an item
/// writes the row alone, and one page each time a page fills. Keys are the list's prefix and the page number, six
/// digits, so that they sort in page order.
/// </summary>
internal static class StoredPages
{
    /// <summary>
    /// Writes the full pages of <paramref name="list"/> from its first item past <paramref name="stored"/> or changed
    /// (<paramref name="takeChanged"/> reports and clears an item's change; every item is asked); returns the items
    /// now stored in pages. <paramref name="openChanged"/>: an item of the open page changed.
    /// </summary>
    public static int Collect<T>(
        IStatePartWriter writer, string prefix, int pageSize, List<T>? list, int stored, Func<T, bool>? takeChanged, out bool openChanged)
    {
        openChanged = false;
        if (list is null)
        {
            return 0;
        }

        var full = list.Count / pageSize * pageSize;
        var first = stored;
        if (takeChanged is not null)
        {
            for (var i = list.Count - 1; i >= 0; i--)
            {
                if (takeChanged(list[i]))
                {
                    first = Math.Min(first, i);
                    openChanged |= i >= full;
                }
            }
        }

        for (var start = first / pageSize * pageSize; start < full; start += pageSize)
        {
            writer.Write(Key(prefix, start / pageSize), list.GetRange(start, pageSize).ToArray());
        }

        return full;
    }

    /// <inheritdoc cref="Collect{T}(IStatePartWriter, string, int, List{T}?, int, Func{T, bool}?, out bool)"/>
    public static int Collect<T>(IStatePartWriter writer, string prefix, int pageSize, List<T>? list, int stored, Func<T, bool>? takeChanged = null) =>
        Collect(writer, prefix, pageSize, list, stored, takeChanged, out _);

    /// <summary>The items past the last full page, stored with the row; null when there are none.</summary>
    public static T[]? Open<T>(List<T>? list, int pageSize)
    {
        var full = list is null ? 0 : list.Count / pageSize * pageSize;
        return list is null || list.Count == full ? null : list.GetRange(full, list.Count - full).ToArray();
    }

    /// <summary>
    /// Puts a full page read back after the pages read so far (<paramref name="stored"/> items, counted on) and before
    /// the open page's items (read with the row); returns the list, created if it was null.
    /// </summary>
    public static List<T> Restore<T>(List<T>? list, ref int stored, IStatePartReader reader, Func<T, bool>? takeChanged = null)
    {
        var items = reader.Read<T[]>();
        foreach (var item in items)
        {
            takeChanged?.Invoke(item);
        }

        list ??= [];
        list.InsertRange(stored, items);
        stored += items.Length;
        return list;
    }

    /// <summary>The key of page or item <paramref name="number"/> of the list under <paramref name="prefix"/>.</summary>
    public static string Key(string prefix, int number) => $"{prefix}{number:D6}";
}
