namespace Platform.Checks.Content;

/// <summary>A range [Start, End) of the folded text.</summary>
internal readonly record struct Window(int Start, int End);
