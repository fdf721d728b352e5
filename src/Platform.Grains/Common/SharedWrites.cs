namespace Platform.Grains.Common;

/// <summary>
/// Lets the calls of a reentrant grain share state writes: one write is in flight at a time, and every call that
/// changed the state while it was in flight is answered by the next write, which carries all their changes. A
/// caller is answered only once a write holding its change has committed. Used where many callers change one
/// grain (the month's statistics, the review queue), so that they queue behind one write instead of one write each,
/// and where some calls interleave (the user grain), so that two writes of one state are never in flight at once.
/// </summary>
/// <remarks>
/// After a failed write the grain is deactivating and the changes made since its last committed write are gone
/// with it: those callers and every later one get the failure, so none is told its change was kept.
/// </remarks>
internal sealed class SharedWrites<T>(IPersistentState<T> state, IGrainContext grain)
{
    private Task _writing = Task.CompletedTask;
    private TaskCompletionSource? _next;
    private Exception? _failed;

    /// <summary>No write in flight or waiting, and none failed: an owner may drop this object and make a new one later.</summary>
    public bool Idle => _next is null && _writing.IsCompleted && _failed is null;

    /// <summary>Completes when a write holding every change made before this call has committed.</summary>
    public Task SaveAsync()
    {
        if (_failed is not null)
        {
            return Task.FromException(_failed);
        }

        if (_next is { } waiting)
        {
            return waiting.Task;
        }

        var next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _next = next;
        _ = WriteAfterAsync(_writing, next);
        return next.Task;
    }

    private async Task WriteAfterAsync(Task previous, TaskCompletionSource done)
    {
        // The previous write's failure went to its own callers; this one learns of it through _failed.
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);

        // From here on, changes go into the write after this one. A failed previous write fails this one too, even if
        // this continuation runs before that write's own handler has recorded the failure.
        _next = null;
        if (previous.IsFaulted)
        {
            _failed ??= previous.Exception.InnerException ?? previous.Exception;
        }

        if (_failed is not null)
        {
            done.SetException(_failed);
            return;
        }

        var write = state.SaveAsync(grain);
        _writing = write;
        try
        {
            await write;
            done.SetResult();
        }
        catch (Exception ex)
        {
            _failed = ex;
            done.SetException(ex);
        }
    }
}
