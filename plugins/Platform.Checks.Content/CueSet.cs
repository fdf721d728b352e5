namespace Platform.Checks.Content;

/// <summary>A family of cue phrases registered in a <see cref="Lexicon"/>; its hits are looked up by <see cref="Id"/>.</summary>
/// <param name="Id">Index of the family in its lexicon.</param>
internal readonly record struct CueSet(int Id);
