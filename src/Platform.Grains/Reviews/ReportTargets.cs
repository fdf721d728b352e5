using Platform.Abstractions.Common;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Jobs;
using Platform.Grains.Contracts;

namespace Platform.Grains.Reviews;

/// <summary>
/// Whether a reporter may see what they report, as they would read it through the API: a job as listed, a proposal or a
/// proposal-thread message to the job's client and that proposal's worker, a contract's message and the texts written
/// with its steps (a delivery note, a cancellation or termination reason, a rating comment) to its parties. A target
/// the reporter may not see is answered as one that does not exist, so a report cannot tell whether it exists.
/// </summary>
internal static class ReportTargets
{
    /// <summary>The target as <paramref name="reporterId"/> may report it; null when it does not exist or they may not see it.</summary>
    public static async Task<ReportTarget?> FindAsync(IGrainFactory grains, string reporterId, string kind, string targetId)
    {
        if (StepTexts.Kinds.Contains(kind))
        {
            var (contract, item) = ReviewDecisions.SplitTarget(targetId);
            try
            {
                var text = await grains.Grain<IContractGrain>(contract).GetStepTextAsync(reporterId, kind, item);
                return text is null ? null : new ReportTarget("contract", contract, text.ItemId, text.WrittenBy, text.Withheld);
            }
            catch (PlatformException refusal) when (refusal.Kind is "forbidden" or "not_found")
            {
                return null;
            }
        }

        return await VisibleAsync(grains, reporterId, kind, targetId)
            && await ReviewDecisions.ResolveTargetAsync(grains, kind, targetId) is { Subject: { } subject } found
            ? new ReportTarget(found.SourceKind, found.SourceId, found.ItemId, subject)
            : null;
    }

    private static async Task<bool> VisibleAsync(IGrainFactory grains, string reporterId, string kind, string targetId)
    {
        var (container, item) = ReviewDecisions.SplitTarget(targetId);
        try
        {
            switch (kind)
            {
                case "user":
                    return true;
                case "job" when item is null:
                    await grains.Grain<IJobGrain>(container).GetAsync(reporterId);
                    return true;
                case "proposal" when item is not null:
                    return (await grains.Grain<IJobGrain>(container).GetProposalsAsync(reporterId)).Any(p => p.Id == item);
                case "message" when item is not null && item.StartsWith('m'):
                    await grains.Grain<IContractGrain>(container).GetMessageAsync(reporterId, item);
                    return true;
                case "message" when item is not null && item.LastIndexOf("-m", StringComparison.Ordinal) is > 0 and var at:
                    await grains.Grain<IJobGrain>(container).GetProposalMessageAsync(reporterId, item[..at], item);
                    return true;
                default:
                    return false;
            }
        }
        catch (PlatformException refusal) when (refusal.Kind is "forbidden" or "not_found")
        {
            return false;
        }
    }
}
