namespace Platform.Checks.Content;

/// <summary>A range [Start, End) of the folded text.</summary>
internal readonly record struct Window(int Start, int End)
{
    /// <summary>Whether <paramref name="index"/> lies in the range.</summary>
    public bool Contains(int index) => index >= Start && index < End;
}
