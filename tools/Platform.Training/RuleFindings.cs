using System.Collections.Concurrent;
using Platform.Compliance.Abstractions;
using Platform.Eval;

namespace Platform.Training;

/// <summary>
/// The change the scorer is shown for a corpus item, as the engine shows it: with the findings of the rule checks
/// (the plugins given with --rules) that run before it. Each item's findings are computed once.
/// </summary>
public sealed class RuleFindings
{
    private readonly IReadOnlyList<IComplianceCheck> _rules;
    private readonly ConcurrentDictionary<CorpusItem, StateChange> _changes = new(ReferenceEqualityComparer.Instance);

    public RuleFindings(IReadOnlyList<IComplianceCheck> rules)
    {
        _rules = rules;
        Checks = new SortedDictionary<string, string>(rules.ToDictionary(c => c.Info.Name, c => c.Info.Version), StringComparer.Ordinal);
    }

    /// <summary>No rule checks: every change is shown with no findings.</summary>
    public static RuleFindings None { get; } = new([]);

    /// <summary>The rule checks of the plugin folders given (each holding &lt;Name&gt;.dll), never a check that reads findings itself.</summary>
    public static RuleFindings Load(IEnumerable<string> pluginFolders) =>
        new([.. pluginFolders.SelectMany(PluginSet.LoadFolder).Where(c => !c.Info.ReadsFindings)]);

    /// <summary>Name and version of each rule check, recorded in the model's description.</summary>
    public IReadOnlyDictionary<string, string> Checks { get; }

    /// <summary>The item's change with the rules' findings.</summary>
    public StateChange Change(CorpusItem item) =>
        _changes.GetOrAdd(item, i => Corpus.ToChange(i) with { Findings = Evaluator.Predict(_rules, i).Findings });
}
