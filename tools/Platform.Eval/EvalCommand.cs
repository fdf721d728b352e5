using System.CommandLine;

namespace Platform.Eval;

/// <summary>
/// The tool's command line: a corpus and a plugins folder in, the scores out (exit 0; 1 when a check failed or ran past
/// its time limit on some item), or one clear error line (exit 2).
/// </summary>
public static class EvalCommand
{
    public const int BadInput = 2;

    public const int CheckErrors = 1;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var corpus = new Option<FileInfo>("--corpus") { Description = "Labelled corpus (JSON Lines, corpus-format.md).", Required = true };
        var plugins = new Option<DirectoryInfo>("--plugins") { Description = "Folder with one sub-folder per plugin (NAME/NAME.dll), e.g. artifacts/plugins.", Required = true };
        var predictions = new Option<FileInfo?>("--predictions") { Description = "Where to write one prediction per line." };
        var root = new RootCommand("Evaluates the compliance check plugins on a labelled corpus.") { corpus, plugins, predictions };
        root.SetAction(parse => Evaluate(parse.GetValue(corpus)!, parse.GetValue(plugins)!, parse.GetValue(predictions), output, error));
        var parsed = root.Parse(args);
        var code = parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });

        // A command line that does not parse (a missing or unknown option) is bad input too, not an unclean run.
        return parsed.Errors.Count > 0 ? BadInput : code;
    }

    public static int Evaluate(FileInfo corpus, DirectoryInfo plugins, FileInfo? predictions, TextWriter output, TextWriter error)
    {
        if (!corpus.Exists)
        {
            return Fail(error, $"--corpus {corpus.FullName}: no such file");
        }

        if (!plugins.Exists)
        {
            return Fail(error, $"--plugins {plugins.FullName}: no such folder");
        }

        // Before anything is scored: a predictions path that cannot be written would otherwise fail after the whole run.
        if (predictions is not null && OutputProblem("--predictions", predictions) is { } unwritable)
        {
            return Fail(error, unwritable);
        }

        IReadOnlyList<CorpusItem> items;
        try
        {
            items = Corpus.Read(corpus.FullName);
        }
        catch (CorpusException ex)
        {
            return Fail(error, ex.Message);
        }

        if (items.Count == 0)
        {
            return Fail(error, $"--corpus {corpus.FullName}: no item in it (one JSON object per line, corpus-format.md)");
        }

        IReadOnlyList<Platform.Compliance.Abstractions.IComplianceCheck> checks;
        try
        {
            checks = PluginSet.Load(plugins.FullName);
        }
        catch (PluginSetException ex)
        {
            return Fail(error, ex.Message);
        }

        if (checks.Count == 0)
        {
            return Fail(error, $"--plugins {plugins.FullName}: no plugin in it (one sub-folder per plugin, NAME/NAME.dll, as in artifacts/plugins)");
        }

        output.WriteLine($"checks: {string.Join(", ", checks.Select(c => $"{c.Info.Name} {c.Info.Version}"))}");
        var results = Evaluator.Run(checks, items);
        Report.Print(items, results, output);
        if (predictions is not null)
        {
            try
            {
                Report.WritePredictions(results, predictions.FullName);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return Fail(error, $"--predictions {predictions.FullName}: cannot be written ({ex.Message})");
            }
        }

        return results.Any(r => r.Errors.Count > 0) ? CheckErrors : 0;
    }

    /// <summary>Why a file to be written cannot be (a folder, or in a folder that does not exist), naming the option; null when it can.</summary>
    public static string? OutputProblem(string option, FileInfo file) =>
        Directory.Exists(file.FullName) ? $"{option} {file.FullName}: a folder, not a file"
        : file.Directory is { Exists: false } folder ? $"{option} {file.FullName}: no such folder {folder.FullName}"
        : null;

    /// <summary>Writes one error line and answers <see cref="BadInput"/>.</summary>
    public static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        return BadInput;
    }
}
