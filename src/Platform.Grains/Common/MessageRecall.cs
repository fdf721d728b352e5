using Platform.Abstractions.Compliance;

namespace Platform.Grains.Common;

/// <summary>Taking a delivered message back into review, the same way in every kind of thread.</summary>
internal static class MessageRecall
{
    /// <summary>Marks a delivered message held, adding <paramref name="finding"/> to its verdict; false when it is not delivered.</summary>
    public static bool TryRecall(MessageRecord message, FindingView finding)
    {
        if (message.Status != "delivered")
        {
            return false;
        }

        message.Status = "held";
        message.Verdict = new VerdictView("hold", [.. message.Verdict.Findings, finding]);
        return true;
    }
}
