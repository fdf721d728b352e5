using System.Text.Json;

namespace Platform.Eval.Tests;

/// <summary>
/// The back-testing tool as the compliance team runs it: a corpus file and a plugins folder in, the scores and the
/// predictions file out; a corpus or folder that is wrong stops it with one line naming what is wrong, and writes nothing.
/// </summary>
public sealed class EvalCommandTests : IDisposable
{
    private const string Phone = """{"id":"e-1","kind":"message","title":null,"text":"続きは電話で。090-3141-5926 までお願いします","context":{"stage":"pre_contract","disclosure":"none","sender":"worker"},"labels":["off_platform_contact"],"decision":"block","note":"phone"}""";
    private const string Clean = """{"id":"e-2","kind":"message","title":null,"text":"仮払いありがとうございます。本日から作業を始めます。","context":{"stage":"escrow_funded","disclosure":"none","sender":"worker"},"labels":[],"decision":"allow","note":"benign"}""";
    private const string Missed = """{"id":"e-3","kind":"proposal","title":null,"text":"よろしくお願いします。","context":{"stage":"pre_contract","disclosure":"none","sender":"worker"},"labels":["off_platform_contact"],"decision":"block","note":"deliberately wrong label"}""";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("eval-tests-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Run_ContactPlugin_PrintsScoresListsTheMissAndWritesOnePredictionPerItem()
    {
        var corpus = Corpus(Phone, Clean, Missed);
        var predictions = Path.Combine(_dir.FullName, "out.jsonl");

        var (code, output, error) = Run("--corpus", corpus, "--plugins", ContactPluginOnly(), "--predictions", predictions);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("checks: contact-details", output);
        Assert.Matches(@"off_platform_contact\s+1\s+0\s+1\s+1\.000\s+0\.500\s+0\.667", output);
        Assert.Contains("decision accuracy: 2/3 = 0.667", output);
        Assert.Contains("benign items blocked: 0", output);
        Assert.Contains("- e-3 [proposal/pre_contract/none] expected off_platform_contact:block got :allow", output);
        var lines = File.ReadAllLines(predictions).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["e-1", "e-2", "e-3"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal("block", lines[0].GetProperty("decision").GetString());
        Assert.Equal("off_platform_contact", lines[0].GetProperty("labels")[0].GetString());
        Assert.Equal("allow", lines[1].GetProperty("decision").GetString());
        Assert.Equal(0, lines[1].GetProperty("labels").GetArrayLength());
    }

    [Fact]
    public void Run_BuiltInPlugins_ABlockTheScorerDoubtsIsHeldAsInTheEngine()
    {
        const string phoneShy = """{"id":"d-1","kind":"message","title":null,"text":"電話はどうも苦手で、文字でやりとりできるのはありがたいです。引き続きこちらでお願いします。","context":{"stage":"pre_contract","disclosure":"none","sender":"worker"},"labels":[],"decision":"allow","note":"benign"}""";
        const string line = """{"id":"d-2","kind":"message","title":null,"text":"細かい話はLINE交換してからにしましょう。IDはsato_design88です","context":{"stage":"pre_contract","disclosure":"none","sender":"worker"},"labels":["off_platform_contact"],"decision":"block","note":"chat id"}""";
        var predictions = Path.Combine(_dir.FullName, "out.jsonl");

        var (code, output, _) = Run("--corpus", Corpus(phoneShy, line), "--plugins", Path.Combine(RepoRoot(), "artifacts", "plugins"), "--predictions", predictions);

        Assert.Equal(0, code);
        Assert.Contains("benign items blocked: 0", output);
        var decisions = File.ReadAllLines(predictions).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("decision").GetString());
        Assert.Equal(["hold", "block"], decisions);
    }

    [Theory]
    [InlineData("\"stage\":\"escrow_funded\"", "\"stage\":\"proposal\"", "line 2 (e-2): context.stage \"proposal\" is not allowed; allowed: open, pre_contract")]
    [InlineData("\"disclosure\":\"none\"", "\"disclosure\":\"pending\"", "line 2 (e-2): context.disclosure \"pending\" is not allowed")]
    [InlineData("\"sender\":\"worker\"", "\"sender\":\"admin\"", "line 2 (e-2): context.sender \"admin\" is not allowed; allowed: client, worker")]
    [InlineData("\"kind\":\"message\"", "\"kind\":\"review\"", "line 2 (e-2): kind \"review\" is not allowed; allowed: job, proposal, message, profile")]
    [InlineData("\"labels\":[]", "\"labels\":[\"spam\"]", "line 2 (e-2): labels \"spam\" is not allowed; allowed: off_platform_contact, mlm")]
    [InlineData("\"labels\":[],", "", "line 2 (e-2): labels is missing (use [] for a benign item)")]
    [InlineData("\"decision\":\"allow\"", "\"decision\":\"warn\"", "line 2 (e-2): decision \"warn\" is not allowed; allowed: allow, advise, hold, block")]
    [InlineData("\"id\":\"e-2\"", "\"id\":\"e-1\"", "line 2: id e-1 is already used on line 1")]
    [InlineData("{\"id\"", "{id", "line 2: not a corpus item")]
    [InlineData("\"title\":null", "\"title\":\"件名\"", "line 2 (e-2): title is for a job post only (kind job), not a message")]
    [InlineData("\"text\":\"仮払いありがとうございます。本日から作業を始めます。\"", "\"text\":\" \"", "line 2 (e-2): text is empty")]
    [InlineData("\"labels\":[]", "\"labels\":[\"mlm\",\"mlm\"]", "line 2 (e-2): labels \"mlm\" is listed twice")]
    [InlineData("\"labels\":[]", "\"labels\":[\"mlm\"]", "line 2 (e-2): decision \"allow\" with labels mlm: a text in a category is at least advised")]
    [InlineData("\"text\":\"仮払いありがとうございます。本日から作業を始めます。\"", "\"text\":123", "line 2 (e-2): text must be a string, not the number 123")]
    [InlineData("\"labels\":[]", "\"labels\":\"mlm\"", "line 2 (e-2): labels must be a list of category ids ([] for a benign item), not the string \"mlm\"")]
    [InlineData("\"labels\":[]", "\"labels\":[1]", "line 2 (e-2): labels must list category ids (strings), not the number 1")]
    [InlineData("\"context\":{", "\"context\":true,\"x\":{", "line 2 (e-2): context must be an object with stage, disclosure and sender, not true")]
    [InlineData("\"text\":\"仮払いありがとうございます。本日から作業を始めます。\"", "\"text\":\"\\ud800\"", "line 2 (e-2): text is not valid text")]
    public void Run_ItemNotInTheCorpusFormat_ExitsTwoNamingLineIdAndFieldAndWritesNothing(string from, string to, string expected)
    {
        var corpus = Corpus(Phone, Clean.Replace(from, to, StringComparison.Ordinal), Missed);
        var predictions = Path.Combine(_dir.FullName, "out.jsonl");

        var (code, output, error) = Run("--corpus", corpus, "--plugins", ContactPluginOnly(), "--predictions", predictions);

        Assert.Equal(EvalCommand.BadInput, code);
        Assert.StartsWith($"error: {corpus}, ", error);
        Assert.Contains(expected, error);
        Assert.DoesNotContain("LineNumber", error); // the JSON reader's own count starts at 0 on every line
        Assert.Single(error.Trim().Split('\n'));
        Assert.Equal("", output);
        Assert.False(File.Exists(predictions));
    }

    [Fact]
    public void Run_NoSuchCorpusFile_ExitsTwoNamingIt()
    {
        var missing = Path.Combine(_dir.FullName, "nope.jsonl");

        var (code, _, error) = Run("--corpus", missing, "--plugins", ContactPluginOnly());

        Assert.Equal(EvalCommand.BadInput, code);
        Assert.Equal($"error: --corpus {missing}: no such file", error.Trim());
    }

    [Fact]
    public void Run_PluginsFolderMissingOrWithoutPlugins_ExitsTwoNamingIt()
    {
        var corpus = Corpus(Phone);
        var missing = Path.Combine(_dir.FullName, "no-plugins");
        var empty = Directory.CreateDirectory(Path.Combine(_dir.FullName, "empty")).FullName;

        var (missingCode, _, missingError) = Run("--corpus", corpus, "--plugins", missing);
        var (emptyCode, _, emptyError) = Run("--corpus", corpus, "--plugins", empty);

        Assert.Equal(EvalCommand.BadInput, missingCode);
        Assert.Equal($"error: --plugins {missing}: no such folder", missingError.Trim());
        Assert.Equal(EvalCommand.BadInput, emptyCode);
        Assert.StartsWith($"error: --plugins {empty}: no plugin in it", emptyError);
    }

    [Fact]
    public void Run_PredictionsInAMissingFolderOrAFolder_ExitsTwoNamingIt_BeforeScoringAnything()
    {
        var corpus = Corpus(Phone);
        var inMissing = Path.Combine(_dir.FullName, "no-such-folder", "out.jsonl");

        var (missingCode, missingOutput, missingError) = Run("--corpus", corpus, "--plugins", ContactPluginOnly(), "--predictions", inMissing);
        var (folderCode, folderOutput, folderError) = Run("--corpus", corpus, "--plugins", ContactPluginOnly(), "--predictions", _dir.FullName);

        Assert.Equal(EvalCommand.BadInput, missingCode);
        Assert.Equal($"error: --predictions {inMissing}: no such folder {Path.GetDirectoryName(inMissing)}", missingError.Trim());
        Assert.Equal("", missingOutput);
        Assert.Equal(EvalCommand.BadInput, folderCode);
        Assert.Equal($"error: --predictions {_dir.FullName}: a folder, not a file", folderError.Trim());
        Assert.Equal("", folderOutput);
    }

    [Theory]
    [InlineData("--corpus", "--plugins", "PLUGINS")]
    [InlineData("--plugins", "--corpus", "CORPUS")]
    [InlineData("--bogus", "--corpus", "CORPUS", "--plugins", "PLUGINS", "--bogus")]
    public void Run_OptionMissingOrUnknown_ExitsTwoNamingTheOption(string named, params string[] args)
    {
        var corpus = Corpus(Phone);
        var plugins = ContactPluginOnly();

        var (code, _, error) = Run([.. args.Select(a => a switch { "CORPUS" => corpus, "PLUGINS" => plugins, _ => a })]);

        Assert.Equal(EvalCommand.BadInput, code); // 1 is a run that was not clean
        Assert.Contains(named, error);
    }

    private static (int Code, string Output, string Error) Run(params string[] args) => EvalRun.Run(args);

    private string Corpus(params string[] lines) => EvalRun.Corpus(_dir, lines);

    /// <summary>A plugins folder holding a copy of the built contact plugin only (artifacts/plugins, built with the solution).</summary>
    private string ContactPluginOnly()
    {
        var target = Path.Combine(_dir.FullName, "plugins", "Platform.Checks.Contact");
        if (!Directory.Exists(target))
        {
            var source = Path.Combine(RepoRoot(), "artifacts", "plugins", "Platform.Checks.Contact");
            Directory.CreateDirectory(target);
            foreach (var file in Directory.GetFiles(source))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
        }

        return Path.GetDirectoryName(target)!;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Build.props")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }
}
