namespace Platform.Abstractions.Storage;

/// <summary>
/// A grain state whose long lists (a contract's messages and history, a job's proposals and revisions) a storage that
/// serialises keeps apart from the rest of the state, part by part, so that a change costs in proportion to what
/// changed instead of to everything the state holds. The lists carry no <c>[Id]</c>: the rest of the state is stored
/// as before, and the parts beside it, written in the same transaction. A storage that keeps the state object itself
/// (the embedded one) ignores all this.
/// </summary>
public interface IStoredInParts
{
    /// <summary>
    /// Writes the parts changed since the state was read or last collected (with their keys, which sort in the order
    /// <see cref="Restore"/> needs them) and counts them as stored. A failed write deactivates the grain, so nothing
    /// counted as stored here outlives a write that did not commit.
    /// </summary>
    void CollectChanged(IStatePartWriter writer);

    /// <summary>Puts back one part read from storage; parts come in key order, after the rest of the state.</summary>
    void Restore(string key, IStatePartReader reader);
}

/// <summary>Takes the changed parts of an <see cref="IStoredInParts"/> state to store.</summary>
public interface IStatePartWriter
{
    /// <summary>Stores <paramref name="part"/> under <paramref name="key"/>, replacing what was stored there.</summary>
    void Write<T>(string key, T part);
}

/// <summary>Reads one stored part.</summary>
public interface IStatePartReader
{
    /// <summary>The part, as the type it was written as.</summary>
    T Read<T>();
}
