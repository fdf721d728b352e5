using System.CommandLine;
using Platform.Checks.Scorer;
using Platform.Eval;
using Platform.Training;

var root = new RootCommand("Writes the training corpus and trains the scorer plugin's models.");

var corpusOut = new Option<FileInfo>("--out") { Description = "Corpus file to write.", Required = true };
var corpusSeed = new Option<int>("--seed") { Description = "Generator seed.", DefaultValueFactory = _ => 8 };
var corpusLong = new Option<bool>("--long") { Description = "Also long texts (ordinary, or one violation buried) and lures said as a state (session thirty-two; not in the shipped corpus)." };
var corpus = new Command("corpus", "Writes the project's generated training corpus (corpus format).") { corpusOut, corpusSeed, corpusLong };
corpus.SetAction(parse =>
{
    var items = CorpusWriter.Write(parse.GetValue(corpusSeed), parse.GetValue(corpusLong));
    CorpusWriter.Save(items, parse.GetValue(corpusOut)!.FullName);
    Console.WriteLine($"{items.Count} items -> {parse.GetValue(corpusOut)!.FullName}");
    foreach (var (label, count) in CorpusWriter.Counts(items))
    {
        Console.WriteLine($"  {label,-24} {count,5}");
    }

    return 0;
});
root.Subcommands.Add(corpus);

var trainFiles = new Option<FileInfo[]>("--train") { Description = "Corpus files used wholly for training.", AllowMultipleArgumentsPerToken = true };
var splitFiles = new Option<FileInfo[]>("--split") { Description = "Corpus files split by id hash into training and held-out items.", AllowMultipleArgumentsPerToken = true };
var heldOutPercent = new Option<int>("--held-out-percent") { Description = "Share of --split items held out.", DefaultValueFactory = _ => 25 };
var seed = new Option<int>("--seed") { Description = "MLContext seed.", DefaultValueFactory = _ => 1 };
var modelOut = new Option<DirectoryInfo>("--model") { Description = "Model folder to write (the plugin's Model folder).", Required = true };
var l1 = new Option<float>("--l1") { Description = "L1 regularization.", DefaultValueFactory = _ => Trainer.DefaultL1 };
var l2 = new Option<float>("--l2") { Description = "L2 regularization.", DefaultValueFactory = _ => Trainer.DefaultL2 };
var heldOutOut = new Option<FileInfo?>("--held-out-out") { Description = "Where to write the held-out items (corpus format)." };
var thresholdsOut = new Option<FileInfo?>("--thresholds-out") { Description = "Where to write scorer.json with per-category thresholds chosen on the held-out items (the plugin's scorer.json)." };
var heldOutPrecision = new Option<double>("--held-out-precision")
{
    Description = "Precision each category's threshold must keep on the held-out items (1 = above every held-out look-alike).",
    DefaultValueFactory = _ => 1.0,
};
var rulePlugins = new Option<DirectoryInfo[]>("--rules")
{
    Description = "Built rule plugin folders (e.g. artifacts/plugins/Platform.Checks.Contact) whose findings the scorer reads as features, as the engine hands them on.",
    AllowMultipleArgumentsPerToken = true,
    Required = true,
};
var train = new Command("train", "Trains one classifier per category and writes the model folder.") { trainFiles, splitFiles, heldOutPercent, rulePlugins, seed, l1, l2, modelOut, heldOutOut, thresholdsOut, heldOutPrecision };
train.SetAction(parse =>
{
    var set = TrainingSet.Read(
        (parse.GetValue(trainFiles) ?? []).Select(f => f.FullName),
        (parse.GetValue(splitFiles) ?? []).Select(f => f.FullName),
        parse.GetValue(heldOutPercent));
    Console.WriteLine($"training items: {set.Train.Count}, held out: {set.HeldOut.Count}");
    var rules = RuleFindings.Load(parse.GetValue(rulePlugins)!.Select(d => d.FullName));
    Console.WriteLine($"rule checks: {string.Join(", ", rules.Checks.Select(c => $"{c.Key} {c.Value}"))}");
    var models = Trainer.Train(set.Train, rules, parse.GetValue(seed), parse.GetValue(l1), parse.GetValue(l2), out var data, out var ml);
    var folder = parse.GetValue(modelOut)!.FullName;
    Trainer.Save(ml, data, models, folder, set, rules, parse.GetValue(seed), parse.GetValue(l1), parse.GetValue(l2));
    Console.WriteLine($"models -> {folder}");

    // The plugin's own loading path, then its scores against ML.NET's on the training data.
    var scorer = ModelFiles.Load(folder);
    Consistency.Check(ml, models, scorer, set.Train, rules);
    if (parse.GetValue(thresholdsOut) is { } settingsFile && set.HeldOut.Count > 0)
    {
        Console.WriteLine("thresholds chosen on the held-out items:");
        Thresholds.Save(Thresholds.Choose(scorer, set.HeldOut, rules, Console.Out, parse.GetValue(heldOutPrecision)), settingsFile.FullName);
        Console.WriteLine($"thresholds -> {settingsFile.FullName}");
    }

    var settings = ScorerSettings.Load(Path.GetDirectoryName(folder)!);
    Console.WriteLine("training items:");
    ScoreReport.Print(scorer, settings, set.Train, rules, Console.Out, listMisses: false);
    if (set.HeldOut.Count > 0)
    {
        Console.WriteLine("held-out items:");
        ScoreReport.Print(scorer, settings, set.HeldOut, rules, Console.Out, listMisses: true);
    }

    if (parse.GetValue(heldOutOut) is { } path)
    {
        CorpusWriter.Save(set.HeldOut, path.FullName);
        Console.WriteLine($"held-out items -> {path.FullName}");
    }

    return 0;
});
root.Subcommands.Add(train);

