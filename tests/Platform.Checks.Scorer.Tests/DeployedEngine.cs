using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Platform.Compliance;
using Platform.Compliance.Abstractions;

namespace Platform.Checks.Scorer.Tests;

/// <summary>
/// The engine over every built plugin the host deploys (the contact, content and job-advice rules and the scorer, copied from
/// artifacts/plugins), loaded once for a test class: the rules' blocks and the scorer's second opinion on them, as the host runs them.
/// </summary>
public sealed class DeployedEngine : IAsyncLifetime
{
    private static readonly string[] Plugins = ["Platform.Checks.Contact", "Platform.Checks.Content", "Platform.Checks.JobAdvice", "Platform.Checks.Scorer"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "scorer-tests", Guid.NewGuid().ToString("N"));
    private PluginCatalog? _catalog;

    public ComplianceEngine Engine { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        foreach (var name in Plugins)
        {
            CopyDirectory(PluginFolders.BuiltIn(name), Path.Combine(_folder, name));
        }

        // The minimum raises the checks' own 500 ms limits: a first run late beside other test processes fails closed to a hold,
        // which is not what these tests read.
        var options = Options.Create(new ComplianceOptions
        {
            PluginsPath = _folder, WatchFileSystem = false, SettleTime = 0, DefaultTimeout = 10_000, MinimumTimeout = 10_000,
        });
        _catalog = new PluginCatalog(options, NullLogger<PluginCatalog>.Instance, TimeProvider.System);
        await _catalog.StartAsync();
        await _catalog.Ready;
        Engine = new ComplianceEngine(_catalog, options, NullLogger<ComplianceEngine>.Instance);
    }

    public async Task DisposeAsync()
    {
        if (_catalog is not null)
        {
            await _catalog.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The engine's decision on a change, and the codes of its enforced findings (for a failing assertion's message).</summary>
    public async Task<(Decision Decision, string Codes)> DecideAsync(StateChange change)
    {
        var verdict = await Engine.EvaluateAsync(change);
        return (verdict.Decision, string.Join(", ", verdict.EnforcedFindings.Select(f => $"{f.Code} {f.Decision} {f.Score}")));
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
