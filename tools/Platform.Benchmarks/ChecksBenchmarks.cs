using BenchmarkDotNet.Attributes;
using McMaster.NETCore.Plugins;
using Platform.Checks.Contact;
using Platform.Compliance.Abstractions;

namespace Platform.Benchmarks;

/// <summary>
/// The compliance checks over the dev corpus texts, one core. Each operation is one text, so the
/// Texts/s column is the throughput.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TextsPerSecondConfig))]
public class ChecksBenchmarks
{
    private StateChange[] _changes = [];
    private IComplianceCheck[] _deployed = [];
    private readonly ContactDetailsCheck _contact = new();

    /// <summary>Operations per invocation: the number of texts in the dev corpus.</summary>
    public const int Texts = 200;

    [GlobalSetup]
    public void Setup()
    {
        var all = DevCorpus.Load();
        _changes = Enumerable.Range(0, Texts).Select(i => all[i % all.Count]).ToArray();
        _deployed = LoadDeployedPlugins(Path.Combine(DevCorpus.RepoRoot(), "artifacts", "plugins")).ToArray();
        Console.WriteLine($"// plugins: {string.Join(", ", _deployed.Select(c => c.Info.Name))}");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Texts)]
    public int ContactRegexBaseline()
    {
        var n = 0;
        foreach (var c in _changes)
        {
            n += RegexContactBaseline.Count(c.Title) + RegexContactBaseline.Count(c.Text);
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Texts)]
    public int ContactCheck()
    {
        var n = 0;
        foreach (var c in _changes)
        {
            n += _contact.Evaluate(c, CancellationToken.None).Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Texts)]
    public int AllDeployedChecks()
    {
        var n = 0;
        foreach (var c in _changes)
        {
            foreach (var check in _deployed)
            {
                if (check.Info.Subscribes.Contains(c.Change))
                {
                    n += check.Evaluate(c, CancellationToken.None).Count;
                }
            }
        }

        return n;
    }

    private static IEnumerable<IComplianceCheck> LoadDeployedPlugins(string directory)
    {
        if (!Directory.Exists(directory))
        {
            yield break;
        }

        foreach (var folder in Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            var dll = Path.Combine(folder, Path.GetFileName(folder) + ".dll");
            if (!File.Exists(dll))
            {
                continue;
            }

            var assembly = PluginLoader.CreateFromAssemblyFile(dll, sharedTypes: [typeof(IComplianceCheck)]).LoadDefaultAssembly();
            foreach (var type in assembly.GetExportedTypes().Where(t => typeof(IComplianceCheck).IsAssignableFrom(t) && !t.IsAbstract))
            {
                yield return (IComplianceCheck)Activator.CreateInstance(type)!;
            }
        }
    }
}
