using Platform.Abstractions.Compliance;

namespace Platform.Grains.Common;

/// <summary>
/// The earlier pieces of a contact detail split over a sender's messages: a message held or blocked with a finding whose
/// evidence names earlier messages (<c>message:{id}</c>, as <c>contact.split</c> does) leaves those pieces in front of the
/// recipient; each is pulled back into review with a finding of its own, the way mass-sent copies are.
/// </summary>
internal static class SplitPieces
{
    public const string Field = "message:";

    public const string ReasonJa = "後から送られたメッセージと合わせると連絡先になるため、このメッセージも審査が終わるまで相手に表示しません。";

    /// <summary>The ids of the earlier messages named by the hold or block findings of <paramref name="verdict"/>, each with the first finding naming it.</summary>
    public static IReadOnlyList<(string Id, FindingView Found)> Named(VerdictView verdict)
    {
        if (verdict.Decision is not ("hold" or "block"))
        {
            return [];
        }

        List<(string, FindingView)>? named = null;
        foreach (var finding in verdict.Findings)
        {
            if (finding.Decision is not ("hold" or "block"))
            {
                continue;
            }

            foreach (var evidence in finding.Evidence)
            {
                if (Id(evidence.Field) is { } id && !(named?.Exists(n => n.Item1 == id) ?? false))
                {
                    (named ??= []).Add((id, finding));
                }
            }
        }

        return named ?? [];
    }

    /// <summary>
    /// The finding piece <paramref name="pieceId"/> is pulled back with: <paramref name="found"/>'s code and evidence, as
    /// seen from the piece (its own span is <c>text</c>, shifted by <paramref name="cut"/> characters cut from its start;
    /// every other message, the one written now (<paramref name="currentId"/>) among them, is named by
    /// <paramref name="fieldOf"/>).
    /// </summary>
    public static FindingView For(FindingView found, string pieceId, string currentId, Func<string, string> fieldOf, int cut = 0) => new(
        found.Category, "hold", found.Code, ReasonJa, found.Score,
        found.Evidence.Select(e => e.Field == "text" ? e with { Field = fieldOf(currentId) }
            : Id(e.Field) is not { } id ? e
            : id == pieceId ? e with { Field = "text", Start = e.Start + cut }
            : e with { Field = fieldOf(id) }).ToArray());

    private static string? Id(string field) => field.StartsWith(Field, StringComparison.Ordinal) && field.Length > Field.Length ? field[Field.Length..] : null;
}
