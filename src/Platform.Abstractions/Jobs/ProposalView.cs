using Platform.Abstractions.Compliance;

namespace Platform.Abstractions.Jobs;

/// <summary>A worker's proposal to a job.</summary>
/// <param name="Id">Proposal id (unique within the job).</param>
/// <param name="JobId">The job.</param>
/// <param name="WorkerId">Who proposed.</param>
/// <param name="Text">The proposal text (empty for the client when blocked or held).</param>
/// <param name="PriceYen">Offered price.</param>
/// <param name="At">When.</param>
/// <param name="Status"><c>delivered</c>, <c>held</c> or <c>blocked</c>.</param>
/// <param name="Verdict">The compliance verdict.</param>
/// <param name="MessageCount">Messages in the proposal thread.</param>
[GenerateSerializer, Immutable]
public sealed record ProposalView(
    [property: Id(0)] string Id,
    [property: Id(1)] string JobId,
    [property: Id(2)] string WorkerId,
    [property: Id(3)] string Text,
    [property: Id(4)] long PriceYen,
    [property: Id(5)] DateTimeOffset At,
    [property: Id(6)] string Status,
    [property: Id(7)] VerdictView Verdict,
    [property: Id(8)] int MessageCount);
