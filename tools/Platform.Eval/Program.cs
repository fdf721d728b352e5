using System.CommandLine;
using Platform.Eval;

var corpus = new Option<FileInfo>("--corpus") { Description = "Labelled corpus (JSON Lines).", Required = true };
var plugins = new Option<DirectoryInfo>("--plugins") { Description = "Folder with one sub-folder per plugin.", Required = true };
var predictions = new Option<FileInfo?>("--predictions") { Description = "Where to write one prediction per line." };
var root = new RootCommand("Evaluates the compliance check plugins on a labelled corpus.") { corpus, plugins, predictions };
root.SetAction(parse =>
{
    var checks = PluginSet.Load(parse.GetValue(plugins)!.FullName);
    Console.WriteLine($"checks: {string.Join(", ", checks.Select(c => $"{c.Info.Name} {c.Info.Version}"))}");
    var items = Corpus.Read(parse.GetValue(corpus)!.FullName);
    var results = Evaluator.Run(checks, items);
    Report.Print(items, results, Console.Out);
    if (parse.GetValue(predictions) is { } output)
    {
        Report.WritePredictions(results, output.FullName);
    }

    return 0;
});
return root.Parse(args).Invoke();
