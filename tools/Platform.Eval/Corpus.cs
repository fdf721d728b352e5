using System.Text.Json;
using Platform.Compliance.Abstractions;

namespace Platform.Eval;

/// <summary>Reads a corpus file and maps its items to the state changes the engine would see.</summary>
public static class Corpus
{
    private static readonly string[] Kinds = ["job", "proposal", "message", "profile"];
    private static readonly string[] Stages = ["open", "pre_contract", "contracted", "escrow_funded", "delivered", "completed"];
    private static readonly string[] Disclosures = ["none", "requested", "approved", "denied", "revoked"];
    private static readonly string[] Senders = ["client", "worker"];
    private static readonly string[] Decisions = ["allow", "advise", "hold", "block"];

    /// <summary>
    /// Every item of a corpus file (JSON Lines, corpus-format.md). A line that is not a valid item stops the read
    /// with a <see cref="CorpusException"/> naming the file, the line, the id and the field, so that a corpus with a
    /// typo is never measured half-read.
    /// </summary>
    public static IReadOnlyList<CorpusItem> Read(string path)
    {
        var items = new List<CorpusItem>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var item = ReadLine(line, $"{path}, line {number}");
            if (Problem(item) is { } problem)
            {
                throw new CorpusException($"{path}, line {number} ({item.Id ?? "no id"}): {problem}");
            }

            if (!lines.TryAdd(item.Id, number))
            {
                throw new CorpusException($"{path}, line {number}: id {item.Id} is already used on line {lines[item.Id]}");
            }

            items.Add(item);
        }

        return items;
    }

    // One line's JSON object; broken JSON or a field of the wrong type names the line (and the id when it can be read).
    private static CorpusItem ReadLine(string line, string where)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            // The parser's own position counts lines from 0 within this one line: give the byte alone.
            var reason = ex.Message.Split(" LineNumber:", 2)[0];
            throw new CorpusException($"{where}: not a corpus item (broken JSON at byte {ex.BytePositionInLine + 1} of the line: {reason})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new CorpusException($"{where}: not a corpus item (one JSON object per line)");
            }

            try
            {
                return CorpusJson.Item(root);
            }
            catch (FormatException ex)
            {
                throw new CorpusException($"{where} ({CorpusJson.Id(root) ?? "no id"}): {ex.Message}");
            }
        }
    }

    /// <summary>What is wrong with an item (the field and the values allowed), or null when nothing is.</summary>
    public static string? Problem(CorpusItem item) =>
        string.IsNullOrWhiteSpace(item.Id) ? "id is missing"
        : NotOneOf("kind", item.Kind, Kinds)
        ?? (item.Title is not null && item.Kind != "job" ? $"title is for a job post only (kind job), not a {item.Kind}: use null" : null)
        ?? (item.Title is not null && string.IsNullOrWhiteSpace(item.Title) ? "title is empty (null for a job post without one)" : null)
        ?? (item.Text is null ? "text is missing" : null)
        ?? (string.IsNullOrWhiteSpace(item.Text) ? "text is empty" : null)
        ?? (item.Context is null ? "context is missing" : null)
        ?? NotOneOf("context.stage", item.Context!.Stage, Stages)
        ?? NotOneOf("context.disclosure", item.Context.Disclosure, Disclosures)
        ?? NotOneOf("context.sender", item.Context.Sender, Senders)
        ?? (item.Labels is null ? "labels is missing (use [] for a benign item)" : null)
        ?? item.Labels!.Select(l => NotOneOf("labels", l, Categories.Violations)).FirstOrDefault(p => p is not null)
        ?? item.Labels!.GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"labels \"{g.Key}\" is listed twice").FirstOrDefault()
        ?? NotOneOf("decision", item.Decision, Decisions)
        ?? (item.Labels!.Count > 0 && item.Decision == "allow"
            ? $"decision \"allow\" with labels {string.Join(", ", item.Labels)}: a text in a category is at least advised (advise, hold or block); labels [] for a benign item"
            : null);

    private static string? NotOneOf(string field, string? value, IReadOnlyCollection<string> allowed) =>
        value is not null && allowed.Contains(value, StringComparer.Ordinal)
            ? null
            : $"{field} {(value is null ? "is missing" : $"\"{value}\" is not allowed")}; allowed: {string.Join(", ", allowed)}";

    public static StateChange ToChange(CorpusItem item)
    {
        var (entity, change, textKind) = item.Kind switch
        {
            "job" => ("job", ChangeKind.JobPublished, TextKind.Job),
            "proposal" => ("job", ChangeKind.ProposalSubmitted, TextKind.Proposal),
            "message" => ("contract", ChangeKind.MessageSent, TextKind.Message),
            "profile" => ("user", ChangeKind.ProfileUpdated, TextKind.Profile),
            _ => throw new CorpusException($"{item.Id}: kind \"{item.Kind}\" is not allowed; allowed: {string.Join(", ", Kinds)}"),
        };

        return new StateChange
        {
            EntityKind = entity,
            EntityId = item.Id,
            ItemId = item.Id,
            Change = change,
            TextKind = textKind,
            Title = item.Title,
            Text = item.Text,
            Stage = Enum.Parse<DealStage>(item.Context.Stage.Replace("_", string.Empty), ignoreCase: true),
            Disclosure = Enum.Parse<DisclosureStatus>(item.Context.Disclosure, ignoreCase: true),
            ActorUserId = item.Context.Sender,
            ActorRole = item.Context.Sender == "client" ? PartyRole.Client : PartyRole.Worker,
            At = DateTimeOffset.UnixEpoch,
        };
    }

    public static Decision ParseDecision(string s) => Enum.Parse<Decision>(s, ignoreCase: true);
}
