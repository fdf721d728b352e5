using System.Runtime.Loader;

namespace Platform.Checks.Text;

/// <summary>
/// A per-thread scratch value for the checks, in place of <c>[ThreadStatic]</c>. Plugins load into collectible load
/// contexts, and the thread statics of a collectible assembly race with thread exit while the plugin is unloaded: a
/// gateway test process crashed in the GC on a freed object of the contact plugin's static handles after hosts (and
/// their plugins) were stopped while pool threads exited (the class of dotnet/runtime#110837). The value lives in a
/// <see cref="ThreadLocal{T}"/> instead (the runtime's own thread statics), which is disposed when the plugin's load
/// context starts unloading, so no thread keeps the unloaded plugin's objects alive.
/// </summary>
public sealed class PerThread<T>
    where T : class
{
    private readonly ThreadLocal<T?> _values = new();

    /// <summary>A per-thread slot, released when this assembly's load context (the plugin's) starts unloading.</summary>
    public PerThread()
    {
        if (AssemblyLoadContext.GetLoadContext(typeof(PerThread<T>).Assembly) is { IsCollectible: true } context)
        {
            context.Unloading += _ => _values.Dispose();
        }
    }

    /// <summary>This thread's value; null until set on this thread.</summary>
    public T? Value
    {
        get => _values.Value;
        set => _values.Value = value;
    }
}
