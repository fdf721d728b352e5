namespace Platform.Eval.Tests;

/// <summary>Runs the eval command in process, and writes a corpus file for it.</summary>
internal static class EvalRun
{
    /// <summary>The command's exit code and what it wrote to standard output and standard error.</summary>
    public static (int Code, string Output, string Error) Run(string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = EvalCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A corpus file of <paramref name="lines"/> in <paramref name="dir"/>.</summary>
    public static string Corpus(DirectoryInfo dir, params string[] lines)
    {
        var path = Path.Combine(dir.FullName, "corpus.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }
}
