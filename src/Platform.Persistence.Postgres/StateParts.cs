using Orleans.Serialization;
using Platform.Abstractions.Storage;

namespace Platform.Persistence.Postgres;

/// <summary>The changed parts of one <see cref="IStoredInParts"/> state, serialised for one write.</summary>
internal sealed class StateParts(Serializer serializer) : IStatePartWriter
{
    public List<string> Keys { get; } = [];

    public List<byte[]> Payloads { get; } = [];

    public int Count => Keys.Count;

    public void Write<T>(string key, T part)
    {
        Keys.Add(key);
        Payloads.Add(serializer.SerializeToArray(part));
    }
}

/// <summary>One stored part, read back.</summary>
internal sealed class StoredPart(Serializer serializer, byte[] payload) : IStatePartReader
{
    public T Read<T>() => serializer.Deserialize<T>(payload)!;
}
