namespace Platform.Compliance;

/// <summary>How one check's run ended.</summary>
public enum CheckRunStatus
{
    /// <summary>The check returned its findings.</summary>
    Ok,

    /// <summary>The check threw.</summary>
    Failed,

    /// <summary>The check ran past its time limit; its result was abandoned.</summary>
    TimedOut,

    /// <summary>The check was not run (quarantined after repeated time-outs, or too many runs in flight).</summary>
    Skipped,
}
