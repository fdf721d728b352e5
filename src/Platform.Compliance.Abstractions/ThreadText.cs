namespace Platform.Compliance.Abstractions;

/// <summary>An earlier text in the thread a change is written in.</summary>
/// <param name="ItemId">The message id, so evidence can point at it.</param>
/// <param name="Text">What was written.</param>
/// <param name="At">When it was written.</param>
public sealed record ThreadText(string ItemId, string Text, DateTimeOffset At);
