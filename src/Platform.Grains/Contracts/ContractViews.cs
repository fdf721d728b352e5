using Platform.Abstractions.Compliance;
using Platform.Abstractions.Contracts;
using Platform.Grains.Common;

namespace Platform.Grains.Contracts;

/// <summary>A contract's state as its parties see it.</summary>
internal static class ContractViews
{
    /// <summary>
    /// The contract as <paramref name="viewerId"/> sees it (its message count is of the messages they can read), or
    /// whole for the staff when null.
    /// </summary>
    public static ContractView View(string id, ContractState s, string? viewerId = null) => new()
    {
        Id = id,
        JobId = s.Setup!.JobId,
        ProposalId = s.Setup!.ProposalId,
        ClientId = s.Setup!.ClientId,
        WorkerId = s.Setup!.WorkerId,
        PriceYen = s.Setup!.PriceYen,
        DeliveryDate = s.Setup!.DeliveryDate,
        JobTitle = s.Setup!.JobTitle,
        Stage = s.Stage,
        Disclosure = s.Disclosure,
        CreatedAt = s.CreatedAt,
        Deliveries = s.Deliveries.OrEmpty().ToArray(),
        AcceptedAt = s.AcceptedAt,
        PaidAt = s.PaidAt,
        Termination = s.Termination,
        Ratings = s.Ratings.OrEmpty().ToArray(),
        MessageCount = viewerId is null ? s.Messages.OrEmpty().Count : s.Messages.OrEmpty().Count(m => m.VisibleTo(viewerId)),
        DisclosureRequest = s.DisclosureRequest,
        Nudge = s.Nudge,
        WithheldTexts = viewerId is null ? [] : [.. s.Withheld.OrEmpty().Where(w => w.WrittenBy == viewerId && w.Withdrawal is null).Select(Own)],
    };

    // A withheld step text as its writer reads why: a rating comment named as the step (one per rater), the verdict without the staff's part.
    private static WithheldTextView Own(WithheldText w) => new(
        w.ItemId == "rating" ? "rating" : w.ReviewId,
        w.ReleasedAt is null ? w.Decided : "released",
        w.At,
        new VerdictView(w.Decided == "blocked" ? "block" : "hold", w.Findings).ForWriter());

    /// <summary>
    /// The history as <paramref name="viewerId"/> sees it: a message that was blocked, held, recalled or rejected is
    /// the sender's affair, and its events are left out for the other party (who sees it sent or released, if it
    /// was), numbered 1, 2, 3… without the gaps that would betray them.
    /// </summary>
    public static IReadOnlyList<ContractEvent> History(ContractState s, string viewerId)
    {
        var all = s.History.OrEmpty();
        Dictionary<string, string>? senders = null;
        var shown = new List<ContractEvent>(all.Count);
        foreach (var e in all)
        {
            if (e.MessageId is { } messageId && e.Type is not ("message_sent" or "message_released"))
            {
                senders ??= s.Messages.OrEmpty().ToDictionary(m => m.Id, m => m.SenderId, StringComparer.Ordinal);
                if (!senders.TryGetValue(messageId, out var sender) || sender != viewerId)
                {
                    continue;
                }
            }

            shown.Add(e.Sequence == shown.Count + 1 ? e : e with { Sequence = shown.Count + 1 });
        }

        return shown;
    }
}
