namespace Platform.Compliance;

/// <summary>
/// How many runs of one check have entered and not yet returned (an abandoned run counts until the plugin code returns).
/// Apart from the check, so that the catalog can watch a retired version's runs without keeping its instance, and so its
/// load context, alive.
/// </summary>
internal sealed class RunsInFlight
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public bool TryEnter(int max)
    {
        if (Interlocked.Increment(ref _count) <= max)
        {
            return true;
        }

        Interlocked.Decrement(ref _count);
        return false;
    }

    public void Exit() => Interlocked.Decrement(ref _count);
}
