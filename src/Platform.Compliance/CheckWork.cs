using System.Diagnostics;
using System.Threading.Tasks.Sources;
using Platform.Compliance.Abstractions;

namespace Platform.Compliance;

/// <summary>
/// One run of one check on the thread pool, pooled: the work item, its own awaitable (true when the plugin's code
/// returned, false when the run was cut off at its limit or by the caller's token) and its cancellation source in one
/// object. Two owners hold it, the pool thread that runs the plugin and the engine that awaits it; it goes back to the
/// pool only when both are done with it, so an abandoned run keeps it (and its in-flight slot) until its code returns, and
/// its registrations are undone before it is reused: nothing of an old run reaches a later one.
/// </summary>
internal sealed class CheckWork : IThreadPoolWorkItem, IValueTaskSource<bool>
{
    private const int Running = 0;
    private const int Overran = 1;
    private const int Returned = 2;

    private static readonly Action<object?> CutOff = static s => ((CheckWork)s!).Complete(ran: false);
    private static readonly Action<object?> CancelRun = static s => ((CheckWork)s!).Cancel();

    private readonly CheckWorkPool _pool;
    private ManualResetValueTaskSourceCore<bool> _core;
    private CancellationTokenSource? _source;
    private CancellationTokenRegistration _cut;
    private CancellationTokenRegistration _link;
    private LoadedCheck? _check;
    private StateChange? _change;
    private IReadOnlyList<Finding>? _findings;
    private Exception? _error;
    private long _began;
    private int _completed;
    private int _owners;
    private int _code;

    public CheckWork(CheckWorkPool pool) => _pool = pool;

    /// <summary>When the plugin's code began (0 until then): what came before was the host's delay in finding a thread.</summary>
    public long Began => Volatile.Read(ref _began);

    /// <summary>What the plugin returned, once the run has completed with its code returned.</summary>
    public IReadOnlyList<Finding>? Findings => _findings;

    /// <summary>What the plugin threw, once the run has completed with its code returned.</summary>
    public Exception? Error => _error;

    /// <summary>Whether the run's token was cancelled (its limit, or the caller's token).</summary>
    public bool IsCancellationRequested => _source!.IsCancellationRequested;

    /// <summary>The check's mode when the run started.</summary>
    public CheckMode Mode { get; private set; }

    /// <summary>The run's time limit.</summary>
    public TimeSpan Limit { get; private set; }

    /// <summary>When the run was queued (<see cref="Stopwatch"/> ticks).</summary>
    public long Started { get; private set; }

    /// <summary>Completes when the plugin's code returned (true) or the run was cut off (false); awaited once.</summary>
    public ValueTask<bool> Ran => new(this, _core.Version);

