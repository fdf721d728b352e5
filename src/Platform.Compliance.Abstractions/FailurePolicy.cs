namespace Platform.Compliance.Abstractions;

/// <summary>What the engine decides for a check that throws or runs past its time limit.</summary>
public enum FailurePolicy
{
    /// <summary>The failed check is ignored; the other checks decide.</summary>
    FailOpen,

    /// <summary>The change is held for review, as if the check had said <see cref="Decision.Hold"/>.</summary>
    FailClosed,
}
