namespace Platform.Domain.Common;

/// <summary>Thrown by pure rules when an action is refused; grains translate it for the caller.</summary>
public sealed class DomainException(DomainProblem problem) : Exception(problem.MessageJa)
{
    public DomainProblem Problem { get; } = problem;
}
