using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>Builds findings with evidence and the effects the platform's policy asks for.</summary>
internal static class Findings
{
    /// <summary>One finding with evidence for each hit; a block notifies support and may flag the actor.</summary>
    public static Finding One(
        StateChange change,
        ContentText text,
        string category,
        Decision decision,
        double score,
        string code,
        string reasonJa,
        bool flagActor,
        params ReadOnlySpan<Hit> hits)
    {
        var evidence = new List<EvidenceSpan>(hits.Length);
        foreach (var hit in hits)
        {
            var span = text.Evidence(hit);
            if (span.Length > 0 && !evidence.Contains(span))
            {
                evidence.Add(span);
            }
        }

        var effects = new List<Effect>(2);
        if (decision == Decision.Block)
        {
            effects.Add(new Effect(EffectKind.NotifySupport, change.ItemId ?? change.EntityId, code, reasonJa));
            if (flagActor && !string.IsNullOrEmpty(change.ActorUserId))
            {
                effects.Add(new Effect(EffectKind.FlagUser, change.ActorUserId, code, reasonJa));
            }
        }

        return new Finding(category, decision, score, code, decision == Decision.Hold ? Held(reasonJa) : reasonJa, evidence, effects);
    }

    /// <summary>
    /// A reason worded for a text held for review, not refused: a rule's block wording ("送信・掲載できません") on a hold would tell
    /// the writer the text is gone while it waits for a reviewer.
    /// </summary>
    public static string Held(string reasonJa)
    {
        if (reasonJa.Contains(Refused, StringComparison.Ordinal))
        {
            return reasonJa.Replace(Refused, HeldWording, StringComparison.Ordinal);
        }

        return HeldMarks.Any(m => reasonJa.Contains(m, StringComparison.Ordinal)) ? reasonJa : reasonJa + HeldNote;
    }

    private const string Refused = "送信・掲載できません";

    private const string HeldWording = "担当者が確認するまで保留されます";

    private const string HeldNote = "この内容は担当者が確認するまで保留されます。";

    // Reasons that already say the text waits for a reviewer: "確認してから公開されます", "確認後に送信されます", "審査後に公開されます".
    private static readonly string[] HeldMarks = ["保留", "確認してから", "確認後", "審査後"];
}
