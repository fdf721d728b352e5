using Platform.Compliance.Abstractions;

namespace Platform.Eval;

/// <summary>What the checks decided for one corpus item.</summary>
public sealed record Prediction(CorpusItem Item, IReadOnlyList<string> Labels, Decision Decision, IReadOnlyList<Finding> Findings, IReadOnlyList<CheckError> Errors);
