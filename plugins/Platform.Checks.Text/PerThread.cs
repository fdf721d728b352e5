namespace Platform.Checks.Text;

/// <summary>
/// A per-thread scratch value for the checks, without thread statics. Plugins may load into collectible load contexts
/// (a host that unloads replaced versions), and thread-static storage of a collectible assembly's types races with thread exit while the plugin unloads: a
/// gateway test process crashed in the GC on a freed object of the contact plugin's static handles after hosts (and
/// their plugins) were stopped while pool threads exited (the class of dotnet/runtime#110837). <c>[ThreadStatic]</c>
/// crashed 4 of 10 full test runs; a <see cref="ThreadLocal{T}"/> (thread statics of a generic instantiated over the
/// plugin's types, inside the runtime) still crashed about one run in five. So each value sits in an ordinary array
/// indexed by the managed thread id: an ordinary static of the plugin, released with the plugin like any other.
/// Thread ids are reused after a thread exits, so the array stays as long as the most threads alive at once. Reads take
/// no lock; a set takes one, which keeps a value from being lost while another thread grows the array.
/// </summary>
public sealed class PerThread<T>
    where T : class
{
    private readonly Lock _writing = new();
    private T?[] _slots = new T?[64];

    /// <summary>This thread's value; null until set on this thread.</summary>
    public T? Value
    {
        get
        {
            var id = Environment.CurrentManagedThreadId;
            var slots = Volatile.Read(ref _slots);
            return (uint)id < (uint)slots.Length ? slots[id] : null;
        }

        set
        {
            // Under the lock, so a value written while another thread grows the array is never left behind in the old
            // one; a set is once or twice per text, far from the per-text cost.
            var id = Environment.CurrentManagedThreadId;
            lock (_writing)
            {
                var slots = _slots;
                if (id >= slots.Length)
                {
                    slots = Grow(id);
                }

                slots[id] = value;
            }
        }
    }

    // Called under the lock.
    private T?[] Grow(int id)
    {
        var grown = new T?[Math.Max(id + 1, _slots.Length * 2)];
        Array.Copy(_slots, grown, _slots.Length);
        Volatile.Write(ref _slots, grown);
        return grown;
    }
}
