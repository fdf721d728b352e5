using Platform.Compliance.Abstractions;

namespace Platform.Compliance;

/// <summary>One check instance of one loaded plugin version, with its live mode and counters.</summary>
internal sealed class LoadedCheck
{
    private readonly long[] _findingsByDecision = new long[4];
    private int _mode;
    private int _quarantined;
    private int _consecutiveTimeouts;
    private int _consecutiveFailures;
    private int _overruns;
    private string? _lastError;
    private string? _quarantineReason;
    private long _evaluations;
    private long _failures;
    private long _timeouts;
    private long _skipped;
    private long _elapsedTicks;

    public LoadedCheck(IComplianceCheck instance, CheckInfo info, LoadedPluginInfo plugin, CheckMode mode)
    {
        Instance = instance;
        Name = info.Name;
        Version = info.Version;
        OnFailure = info.OnFailure;
        Timeout = info.Timeout;
        ReadsFindings = info.ReadsFindings;
        // Copied: a collection expression in the plugin would otherwise be a plugin-defined type kept alive here.
        Subscribes = [.. info.Subscribes];
        Plugin = plugin;
        _mode = (int)mode;
    }

    public IComplianceCheck Instance { get; }

    public string Name { get; }

    public string Version { get; }

    public FailurePolicy OnFailure { get; }

    public TimeSpan? Timeout { get; }

    /// <summary>Runs after the checks that do not read findings, and sees theirs.</summary>
    public bool ReadsFindings { get; }

    public ChangeKind[] Subscribes { get; }

    public LoadedPluginInfo Plugin { get; }

    public CheckMode Mode
    {
        get => (CheckMode)Volatile.Read(ref _mode);
        set => Volatile.Write(ref _mode, (int)value);
    }

    public bool IsQuarantined => Volatile.Read(ref _quarantined) != 0;

    /// <summary>Why the check is quarantined (after repeated time-outs or failures); null when it is not.</summary>
    public string? QuarantineReason => Volatile.Read(ref _quarantineReason);

    /// <summary>Runs that have entered and not yet returned.</summary>
    public RunsInFlight InFlight { get; } = new();

    public bool TryEnter(int maxInFlight) => InFlight.TryEnter(maxInFlight);

    public void Exit() => InFlight.Exit();

    /// <summary>Runs whose code is still going although their limit has passed and their result was abandoned.</summary>
    public int Overruns => Volatile.Read(ref _overruns);

    /// <summary>Counts <paramref name="run"/>, whose limit has passed, as an overrun until it returns (if ever).</summary>
    public void OverrunUntilDone(Task run)
    {
        BeginOverrun();
        run.ContinueWith(
            static (_, c) => ((LoadedCheck)c!).EndOverrun(),
            this,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>A run past its limit whose code is still going: counted until <see cref="EndOverrun"/>.</summary>
    public void BeginOverrun() => Interlocked.Increment(ref _overruns);

    /// <summary>The code of a run counted by <see cref="BeginOverrun"/> has returned.</summary>
    public void EndOverrun() => Interlocked.Decrement(ref _overruns);

    public void RecordOk(IReadOnlyList<Finding> findings, long elapsedTicks)
    {
        Interlocked.Increment(ref _evaluations);
        Interlocked.Add(ref _elapsedTicks, elapsedTicks);
        if (Volatile.Read(ref _consecutiveTimeouts) != 0)
        {
            Volatile.Write(ref _consecutiveTimeouts, 0);
        }

        if (Volatile.Read(ref _consecutiveFailures) != 0)
        {
            Volatile.Write(ref _consecutiveFailures, 0);
        }

        for (var i = 0; i < findings.Count; i++)
        {
            var d = (int)findings[i].Decision;
            if ((uint)d < (uint)_findingsByDecision.Length)
            {
                Interlocked.Increment(ref _findingsByDecision[d]);
            }
        }
    }

    /// <summary>Records a run that threw; true when this one put the check in quarantine.</summary>
    public bool RecordFailure(long elapsedTicks, string error, int quarantineAfter)
    {
        Interlocked.Increment(ref _evaluations);
        Interlocked.Increment(ref _failures);
        Interlocked.Add(ref _elapsedTicks, elapsedTicks);
        Volatile.Write(ref _lastError, error);
        var consecutive = Interlocked.Increment(ref _consecutiveFailures);
        return consecutive >= quarantineAfter && Quarantine($"quarantined after {quarantineAfter} consecutive failures (last: {error}); reload the plugin to retry");
    }

    /// <summary>
    /// Records a time-out; true when this one put the check in quarantine. One that is not <paramref name="checksFault"/> (the
    /// host made the run late) neither counts toward quarantine nor breaks a run of time-outs.
    /// </summary>
    public bool RecordTimeout(long elapsedTicks, string error, bool checksFault, int quarantineAfter)
    {
        Interlocked.Increment(ref _evaluations);
        Interlocked.Increment(ref _timeouts);
        Interlocked.Add(ref _elapsedTicks, elapsedTicks);
        Volatile.Write(ref _lastError, error);
        if (!checksFault)
        {
            return false;
        }

        var consecutive = Interlocked.Increment(ref _consecutiveTimeouts);
        return consecutive >= quarantineAfter && Quarantine($"quarantined after {quarantineAfter} consecutive time-outs; reload the plugin to retry");
    }

    private bool Quarantine(string reason)
    {
        if (Interlocked.Exchange(ref _quarantined, 1) != 0)
        {
            return false;
        }

        Volatile.Write(ref _quarantineReason, reason);
        return true;
    }

    public void RecordSkipped() => Interlocked.Increment(ref _skipped);

    public PluginStatus ToStatus()
    {
        var byDecision = new Dictionary<Decision, long>(_findingsByDecision.Length);
        for (var i = 0; i < _findingsByDecision.Length; i++)
        {
            byDecision[(Decision)i] = Interlocked.Read(ref _findingsByDecision[i]);
        }

        return new PluginStatus(
            Name,
            Version,
            Plugin.Name,
            Plugin.AssemblyPath,
            Mode,
            Plugin.LoadedAt,
            Subscribes,
            OnFailure,
            IsQuarantined,
            QuarantineReason,
            Volatile.Read(ref _lastError),
            Interlocked.Read(ref _evaluations),
            byDecision,
            Interlocked.Read(ref _failures),
            Interlocked.Read(ref _timeouts),
            Interlocked.Read(ref _skipped),
            Interlocked.Read(ref _elapsedTicks) * 1000.0 / System.Diagnostics.Stopwatch.Frequency);
    }
}
