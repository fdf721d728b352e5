namespace Platform.Grains.Reviews;

/// <summary>What a report is about: where it lives, who wrote it, and whether the checks withhold it from the reporter.</summary>
/// <param name="SourceKind"><c>job</c>, <c>contract</c> or <c>user</c>: the grain holding it.</param>
/// <param name="SourceId">That grain's id.</param>
/// <param name="ItemId">The item in it (proposal, message, <c>delivery-N</c>…); null for the entity itself.</param>
/// <param name="Subject">Who wrote it (whose conduct is reported).</param>
/// <param name="Withheld">A step's text the reporter was shown a notice in place of.</param>
internal sealed record ReportTarget(string SourceKind, string SourceId, string? ItemId, string Subject, bool Withheld = false);