var compareCorpus = new Option<FileInfo>("--corpus") { Description = "The labelled corpus both prediction files are for.", Required = true };
var rules = new Option<FileInfo>("--rules") { Description = "Predictions of the rule checks (Platform.Eval --predictions).", Required = true };
var scorerPredictions = new Option<FileInfo>("--scorer") { Description = "Predictions with the scorer: the scorer alone, or rules + scorer.", Required = true };
var compare = new Command("compare", "Lists the labels the scorer caught and the rules missed, and the scorer's false alarms.") { compareCorpus, rules, scorerPredictions };
compare.SetAction(parse =>
{
    Comparison.Print(
        Corpus.Read(parse.GetValue(compareCorpus)!.FullName),
        parse.GetValue(rules)!.FullName,
        parse.GetValue(scorerPredictions)!.FullName,
        Console.Out);
    return 0;
});
root.Subcommands.Add(compare);

var speedCorpus = new Option<FileInfo>("--corpus") { Description = "Texts to score (corpus format).", Required = true };
var speedPlugin = new Option<DirectoryInfo>("--plugin") { Description = "The scorer plugin folder (Model/ and scorer.json).", Required = true };
var passes = new Option<int>("--passes") { Description = "Passes over the corpus.", DefaultValueFactory = _ => 200 };
var speed = new Command("speed", "CPU time per text of the fold, fold + score, and the whole check (robust to a loaded machine).") { speedCorpus, speedPlugin, passes };
speed.SetAction(parse =>
{
    SpeedProbe.Run(parse.GetValue(speedPlugin)!.FullName, Corpus.Read(parse.GetValue(speedCorpus)!.FullName), parse.GetValue(passes), Console.Out);
    return 0;
});
root.Subcommands.Add(speed);

var probsCorpus = new Option<FileInfo>("--corpus") { Description = "Items to score (corpus format).", Required = true };
var probsPlugin = new Option<DirectoryInfo>("--plugin") { Description = "The scorer plugin folder (Model/ and scorer.json).", Required = true };
var probs = new Command("probs", "Prints each item's probability per category (text alone, no rule findings), as the plugin scores it.") { probsCorpus, probsPlugin };
probs.SetAction(parse =>
{
    var check = new ScorerCheck(parse.GetValue(probsPlugin)!.FullName);
    Console.WriteLine("id\t" + string.Join("\t", LinearScorer.Categories));
    foreach (var item in Corpus.Read(parse.GetValue(probsCorpus)!.FullName))
    {
        Console.WriteLine(item.Id + "\t" + string.Join("\t", check.Probabilities(Corpus.ToChange(item)).Select(p => p.ToString("G9", System.Globalization.CultureInfo.InvariantCulture))));
    }

    return 0;
});
root.Subcommands.Add(probs);

return root.Parse(args).Invoke();
