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
        params Hit[] hits)
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

        return new Finding(category, decision, score, code, reasonJa, evidence, effects);
    }
}
