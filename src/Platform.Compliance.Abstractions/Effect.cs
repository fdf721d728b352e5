namespace Platform.Compliance.Abstractions;

/// <summary>An action a check requests on another entity.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="TargetId">The user id (flag, warn, revoke) or job id (hide) or item id (hold, notify) concerned.</param>
/// <param name="Code">Stable English code for programs, e.g. <c>flag.mass_send</c>.</param>
/// <param name="ReasonJa">Why, in Japanese, as shown to the people concerned.</param>
public sealed record Effect(EffectKind Kind, string TargetId, string Code, string ReasonJa)
{
    /// <summary>
    /// Applied only when a reviewer upholds the detection the change was held for (refuses the held text, or upholds
    /// the detection), not at once. The engine sets it on what a doubted block asked for (<see cref="Finding.Doubts"/>).
    /// </summary>
    public bool WhenUpheld { get; init; }
}
