using Platform.Abstractions.Storage;

namespace Platform.Grains.Common;

/// <summary>
/// A state list stored in pages of a fixed number of items (<see cref="IStoredInParts"/>): a write stores the pages
/// from the first item not yet stored or changed since, which for a list that grows at its end is the last page only.
/// Keys are the list's prefix and the page number, six digits, so that they sort in page order.
/// </summary>
internal static class StoredPages
{
    /// <summary>
    /// Writes the pages of <paramref name="list"/> from its first item past <paramref name="stored"/> or changed
    /// (<paramref name="takeChanged"/> reports and clears an item's change; every item is asked); returns the items now stored.
    /// </summary>
    public static int Collect<T>(IStatePartWriter writer, string prefix, int pageSize, List<T>? list, int stored, Func<T, bool>? takeChanged = null)
    {
        if (list is null)
        {
            return 0;
        }

        var first = stored;
        if (takeChanged is not null)
        {
            for (var i = list.Count - 1; i >= 0; i--)
            {
                if (takeChanged(list[i]))
                {
                    first = Math.Min(first, i);
                }
            }
        }

        for (var start = first / pageSize * pageSize; start < list.Count; start += pageSize)
        {
            writer.Write(Key(prefix, start / pageSize), list.GetRange(start, Math.Min(pageSize, list.Count - start)).ToArray());
        }

        return list.Count;
    }

    /// <summary>Appends a page read back (pages come in order); returns the items now stored.</summary>
    public static int Restore<T>(ref List<T>? list, IStatePartReader reader, Func<T, bool>? takeChanged = null)
    {
        var items = reader.Read<T[]>();
        foreach (var item in items)
        {
            takeChanged?.Invoke(item);
        }

        (list ??= []).AddRange(items);
        return list.Count;
    }

    /// <summary>The key of page or item <paramref name="number"/> of the list under <paramref name="prefix"/>.</summary>
    public static string Key(string prefix, int number) => $"{prefix}{number:D6}";
}
