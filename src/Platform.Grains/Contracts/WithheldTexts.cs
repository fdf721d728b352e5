using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Users;
using Platform.Domain.Common;
using Platform.Grains.Common;
using Platform.Grains.Compliance;

namespace Platform.Grains.Contracts;

/// <summary>
/// A text written with a contract's step (a delivery note, a cancellation or termination reason, a rating comment) that a
/// check held or blocked: the step shows a notice in its place, and the text is kept here until a reviewer decides. A
/// reviewer who dismisses the detection shows it where it belongs; one who confirms it leaves the notice. A text shown
/// is kept, with when (<see cref="ReleasedAt"/>), for the dispute fact sheet.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record WithheldText(
    [property: Id(0)] string ItemId,
    [property: Id(1)] string WrittenBy,
    [property: Id(2)] string Text,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] IReadOnlyList<FindingView> Findings)
{
    /// <summary>When a reviewer showed it; null while it is withheld (a text released before this was kept is not in the list).</summary>
    [Id(5)] public DateTimeOffset? ReleasedAt { get; init; }

    /// <summary><c>held</c> or <c>blocked</c>, as the step's verdict decided; null for a text kept before this was (see <see cref="Decided"/>).</summary>
    [Id(6)] public string? Status { get; init; }

    /// <summary>
    /// What its writer's withdrawal (強制退会) did to it: <c>withdrawn</c> from the withdrawal's step on (its review item closed by
    /// the platform; no reviewer's decision shows it), <c>restoring</c> from the lift's give-back until its review item is queued
    /// again (a lift cut off in between queues it when finished); null otherwise (<see cref="WithdrawnStepTexts"/>).
    /// </summary>
    [Id(7)] public string? Withdrawal { get; init; }

    /// <summary>
    /// The id its detection was checked and reviewed under, when not <see cref="ItemId"/>: a rating comment's is its writer's
    /// (<c>rating-{userId}</c>) and a termination reason's its request's (<c>termination-N</c>), as a report names them, so each
    /// party's text is its own review item (<c>held-contract-{contractId}-{id}</c>). Null on the other steps' texts, and on texts
    /// kept before this was, whose item is the step's (<c>rating</c>, <c>termination</c>: both parties' texts shared it).
    /// </summary>
    [Id(8)] public string? ReviewItemId { get; init; }

    /// <summary>The id of its review item (see <see cref="ReviewItemId"/>).</summary>
    public string ReviewId => ReviewItemId ?? ItemId;

    /// <summary><c>held</c> or <c>blocked</c>: the stored status, else what the findings decided.</summary>
    public string Decided => Status ?? (Findings.Any(f => f.Decision == "block") ? "blocked" : "held");
}

/// <summary>Keeps and releases the texts withheld with a contract's steps.</summary>
internal static class WithheldTexts
{
    public static void Keep(ContractState s, WithheldText text) => (s.Withheld ??= []).Add(text);

    /// <summary>The text kept for the step <paramref name="itemId"/> (<c>delivery-N</c>, <c>cancellation</c>, <c>termination</c>, <c>rating</c>) written by <paramref name="writer"/> at <paramref name="at"/>, released or not; null when it was shown as written.</summary>
    public static WithheldText? Of(ContractState s, string itemId, string writer, DateTimeOffset at) =>
        s.Withheld.OrEmpty().LastOrDefault(w => w.ItemId == itemId && w.WrittenBy == writer && w.At == at);

    /// <summary>
    /// Shows the text withheld as <paramref name="itemId"/> (its review item's id, <see cref="WithheldText.ReviewId"/>) with these findings (the ones the reviewer saw) in the step
    /// it was written with, records it in the history and tells both parties. False when no such text is withheld (a
    /// message, an item already released, a text withdrawn with its writer, or findings that are not this text's); refused
    /// with 409 <c>text.author_withdrawn</c> when its writer was withdrawn (強制退会) and the withdrawal has not reached the contract.
    /// </summary>
    public static async Task<bool> ReleaseAsync(IContractHost host, string itemId, IReadOnlyList<FindingView> findings, string reviewerId, string reasonJa)
    {
        var s = host.State;
        var text = s.Withheld.OrEmpty().LastOrDefault(w => w.ReviewId == itemId && w.ReleasedAt is null && w.Withdrawal is null && Verdicts.SameFindings(w.Findings, findings));
        if (text is null)
        {
            return false;
        }

        if ((await host.Grains.Grain<IUserGrain>(text.WrittenBy).GetPartyAsync()).Standing == "withdrawn")
        {
            // Its writer withdrawn since (強制退会), the withdrawal's step not here yet (it closes the item when it is): shown to no one.
            throw DomainProblem.Conflict(
                "text.author_withdrawn",
                "書いた当事者が強制退会となっているため、この文面は相手方に表示できません。検知を確認するか、退会が解除されてから取り消してください。").ToException();
        }

        s.Withheld![s.Withheld.LastIndexOf(text)] = text with { ReleasedAt = host.Now };
        Show(s, text);
        var label = Label(text.ItemId);
        host.Record(reviewerId, "text_released", $"審査の結果、{label}の文面を表示します：{text.Text}", host.Now);
        await host.SaveAsync();
        var terms = host.Terms;
        host.Notify(text.WrittenBy, "text_released", $"契約「{terms.JobTitle}」の{label}の文面の審査が完了し、相手方に表示されるようになりました（{reasonJa}）。");
        host.Notify(text.WrittenBy == terms.ClientId ? terms.WorkerId : terms.ClientId, "text_released", $"契約「{terms.JobTitle}」で相手方の{label}の文面が審査を経て表示されるようになりました。");
        return true;
    }

    // Puts the text where the notice stands: the delivery, rating or termination request written at the same instant.
    // A cancellation reason lives only in the history, where the release event shows it.
    private static void Show(ContractState s, WithheldText text)
    {
        if (text.ItemId.StartsWith("delivery-", StringComparison.Ordinal) && s.Deliveries is { } deliveries)
        {
            var i = deliveries.FindIndex(d => d.At == text.At);
            if (i >= 0)
            {
                deliveries[i] = deliveries[i] with { Note = text.Text };
            }
        }
        else if (text.ItemId == "rating" && s.Ratings is { } ratings)
        {
            var i = ratings.FindIndex(r => r.ByUserId == text.WrittenBy && r.At == text.At);
            if (i >= 0)
            {
                ratings[i] = ratings[i] with { Comment = text.Text };
            }
        }
        else if (text.ItemId == "termination" && s.Termination is { } termination && termination.At == text.At)
        {
            s.Termination = termination with { ReasonJa = text.Text };
        }
    }

    /// <summary>How the parties read the step <paramref name="itemId"/> names (納品（第1回）, 評価コメント…).</summary>
    public static string Label(string itemId) => itemId switch
    {
        "cancellation" => "キャンセル理由",
        "termination" => "契約途中終了リクエスト",
        "rating" => "評価コメント",
        _ when itemId.StartsWith("delivery-", StringComparison.Ordinal) => $"納品（第{itemId["delivery-".Length..]}回）",
        _ => itemId,
    };
}
