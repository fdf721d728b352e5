using Platform.Abstractions.Compliance;

namespace Platform.Abstractions.Jobs;

/// <summary>A worker's proposal to a job.</summary>
/// <param name="Id">Proposal id (unique within the job).</param>
/// <param name="JobId">The job.</param>
/// <param name="WorkerId">Who proposed.</param>
/// <param name="Text">
/// The proposal text. A held or blocked proposal is its worker's alone: the client does not find it in the list nor in the
/// job's <c>proposalCount</c>, and every path naming it answers 404 <c>proposal.not_found</c>, as for an unknown proposal. A
/// proposal withdrawn with its worker's forced withdrawal (強制退会) is read by the client without its text.
/// </param>
/// <param name="PriceYen">Offered price.</param>
/// <param name="At">When.</param>
/// <param name="Status">
/// <c>delivered</c>, <c>held</c>, <c>blocked</c>, or <c>withdrawn</c> when its worker was withdrawn (強制退会): the client lists it
/// (not in <c>proposalCount</c>) only when they had received it, and contracting it or writing in its thread answers 409
/// <c>proposal.withdrawn</c>. Lifting the withdrawal gives it back as it was.
/// </param>
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
