using Platform.Training;

namespace Platform.Checks.Scorer.Tests;

/// <summary>
/// The training tool's command line as its user meets it: input it cannot use stops it at once with one line naming
/// the option (exit 2), before anything is trained or written, instead of a stack trace, a model trained on something
/// else than asked, or figures made of nothing.
/// </summary>
public sealed class TrainingCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("training-cli-").FullName;

    private static string TrainingCorpus => Path.Combine(AppContext.BaseDirectory, "corpus", "training.jsonl");

    private static string Contact => PluginFolders.BuiltIn("Platform.Checks.Contact");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Train_ARulesFolderWithNoBuiltPlugin_ExitsTwoNamingIt_AndWritesNoModel()
    {
        // A typo in a --rules folder trained the models with no rule findings at all (exit 0, "rule checks: " empty),
        // and wrote them where the plugin reads them.
        var model = Path.Combine(_dir, "Model");
        var typo = Contact + "x";

        var (code, _, error) = Run("train", "--train", SmallCorpus(), "--rules", Contact, typo, "--model", model);

        Assert.Equal(2, code);
        Assert.Equal($"error: --rules {typo}: no Platform.Checks.Contactx.dll in it (a built rule plugin folder, e.g. artifacts/plugins/Platform.Checks.Contact)", error.Trim());
        Assert.False(Directory.Exists(model));
    }

    [Theory]
    [InlineData("missing-train", "--train {dir}/missing.jsonl: no such file")]
    [InlineData("missing-split", "--split {dir}/missing.jsonl: no such file")]
    [InlineData("no-corpus", "--train or --split: no corpus given to train on")]
    [InlineData("all-held-out", "--held-out-percent 100: must be from 0 to 99")]
    [InlineData("precision", "--held-out-precision 0: must be above 0 and at most 1")]
    [InlineData("thresholds-without-split", "--thresholds-out {dir}/scorer.json: no held-out item to choose thresholds on (give --split corpora and a --held-out-percent above 0)")]
    [InlineData("thresholds-in-missing-folder", "--thresholds-out {dir}/nowhere/scorer.json: no such folder {dir}/nowhere")]
    [InlineData("malformed-corpus", "{dir}/bad.jsonl, line 1 (b-1): ")]
    public void Train_InputItCannotUse_ExitsTwoWithOneLineNamingIt_BeforeTraining(string @case, string expected)
    {
        var model = Path.Combine(_dir, "Model");
        var corpus = SmallCorpus();
        File.WriteAllText(Path.Combine(_dir, "bad.jsonl"), """{"id":"b-1","kind":"letter","title":null,"text":"こんにちは","context":{"stage":"open","disclosure":"none","sender":"client"},"labels":[],"decision":"allow","note":null}""" + "\n");
        string[] common = ["--rules", Contact, "--model", model];
        string[] args = @case switch
        {
            "missing-train" => ["train", "--train", Path.Combine(_dir, "missing.jsonl"), .. common],
            "missing-split" => ["train", "--train", corpus, "--split", Path.Combine(_dir, "missing.jsonl"), .. common],
            "no-corpus" => ["train", .. common],
            "all-held-out" => ["train", "--split", corpus, "--held-out-percent", "100", .. common],
            "precision" => ["train", "--split", corpus, "--held-out-precision", "0", .. common],
            "thresholds-without-split" => ["train", "--train", corpus, "--thresholds-out", Path.Combine(_dir, "scorer.json"), .. common],
            "thresholds-in-missing-folder" => ["train", "--split", corpus, "--thresholds-out", Path.Combine(_dir, "nowhere", "scorer.json"), .. common],
            _ => ["train", "--train", Path.Combine(_dir, "bad.jsonl"), .. common],
        };

        var (code, output, error) = Run(args);

        Assert.Equal(2, code);
        Assert.StartsWith("error: " + expected.Replace("{dir}", _dir), error);
        Assert.Single(error.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", error);
        Assert.Equal("", output);
        Assert.False(Directory.Exists(model));
    }

    [Fact]
    public void SpeedProbsAndCompare_InputTheyCannotUse_ExitTwoNamingIt()
    {
        var corpus = SmallCorpus();
        var empty = Path.Combine(_dir, "empty.jsonl");
        File.WriteAllText(empty, "\n");
        var missing = Path.Combine(_dir, "missing.jsonl");
        var scorer = PluginFolders.Scorer();

        // --passes 0 printed 1.8E+308 µs per text and exited 0; a missing file was an unhandled exception (exit 1).
        AssertBadInput(["speed", "--corpus", corpus, "--plugin", scorer, "--passes", "0"], "--passes 0: must be 1 or more");
        AssertBadInput(["speed", "--corpus", empty, "--plugin", scorer], $"--corpus {empty}: no item in it");
        AssertBadInput(["probs", "--corpus", missing, "--plugin", scorer], $"--corpus {missing}: no such file");
        AssertBadInput(["probs", "--corpus", corpus, "--plugin", _dir], $"--plugin {_dir}: no Model/model.json in it");
        AssertBadInput(["compare", "--corpus", corpus, "--rules", missing, "--scorer", missing], $"--rules {missing}: no such file");
        AssertBadInput(["speed", "--corpus", corpus, "--plugin", scorer, "--passes", "many"], "");
        AssertBadInput(["probs", "--corpus", corpus], "");
    }

    [Fact]
    public void Probs_AUsableCorpusAndPlugin_StillScoresEveryItem()
    {
        var (code, output, error) = Run("probs", "--corpus", SmallCorpus(), "--plugin", PluginFolders.Scorer());

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(1 + 40, output.Trim().Split('\n').Length);
    }

    private void AssertBadInput(string[] args, string expected)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(2, code);
        Assert.DoesNotContain("   at ", error);
        Assert.Contains(expected, error);
    }

    // The first 40 items of the generated training corpus.
    private string SmallCorpus()
    {
        var path = Path.Combine(_dir, "small.jsonl");
        File.WriteAllLines(path, File.ReadLines(TrainingCorpus).Take(40));
        return path;
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = TrainingCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