    /// <summary>Queues the run of <paramref name="check"/>, cut off after <paramref name="limit"/> or by <paramref name="ct"/>.</summary>
    public void Start(LoadedCheck check, StateChange change, CheckMode mode, TimeSpan limit, CancellationToken ct)
    {
        _check = check;
        _change = change;
        Mode = mode;
        Limit = limit;
        _owners = 2;
        _completed = 0;
        _code = Running;
        _began = 0;
        Started = Stopwatch.GetTimestamp();
        var source = _source ??= _pool.NewSource(limit);
        _cut = source.Token.UnsafeRegister(CutOff, this);
        _pool.Arm(source, limit);
        if (ct.CanBeCanceled)
        {
            _link = ct.UnsafeRegister(CancelRun, this);
        }

        // Local, as Task.Run queues from a pool thread: behind the whole global queue, a loaded host would start runs late.
        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: true);
    }

    void IThreadPoolWorkItem.Execute()
    {
        Volatile.Write(ref _began, Stopwatch.GetTimestamp());
        var token = _source!.Token;
        // Past its limit before it got a thread: abandoned already, so the plugin is not run for nothing.
        if (!token.IsCancellationRequested)
        {
            try
            {
                _findings = _check!.Instance.Evaluate(_change!, token);
            }
            catch (Exception ex)
            {
                _error = ex;
            }
        }

        // The plugin's code has returned: an overrun counted for this run ends here.
        if (Interlocked.Exchange(ref _code, Returned) == Overran)
        {
            _check!.EndOverrun();
        }

        Complete(ran: true);
        Release();
    }

    /// <summary>
    /// Counts this run, cut off at its limit, as an overrun of its check until its code returns; false when its code never
    /// began or has returned already.
    /// </summary>
    public bool OverrunUntilDone()
    {
        if (Began == 0)
        {
            return false;
        }

        _check!.BeginOverrun();
        if (Interlocked.CompareExchange(ref _code, Overran, Running) == Running)
        {
            return true;
        }

        _check.EndOverrun();
        return false;
    }

    /// <summary>
    /// One owner is done with the run: the engine (its result read, or let go because the caller gave up) or the pool thread
    /// (the plugin's code returned). The last one puts the item back and frees its check's in-flight slot.
    /// </summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _owners) != 0)
        {
            return;
        }

        var check = _check!;
        // Disposing a registration waits for its callback if it is running on another thread: none runs after this.
        _link.Dispose();
        _link = default;
        _cut.Dispose();
        _cut = default;
        // A source whose limit passed or that was cancelled is never reused; one whose timer is stopped is.
        if (!_pool.TryReset(_source!))
        {
            _source!.Dispose();
            _source = null;
        }

        _check = null;
        _change = null;
        _findings = null;
        _error = null;
        _core.Reset();
        if (!_pool.Return(this))
        {
            // The pool is full: this item is dropped, and its source's timer with it.
            _source?.Dispose();
        }

        check.Exit();
    }

    private void Complete(bool ran)
    {
        if (Interlocked.Exchange(ref _completed, 1) == 0)
        {
            _core.SetResult(ran);
        }
    }

    private void Cancel()
    {
        try
        {
            _source!.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Cannot happen while the link is registered; kept so a caller's token never throws into its canceller.
        }
    }

    bool IValueTaskSource<bool>.GetResult(short token) => _core.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource<bool>.GetStatus(short token) => _core.GetStatus(token);

    void IValueTaskSource<bool>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);
}

/// <summary>The engine's pooled <see cref="CheckWork"/> items, and how their cancellation sources are made and re-armed.</summary>
internal sealed class CheckWorkPool
{
    private readonly CheckWork?[] _items = new CheckWork?[Math.Max(32, Environment.ProcessorCount * 16)];
    private readonly TimeProvider _timeProvider;
    private readonly bool _system;
    private long _created;

    public CheckWorkPool(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        _system = timeProvider == TimeProvider.System;
    }

    /// <summary>Items made so far (the rest of the runs reused one).</summary>
    public long Created => Interlocked.Read(ref _created);

    public CheckWork Rent()
    {
        var items = _items;
        for (var i = 0; i < items.Length; i++)
        {
            var item = Volatile.Read(ref items[i]);
            if (item is not null && Interlocked.CompareExchange(ref items[i], null, item) == item)
            {
                return item;
            }
        }

        Interlocked.Increment(ref _created);
        return new CheckWork(this);
    }

    /// <summary>Keeps <paramref name="item"/> for a later run; false when the pool is full.</summary>
    public bool Return(CheckWork item)
    {
        var items = _items;
        for (var i = 0; i < items.Length; i++)
        {
            if (Volatile.Read(ref items[i]) is null && Interlocked.CompareExchange(ref items[i], item, null) is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A source for a run. The system clock's is made without a timer and armed by <see cref="Arm"/>, so that its timer is
    /// made once and re-armed on reuse; another clock's (the tests') is made armed and never reused.
    /// </summary>
    public CancellationTokenSource NewSource(TimeSpan limit) => _system ? new CancellationTokenSource() : new CancellationTokenSource(limit, _timeProvider);

    public void Arm(CancellationTokenSource source, TimeSpan limit)
    {
        if (_system)
        {
            source.CancelAfter(limit);
        }
    }

    /// <summary>
    /// Readies a used source for the next run: only the system clock's, whose <see cref="CancellationTokenSource.TryReset"/>
    /// stops its timer and fails if the timer ever fired. Another clock's (an <see cref="ITimer"/>) is never reused: .NET 10's
    /// TryReset refuses such a source anyway (measured), and one that did not would leave its timer to cancel a later run.
    /// </summary>
    public bool TryReset(CancellationTokenSource source) => _system && source.TryReset();
}
