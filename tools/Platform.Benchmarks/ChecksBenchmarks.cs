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
    /// <summary>The built-in checks that issue #4's target is about.</summary>
    private static readonly string[] BuiltIn = ["contact-details", "content", "job-advice"];

    // The loaders of the plugins loaded: a collectible context whose loader is collected unloads, and its next load fails.
    private static readonly List<PluginLoader> Loaders = [];

    private StateChange[] _changes = [];
    private IComplianceCheck[] _deployed = [];
    private IComplianceCheck[] _builtIn = [];
    private IComplianceCheck[][] _deployedByKind = [];
    private IComplianceCheck[][] _builtInByKind = [];
    private readonly ContactDetailsCheck _contact = new();
    private readonly List<Finding> _seen = [];

    /// <summary>Operations per invocation: the number of texts in the dev corpus.</summary>
    public const int Texts = 200;

    /// <summary>
    /// The plugins measured: artifacts/plugins, or PLATFORM_PLUGINS_DIR to measure another build (e.g. a copy of the plugins
    /// before a change) in the same conditions.
    /// </summary>
    public static string PluginsDirectory =>
        Environment.GetEnvironmentVariable("PLATFORM_PLUGINS_DIR") ?? Path.Combine(DevCorpus.RepoRoot(), "artifacts", "plugins");

    [GlobalSetup]
    public void Setup() => Setup(PluginsDirectory);

    /// <summary>Loads the plugins built in <paramref name="plugins"/> (one folder per plugin).</summary>
    public void Setup(string plugins)
    {
        var all = DevCorpus.Load();
        _changes = Enumerable.Range(0, Texts).Select(i => all[i % all.Count]).ToArray();
        _deployed = LoadDeployedPlugins(Path.GetFullPath(plugins)).ToArray();
        _builtIn = _deployed.Where(c => BuiltIn.Contains(c.Info.Name)).ToArray();
        _deployedByKind = ByKind(_deployed);
        _builtInByKind = ByKind(_builtIn);
        Console.WriteLine($"// deployed checks: {string.Join(", ", _deployed.Select(c => c.Info.Name))}");
        Console.WriteLine($"// built-in checks: {string.Join(", ", _builtIn.Select(c => c.Info.Name))}");
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

    /// <summary>The three built-in checks (contact-details, content, job-advice), as deployed: the #4 target.</summary>
    [Benchmark(OperationsPerInvoke = Texts)]
    public int BuiltInChecks() => EvaluateAll(_builtInByKind);

    /// <summary>Every check deployed in artifacts/plugins, whatever else is there.</summary>
    [Benchmark(OperationsPerInvoke = Texts)]
    public int AllDeployedChecks() => EvaluateAll(_deployedByKind);

    /// <summary>A round of only the named deployed checks, for profiling one of them (see <see cref="ChecksLoop"/>).</summary>
    public Func<int> RoundOf(string[] names)
    {
        var byKind = ByKind(_deployed.Where(c => names.Contains(c.Info.Name)).ToArray());
        return () => EvaluateAll(byKind);
    }

    /// <summary>
    /// The named deployed checks (the built-in ones when none is named) over texts [from, from + count) of the round: for
    /// rounds shorter than the scheduler's time slice on a busy machine (<see cref="ChecksLoop.Compare"/>).
    /// </summary>
    public Func<int, int, int> SliceOf(string[] names)
    {
        var byKind = names.Length == 0 ? _builtInByKind : ByKind(_deployed.Where(c => names.Contains(c.Info.Name)).ToArray());
        return (from, count) => EvaluateAll(byKind, from, count);
    }

    // The checks that subscribe to each change kind, found once, those that read findings last, as the host's plugin
    // registry does.
    private static IComplianceCheck[][] ByKind(IComplianceCheck[] checks)
    {
        var byKind = new IComplianceCheck[Enum.GetValues<ChangeKind>().Max(k => (int)k) + 1][];
        foreach (var kind in Enum.GetValues<ChangeKind>())
        {
            byKind[(int)kind] = checks.Where(c => c.Info.Subscribes.Contains(kind)).OrderBy(c => c.Info.ReadsFindings).ToArray();
        }

        return byKind;
    }

    private int EvaluateAll(IComplianceCheck[][] byKind) => EvaluateAll(byKind, 0, _changes.Length);

    private int EvaluateAll(IComplianceCheck[][] byKind, int from, int count)
    {
        var n = 0;
        foreach (var c in _changes.AsSpan(from, count))
        {
            _seen.Clear();
            foreach (var check in byKind[(int)c.Change])
            {
                // As in the engine, a check that reads findings is shown those of the checks before it.
                var findings = check.Evaluate(check.Info.ReadsFindings ? c with { Findings = [.. _seen] } : c, CancellationToken.None);
                _seen.AddRange(findings);
                n += findings.Count;
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

        // Ordinary load contexts by default, as the host loads them (Compliance:UnloadReplacedPlugins false, the default);
        // PLATFORM_PLUGINS_COLLECTIBLE=1 loads them as a host that unloads, into collectible ones (statics of collectible
        // code cost an indirection).
        var collectible = Environment.GetEnvironmentVariable("PLATFORM_PLUGINS_COLLECTIBLE") == "1";
        foreach (var folder in Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            var dll = Path.Combine(folder, Path.GetFileName(folder) + ".dll");
            if (!File.Exists(dll))
            {
                continue;
            }

            var loader = PluginLoader.CreateFromAssemblyFile(dll, isUnloadable: collectible, sharedTypes: [typeof(IComplianceCheck)]);
            Loaders.Add(loader);
            var assembly = loader.LoadDefaultAssembly();
            foreach (var type in assembly.GetExportedTypes().Where(t => typeof(IComplianceCheck).IsAssignableFrom(t) && !t.IsAbstract))
            {
                IComplianceCheck check;
                try
                {
                    check = (IComplianceCheck)Activator.CreateInstance(type)!;
                }
                catch (System.Reflection.TargetInvocationException e)
                {
                    // A plugin that cannot start is reported and left out, as the host would leave it out.
                    Console.WriteLine($"// skipped {type.FullName}: {e.InnerException?.Message}");
                    continue;
                }

                yield return check;
            }
        }
    }
}
