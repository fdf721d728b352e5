using System.Text.Json;

namespace Platform.Eval.Tests;

/// <summary>
/// The back-test tells the truth about a check that would not work on the host: a run past its time limit is abandoned
/// and reported, a check that fails is listed with the items and the run is not clean (exit 1), a plugin the host would
/// reject stops the tool with the host's one-line reason (exit 2), and an empty corpus is an error.
/// </summary>
public sealed class EvalFaultsTests : IDisposable
{
    private const string First = """{"id":"f-1","kind":"message","title":null,"text":"納品物の確認をお願いします。","context":{"stage":"escrow_funded","disclosure":"none","sender":"worker"},"labels":[],"decision":"allow","note":"benign"}""";
    private const string Second = """{"id":"f-2","kind":"message","title":null,"text":"修正版を本日中にお送りします。","context":{"stage":"escrow_funded","disclosure":"none","sender":"worker"},"labels":[],"decision":"allow","note":"benign"}""";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("eval-faults-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Run_CheckReturnsPastItsTimeLimit_ItsBlockAbandonedTheRunsListedAndExitOne()
    {
        var predictions = Path.Combine(_dir.FullName, "out.jsonl");

        var (code, output, error) = Run("--corpus", Corpus(First, Second), "--plugins", Plugins(Fixture("Slow-v1", "SlowCheck")), "--predictions", predictions);

        Assert.Equal(EvalCommand.CheckErrors, code);
        Assert.Equal("", error);
        Assert.Contains("benign items blocked: 0", output);
        Assert.Contains("decision accuracy: 2/2 = 1.000", output);
        Assert.Contains("runs past the time limit: 2", output);
        Assert.Contains("NOT A CLEAN RUN", output);
        Assert.Contains("- slow ran past its time limit on 2 of 2 items: f-1, f-2", output);
        var lines = File.ReadAllLines(predictions).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(lines, l => Assert.Equal("allow", l.GetProperty("decision").GetString()));
        Assert.All(lines, l => Assert.True(l.GetProperty("errors")[0].GetProperty("timedOut").GetBoolean()));
    }

    [Fact]
    public void Run_CheckThrowsOnEveryItem_ItemsListedAndNotAPerfectRun()
    {
        var (code, output, _) = Run("--corpus", Corpus(First, Second), "--plugins", Plugins(Fixture("Throwing-v1", "ThrowingCheck")));

        Assert.Equal(EvalCommand.CheckErrors, code);
        Assert.Contains("check errors: 2", output);
        Assert.Contains("- throwing failed on 2 of 2 items: f-1, f-2", output);
        Assert.Contains("System.InvalidOperationException: fixture evaluation failure", output);
    }

    [Fact]
    public void Run_PluginMissingADependency_ExitsTwoWithTheDeployEndpointsReasonAndNoStackTrace()
    {
        var contact = Path.Combine(RepoRoot(), "artifacts", "plugins", "Platform.Checks.Contact");
        var folder = Plugins(contact);
        File.Delete(Path.Combine(folder, "Platform.Checks.Contact", "Platform.Checks.Text.dll"));

        var (code, output, error) = Run("--corpus", Corpus(First), "--plugins", folder);

        Assert.Equal(EvalCommand.BadInput, code);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: --plugins {Path.Combine(folder, "Platform.Checks.Contact")}: rejected: missing dependency: ", line);
        Assert.Contains("Platform.Checks.Text", line);
    }

    [Fact]
    public void Run_PluginNotADotnetAssembly_ExitsTwoWithTheDeployEndpointsReason()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir.FullName, "junk", "Junk")).FullName;
        File.WriteAllBytes(Path.Combine(folder, "Junk.dll"), [0x4d, 0x5a, 9, 9, 9, 9]);

        var (code, _, error) = Run("--corpus", Corpus(First), "--plugins", Path.GetDirectoryName(folder)!);

        Assert.Equal(EvalCommand.BadInput, code);
        Assert.StartsWith($"error: --plugins {folder}: rejected: not a valid .NET assembly", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Run_EmptyCorpus_ExitsTwoAndWritesNothing()
    {
        var predictions = Path.Combine(_dir.FullName, "out.jsonl");
        var corpus = Corpus();

        var (code, output, error) = Run("--corpus", corpus, "--plugins", Plugins(Fixture("Throwing-v1", "ThrowingCheck")), "--predictions", predictions);

        Assert.Equal(EvalCommand.BadInput, code);
        Assert.Equal("", output);
        Assert.Equal($"error: --corpus {corpus}: no item in it (one JSON object per line, corpus-format.md)", error.Trim());
        Assert.False(File.Exists(predictions));
    }

    [Fact]
    public void Run_CorpusWithoutSomeCategories_SaysWhichCountAsOneInMacroF1()
    {
        var (_, output, _) = Run("--corpus", Corpus(First, Second), "--plugins", Plugins(Fixture("Throwing-v1", "ThrowingCheck")));

        Assert.Contains("macro-F1: 1.000", output);
        Assert.Contains("categories with no item labelled or predicted (each counted as 1.000 in macro-F1): off_platform_contact, ", output);
    }

    private static (int Code, string Output, string Error) Run(params string[] args) => EvalRun.Run(args);

    private string Corpus(params string[] lines) => EvalRun.Corpus(_dir, lines);

    /// <summary>A fresh plugins folder holding a copy of <paramref name="plugin"/>.</summary>
    private string Plugins(string plugin)
    {
        var root = Path.Combine(_dir.FullName, "plugins-" + Guid.NewGuid().ToString("N"));
        var target = Path.Combine(root, Path.GetFileName(plugin));
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(plugin))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return root;
    }

    private static string Fixture(string variant, string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", variant, name);

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Directory.Build.props")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }
}
