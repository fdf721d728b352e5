namespace Platform.Eval;

/// <summary>A corpus file that does not follow corpus-format.md; the message names the line, the id and the field.</summary>
public sealed class CorpusException(string message) : Exception(message);
