namespace Platform.Abstractions.Reviews;

/// <summary>What a reporter gets back: a receipt, never the verdict (reports are send-only).</summary>
/// <param name="Id">Receipt id.</param>
/// <param name="ReporterId">Who reported.</param>
/// <param name="TargetKind">What kind of thing was reported.</param>
/// <param name="TargetId">Which.</param>
/// <param name="Category">The category given.</param>
/// <param name="ReceivedAt">When received.</param>
/// <param name="MessageJa">Acknowledgement in Japanese.</param>
[GenerateSerializer, Immutable]
public sealed record ReportReceipt(
    [property: Id(0)] string Id,
    [property: Id(1)] string ReporterId,
    [property: Id(2)] string TargetKind,
    [property: Id(3)] string TargetId,
    [property: Id(4)] string Category,
    [property: Id(5)] DateTimeOffset ReceivedAt,
    [property: Id(6)] string MessageJa);
