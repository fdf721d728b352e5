using System.CommandLine;
using Platform.Checks.Scorer;
using Platform.Eval;

namespace Platform.Training;

/// <summary>
/// The tool's command line: corpus, train, compare, speed and probs. Input that cannot be used (a missing or malformed
/// corpus or predictions file, a folder with no built rule plugin or no model, a number out of range, nothing to train
/// on, thresholds asked for with nothing held out, an output folder that does not exist) stops it before anything is
/// trained or written, with one line naming the option (exit 2), as Platform.Eval does.
/// </summary>
internal static class TrainingCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Writes the training corpus and trains the scorer plugin's models.");
        int Guarded(Func<int> action)
        {
            try
            {
                return action();
            }
            catch (Exception ex) when (ex is BadInputException or CorpusException or PluginSetException or InvalidDataException)
            {
                return EvalCommand.Fail(error, ex.Message);
            }
        }

        var corpusOut = new Option<FileInfo>("--out") { Description = "Corpus file to write.", Required = true };
        var corpusSeed = new Option<int>("--seed") { Description = "Generator seed.", DefaultValueFactory = _ => 8 };
        var corpusLong = new Option<bool>("--long") { Description = "Also long texts (ordinary, or one violation buried) and lures said as a state (session thirty-two; not in the shipped corpus)." };
        var corpus = new Command("corpus", "Writes the project's generated training corpus (corpus format).") { corpusOut, corpusSeed, corpusLong };
        corpus.SetAction(parse =>
        {
            var items = CorpusWriter.Write(parse.GetValue(corpusSeed), parse.GetValue(corpusLong));
            CorpusWriter.Save(items, parse.GetValue(corpusOut)!.FullName);
            output.WriteLine($"{items.Count} items -> {parse.GetValue(corpusOut)!.FullName}");
            foreach (var (label, count) in CorpusWriter.Counts(items))
            {
                output.WriteLine($"  {label,-24} {count,5}");
            }

            return 0;
        });
        root.Subcommands.Add(corpus);

        var trainFiles = new Option<FileInfo[]>("--train") { Description = "Corpus files used wholly for training.", AllowMultipleArgumentsPerToken = true };
        var splitFiles = new Option<FileInfo[]>("--split") { Description = "Corpus files split by id hash into training and held-out items.", AllowMultipleArgumentsPerToken = true };
        var heldOutPercent = new Option<int>("--held-out-percent") { Description = "Share of --split items held out (0-99).", DefaultValueFactory = _ => 25 };
        var seed = new Option<int>("--seed") { Description = "MLContext seed.", DefaultValueFactory = _ => 1 };
        var modelOut = new Option<DirectoryInfo>("--model") { Description = "Model folder to write (the plugin's Model folder).", Required = true };
        var l1 = new Option<float>("--l1") { Description = "L1 regularization.", DefaultValueFactory = _ => Trainer.DefaultL1 };
        var l2 = new Option<float>("--l2") { Description = "L2 regularization.", DefaultValueFactory = _ => Trainer.DefaultL2 };
        var heldOutOut = new Option<FileInfo?>("--held-out-out") { Description = "Where to write the held-out items (corpus format)." };
        var thresholdsOut = new Option<FileInfo?>("--thresholds-out") { Description = "Where to write scorer.json with per-category thresholds chosen on the held-out items (the plugin's scorer.json); needs --split." };
        var heldOutPrecision = new Option<double>("--held-out-precision")
        {
            Description = "Precision each category's threshold must keep on the held-out items (above 0, at most 1; 1 = above every held-out look-alike).",
            DefaultValueFactory = _ => 1.0,
        };
        var rulePlugins = new Option<DirectoryInfo[]>("--rules")
        {
            Description = "Built rule plugin folders (e.g. artifacts/plugins/Platform.Checks.Contact) whose findings the scorer reads as features, as the engine hands them on.",
            AllowMultipleArgumentsPerToken = true,
            Required = true,
        };
        var train = new Command("train", "Trains one classifier per category and writes the model folder.") { trainFiles, splitFiles, heldOutPercent, rulePlugins, seed, l1, l2, modelOut, heldOutOut, thresholdsOut, heldOutPrecision };
        train.SetAction(parse => Guarded(() =>
        {
            var (trainPaths, splitPaths) = (parse.GetValue(trainFiles) ?? [], parse.GetValue(splitFiles) ?? []);
            if (trainPaths.Length + splitPaths.Length == 0)
            {
                throw new BadInputException("--train or --split: no corpus given to train on");
            }

            RequireFiles("--train", trainPaths);
            RequireFiles("--split", splitPaths);
            RequireRange("--held-out-percent", parse.GetValue(heldOutPercent), 0, 99);
            if (parse.GetValue(heldOutPrecision) is var precision && !(precision > 0 && precision <= 1))
            {
                throw new BadInputException($"--held-out-precision {precision}: must be above 0 and at most 1");
            }

            var rulePaths = parse.GetValue(rulePlugins)!;
            if (rulePaths.FirstOrDefault(f => !File.Exists(Path.Combine(f.FullName, f.Name + ".dll"))) is { } notBuilt)
            {
                throw new BadInputException($"--rules {notBuilt.FullName}: no {notBuilt.Name}.dll in it (a built rule plugin folder, e.g. artifacts/plugins/Platform.Checks.Contact)");
            }

            RequireFolderOf("--held-out-out", parse.GetValue(heldOutOut));
            RequireFolderOf("--thresholds-out", parse.GetValue(thresholdsOut));
            var set = TrainingSet.Read(trainPaths.Select(f => f.FullName), splitPaths.Select(f => f.FullName), parse.GetValue(heldOutPercent));
            if (set.Train.Count == 0)
            {
                throw new BadInputException("--train / --split: no item to train on (the corpora are empty, or every item is held out)");
            }

            if (parse.GetValue(thresholdsOut) is { } wanted && set.HeldOut.Count == 0)
            {
                throw new BadInputException($"--thresholds-out {wanted.FullName}: no held-out item to choose thresholds on (give --split corpora and a --held-out-percent above 0)");
            }

            output.WriteLine($"training items: {set.Train.Count}, held out: {set.HeldOut.Count}");
            var rules = RuleFindings.Load(rulePaths.Select(d => d.FullName));
            output.WriteLine($"rule checks: {string.Join(", ", rules.Checks.Select(c => $"{c.Key} {c.Value}"))}");
            var models = Trainer.Train(set.Train, rules, parse.GetValue(seed), parse.GetValue(l1), parse.GetValue(l2), out var data, out var ml);
            var folder = parse.GetValue(modelOut)!.FullName;
            Trainer.Save(ml, data, models, folder, set, rules, parse.GetValue(seed), parse.GetValue(l1), parse.GetValue(l2));
            output.WriteLine($"models -> {folder}");

            // The plugin's own loading path, then its scores against ML.NET's on the training data.
            var scorer = ModelFiles.Load(folder);
            Consistency.Check(ml, models, scorer, set.Train, rules);
            if (parse.GetValue(thresholdsOut) is { } settingsFile)
            {
                output.WriteLine("thresholds chosen on the held-out items:");
                Thresholds.Save(Thresholds.Choose(scorer, set.HeldOut, rules, output, precision), settingsFile.FullName);
                output.WriteLine($"thresholds -> {settingsFile.FullName}");
            }

            var settings = ScorerSettings.Load(Path.GetDirectoryName(folder)!);
            output.WriteLine("training items:");
            ScoreReport.Print(scorer, settings, set.Train, rules, output, listMisses: false);
            if (set.HeldOut.Count > 0)
            {
                output.WriteLine("held-out items:");
                ScoreReport.Print(scorer, settings, set.HeldOut, rules, output, listMisses: true);
            }

            if (parse.GetValue(heldOutOut) is { } path)
            {
                CorpusWriter.Save(set.HeldOut, path.FullName);
                output.WriteLine($"held-out items -> {path.FullName}");
            }

            return 0;
        }));
        root.Subcommands.Add(train);

        var compareCorpus = new Option<FileInfo>("--corpus") { Description = "The labelled corpus both prediction files are for.", Required = true };
        var rulePredictions = new Option<FileInfo>("--rules") { Description = "Predictions of the rule checks (Platform.Eval --predictions).", Required = true };
        var scorerPredictions = new Option<FileInfo>("--scorer") { Description = "Predictions with the scorer: the scorer alone, or rules + scorer.", Required = true };
        var compare = new Command("compare", "Lists the labels the scorer caught and the rules missed, and the scorer's false alarms.") { compareCorpus, rulePredictions, scorerPredictions };
        compare.SetAction(parse => Guarded(() =>
        {
            RequireFiles("--rules", [parse.GetValue(rulePredictions)!]);
            RequireFiles("--scorer", [parse.GetValue(scorerPredictions)!]);
            Comparison.Print(ReadCorpus(parse.GetValue(compareCorpus)!), parse.GetValue(rulePredictions)!.FullName, parse.GetValue(scorerPredictions)!.FullName, output);
            return 0;
        }));
        root.Subcommands.Add(compare);

        var speedCorpus = new Option<FileInfo>("--corpus") { Description = "Texts to score (corpus format).", Required = true };
        var speedPlugin = new Option<DirectoryInfo>("--plugin") { Description = "The scorer plugin folder (Model/ and scorer.json).", Required = true };
        var passes = new Option<int>("--passes") { Description = "Passes over the corpus (1 or more).", DefaultValueFactory = _ => 200 };
        var speed = new Command("speed", "CPU time per text of the fold, fold + score, and the whole check (robust to a loaded machine).") { speedCorpus, speedPlugin, passes };
        speed.SetAction(parse => Guarded(() =>
        {
            RequireRange("--passes", parse.GetValue(passes), 1, int.MaxValue);
            SpeedProbe.Run(ScorerFolder(parse.GetValue(speedPlugin)!), ReadCorpus(parse.GetValue(speedCorpus)!), parse.GetValue(passes), output);
            return 0;
        }));
        root.Subcommands.Add(speed);

        var probsCorpus = new Option<FileInfo>("--corpus") { Description = "Items to score (corpus format).", Required = true };
        var probsPlugin = new Option<DirectoryInfo>("--plugin") { Description = "The scorer plugin folder (Model/ and scorer.json).", Required = true };
        var probs = new Command("probs", "Prints each item's probability per category (text alone, no rule findings), as the plugin scores it.") { probsCorpus, probsPlugin };
        probs.SetAction(parse => Guarded(() =>
        {
            var check = new ScorerCheck(ScorerFolder(parse.GetValue(probsPlugin)!));
            var items = ReadCorpus(parse.GetValue(probsCorpus)!);
            output.WriteLine("id\t" + string.Join("\t", LinearScorer.Categories));
            foreach (var item in items)
            {
                output.WriteLine(item.Id + "\t" + string.Join("\t", check.Probabilities(Corpus.ToChange(item)).Select(p => p.ToString("G9", System.Globalization.CultureInfo.InvariantCulture))));
            }

            return 0;
        }));
        root.Subcommands.Add(probs);

        var parsed = root.Parse(args);
        var code = parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });

        // A command line that does not parse (a missing or unknown option, a number that is none) is bad input too.
        return parsed.Errors.Count > 0 ? EvalCommand.BadInput : code;
    }

    private static void RequireFiles(string option, IEnumerable<FileInfo> files)
    {
        foreach (var file in files.Where(f => !f.Exists))
        {
            throw new BadInputException($"{option} {file.FullName}: no such file");
        }
    }

    private static void RequireRange(string option, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            throw new BadInputException(max == int.MaxValue ? $"{option} {value}: must be {min} or more" : $"{option} {value}: must be from {min} to {max}");
        }
    }

    private static void RequireFolderOf(string option, FileInfo? file)
    {
        if (file is not null && EvalCommand.OutputProblem(option, file) is { } problem)
        {
            throw new BadInputException(problem);
        }
    }

    // Every item of the corpus, at least one.
    private static IReadOnlyList<CorpusItem> ReadCorpus(FileInfo file)
    {
        RequireFiles("--corpus", [file]);
        var items = Corpus.Read(file.FullName);
        return items.Count > 0 ? items : throw new BadInputException($"--corpus {file.FullName}: no item in it (one JSON object per line, corpus-format.md)");
    }

    // A scorer plugin folder: its Model/model.json is there.
    private static string ScorerFolder(DirectoryInfo folder) =>
        File.Exists(Path.Combine(folder.FullName, ModelFiles.FolderName, ModelFiles.InfoFile))
            ? folder.FullName
            : throw new BadInputException($"--plugin {folder.FullName}: no {ModelFiles.FolderName}/{ModelFiles.InfoFile} in it (the scorer plugin folder, e.g. artifacts/plugins/Platform.Checks.Scorer)");

    private sealed class BadInputException(string message) : Exception(message);
}
