namespace Platform.Grains.Common;

/// <summary>
/// The lists of an entity state are created on first add, not with the state: nearly every user, job and contract
/// keeps most of them empty (no flag, warning, rating, audit entry or thread message), and an empty list costs 32
/// bytes per list per active entity. A list property is null until something is added. Readers call
/// <see cref="OrEmpty{T}"/>, which allocates nothing; writers create the list where they add to it:
/// <c>(S.Flags ??= []).Add(code)</c>. A path that only reads (or fails before adding) never creates one.
/// </summary>
internal static class StateLists
{
    /// <summary>The list's items, or an empty read-only view when it has not been created.</summary>
    public static IReadOnlyList<T> OrEmpty<T>(this List<T>? list) => list ?? (IReadOnlyList<T>)Array.Empty<T>();
}
