namespace Platform.Compliance.Abstractions;

/// <summary>Whether a check's decisions are enforced or only recorded.</summary>
public enum CheckMode
{
    /// <summary>Findings decide the outcome and their effects are dispatched.</summary>
    Enforce,

    /// <summary>Runs on live traffic and records what it would have decided; enforces nothing.</summary>
    Shadow,
}
