namespace Platform.Domain.Trust;

/// <summary>A step on the warning ladder.</summary>
public enum LadderStep
{
    Warning,
    Restriction,
    Withdrawal,
}
