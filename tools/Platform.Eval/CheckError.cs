namespace Platform.Eval;

/// <summary>A check that gave no answer on one item: it threw, or ran past its time limit (its result abandoned, as on the host).</summary>
/// <param name="Check">The check's name.</param>
/// <param name="Error">The exception (type and message) or the limit it ran past.</param>
/// <param name="TimedOut">True for a run past the limit.</param>
public sealed record CheckError(string Check, string Error, bool TimedOut);
