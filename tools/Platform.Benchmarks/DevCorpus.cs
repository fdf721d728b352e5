using System.Text.Json;
using Platform.Compliance.Abstractions;

namespace Platform.Benchmarks;

/// <summary>The dev corpus texts as state changes, and the repository's folders.</summary>
public static class DevCorpus
{
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Directory.Packages.props")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    /// <summary>PLATFORM_DEV_CORPUS, else ../shared/corpus/dev.jsonl beside the repository.</summary>
    public static string CorpusPath() =>
        Environment.GetEnvironmentVariable("PLATFORM_DEV_CORPUS")
        ?? System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot(), "..", "shared", "corpus", "dev.jsonl"));

    public static IReadOnlyList<StateChange> Load()
    {
        var changes = new List<StateChange>();
        foreach (var line in File.ReadLines(CorpusPath()).Where(l => l.Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var context = root.GetProperty("context");
            var kind = root.GetProperty("kind").GetString();
            changes.Add(new StateChange
            {
                EntityKind = kind == "job" ? "job" : "contract",
                EntityId = root.GetProperty("id").GetString()!,
                Change = kind switch
                {
                    "job" => ChangeKind.JobPublished,
                    "proposal" => ChangeKind.ProposalSubmitted,
                    "profile" => ChangeKind.ProfileUpdated,
                    _ => ChangeKind.MessageSent,
                },
                Title = root.GetProperty("title").ValueKind == JsonValueKind.String ? root.GetProperty("title").GetString() : null,
                Text = root.GetProperty("text").GetString(),
                Stage = Enum.Parse<DealStage>(context.GetProperty("stage").GetString()!.Replace("_", string.Empty), true),
                Disclosure = Enum.Parse<DisclosureStatus>(context.GetProperty("disclosure").GetString()!, true),
            });
        }

        return changes;
    }
}
