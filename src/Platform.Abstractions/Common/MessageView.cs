using Platform.Abstractions.Compliance;

namespace Platform.Abstractions.Common;

/// <summary>A message in a proposal thread or a contract.</summary>
/// <param name="Id">Message id, unique within its thread.</param>
/// <param name="SenderId">Who wrote it.</param>
/// <param name="Text">What was written (only the sender sees a blocked or held text).</param>
/// <param name="At">When.</param>
/// <param name="Status"><c>delivered</c>, <c>held</c> (waits for review) or <c>blocked</c> (not delivered).</param>
/// <param name="Verdict">The compliance verdict.</param>
[GenerateSerializer, Immutable]
public sealed record MessageView(
    [property: Id(0)] string Id,
    [property: Id(1)] string SenderId,
    [property: Id(2)] string Text,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string Status,
    [property: Id(5)] VerdictView Verdict);
