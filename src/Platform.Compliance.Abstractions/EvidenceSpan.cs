namespace Platform.Compliance.Abstractions;

/// <summary>Where in what the user wrote a finding was seen. Offsets are in UTF-16 code units of the original text.</summary>
/// <param name="Field">Which field: <c>text</c>, <c>title</c>, or another field the snapshot names.</param>
/// <param name="Start">Start offset in the original (unfolded) field.</param>
/// <param name="Length">Length in the original field.</param>
/// <param name="Excerpt">The original characters at that span, for display.</param>
public sealed record EvidenceSpan(string Field, int Start, int Length, string Excerpt);
