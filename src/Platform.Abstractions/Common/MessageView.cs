using Platform.Abstractions.Compliance;

namespace Platform.Abstractions.Common;

/// <summary>A message in a proposal thread or a contract.</summary>
/// <param name="Id">
/// Message id, unique within its thread and never reused: <c>m1</c>, <c>m2</c>… in a contract (<c>p1-m1</c>… in a proposal's
/// thread), numbered in the order written. The number is the message's place in the thread, which <c>after</c> and
/// <c>before</c> page by, so a reader's numbers may skip: another party's held message (shown later in its place if a reviewer
/// releases it) or blocked one, and the reader's own message whose send was answered with an error, keep their numbers.
/// </param>
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
