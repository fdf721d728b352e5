using Platform.Abstractions.Compliance;
using Platform.Compliance.Abstractions;

namespace Platform.Grains.Compliance;

/// <summary>What the gate decided about one change, ready for the grain to apply and record.</summary>
/// <param name="Decision">The enforced decision.</param>
/// <param name="Verdict">The view returned to the front-end.</param>
/// <param name="Audit">The audit entry (effects filled in after dispatch).</param>
/// <param name="Effects">Effects requested by enforce-mode findings.</param>
/// <param name="ItemId">The item the change wrote (message, proposal), if any.</param>
/// <param name="ActorUserId">Who made the change: the user a detection raised by it is about.</param>
internal sealed record GateResult(Decision Decision, VerdictView Verdict, AuditEntry? Audit, IReadOnlyList<Effect> Effects, string? ItemId, string? ActorUserId);
