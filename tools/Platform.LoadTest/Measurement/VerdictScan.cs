namespace Platform.LoadTest.Measurement;

/// <summary>What one answer said: the decision (index in <see cref="Vocabulary.Decisions"/>, −1 when none), the
/// categories of its findings (bit i = <see cref="Vocabulary.Categories"/>[i]) and, for refusals, the problem code.</summary>
public readonly record struct VerdictScan(int Decision, int CategoryMask, string? ProblemCode)
{
    public static VerdictScan None { get; } = new(-1, 0, null);
}
