namespace Platform.Domain.Trust;

/// <summary>Thresholds of the warning ladder (configuration <c>Workflows</c>).</summary>
/// <param name="WarningsForRestriction">Active warnings that restrict the user automatically.</param>
/// <param name="FlagsForWithdrawal">Reputation flags that withdraw the user automatically.</param>
public sealed record LadderPolicy(int WarningsForRestriction = 3, int FlagsForWithdrawal = 5);
