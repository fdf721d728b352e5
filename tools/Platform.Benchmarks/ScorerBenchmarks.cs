using BenchmarkDotNet.Attributes;
using McMaster.NETCore.Plugins;
using Platform.Checks.Text;
using Platform.Compliance.Abstractions;

namespace Platform.Benchmarks;

/// <summary>
/// The trained scorer plugin ("ml-scorer") alone over the dev corpus texts, one core, loaded from
/// artifacts/plugins/Platform.Checks.Scorer as the host loads it. Each operation is one text. <see cref="FoldOnly"/>
/// is the shared fold of the same title and text (what the scorer calls first), to show its share of the cost.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TextsPerSecondConfig))]
public class ScorerBenchmarks
{
    /// <summary>Operations per invocation: the number of texts in the dev corpus.</summary>
    public const int Texts = 200;

    private StateChange[] _changes = [];
    private IComplianceCheck _scorer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var all = DevCorpus.Load();
        _changes = Enumerable.Range(0, Texts).Select(i => all[i % all.Count]).ToArray();
        var folder = Path.Combine(DevCorpus.RepoRoot(), "artifacts", "plugins", "Platform.Checks.Scorer");
        var assembly = PluginLoader.CreateFromAssemblyFile(Path.Combine(folder, "Platform.Checks.Scorer.dll"), sharedTypes: [typeof(IComplianceCheck)])
            .LoadDefaultAssembly();
        var type = assembly.GetExportedTypes().Single(t => typeof(IComplianceCheck).IsAssignableFrom(t) && !t.IsAbstract);
        _scorer = (IComplianceCheck)Activator.CreateInstance(type)!;
    }

    [Benchmark(OperationsPerInvoke = Texts)]
    public int ScorerCheck()
    {
        var n = 0;
        foreach (var c in _changes)
        {
            n += _scorer.Evaluate(c, CancellationToken.None).Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Texts)]
    public int FoldOnly()
    {
        var n = 0;
        foreach (var c in _changes)
        {
            n += string.IsNullOrEmpty(c.Title) ? 0 : TextFolder.Fold(c.Title, decodeDigits: true).Folded.Length;
            n += string.IsNullOrEmpty(c.Text) ? 0 : TextFolder.Fold(c.Text, decodeDigits: true).Folded.Length;
        }

        return n;
    }
}
