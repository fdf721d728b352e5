namespace Platform.Checks.Content;

/// <summary>Where a cue matched in the folded text.</summary>
/// <param name="Start">Offset in the folded text.</param>
/// <param name="Length">Length in the folded text.</param>
internal readonly record struct Hit(int Start, int Length)
{
    /// <summary>Offset just past the match.</summary>
    public int End => Start + Length;
}
