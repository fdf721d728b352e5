namespace Platform.Checks.Scorer;

/// <summary>Receives the hashed n-grams of a text (a struct, so the call is inlined in the hot loop).</summary>
public interface IGramSink
{
    /// <summary>One n-gram occurrence: its slot, the folded offset where it starts and its length.</summary>
    void Add(int slot, int start, int length);
}
