using Platform.Compliance.Abstractions;

namespace Examples.BannedPhrases;

/// <summary>A phrase that is not allowed, with what it means.</summary>
public sealed record BannedPhrase(string Phrase, string Category, Decision Decision, string Code, string ReasonJa)
{
    /// <summary>The phrase folded the way the text is.</summary>
    public string Folded { get; } = FoldedText.Fold(Phrase).Value;
}
