using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>One category's rules over a folded, scanned text.</summary>
internal interface IDetector
{
    /// <summary>The finding for this category, or null.</summary>
    Finding? Detect(ContentText text, StateChange change);
}
