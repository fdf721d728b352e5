using System.Text.Encodings.Web;
using System.Text.Json;
using Platform.Compliance.Abstractions;
using Platform.Eval;

namespace Platform.Training;

/// <summary>
/// Writes the project's generated training corpus: every category's sentences in job posts, proposals, messages and
/// profiles, wrapped in varied openings and deal talk, in every stage and disclosure state, plus hard negatives.
/// Labels and decisions follow corpus-format.md. Deterministic for a seed.
/// </summary>
public static class CorpusWriter
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The corpus for <paramref name="seed"/>; with <paramref name="longTexts"/> also long texts (250-700 characters), ordinary or
    /// with one violation buried among ordinary sentences, and lures said as a state (session thirty-two, not in the shipped
    /// training.jsonl: the model retrained with them held more of the memory probe's clean posts, docs/benchmarks.md).
    /// </summary>
    public static IReadOnlyList<CorpusItem> Write(int seed, bool longTexts = false)
    {
        var c = new Composer(seed);
        var b = new ItemBuilder(c);
        for (var i = 0; i < 210; i++)
        {
            b.ContactDetails();
        }

        for (var i = 0; i < 60; i++)
        {
            b.OffPlatformPayment();
        }

        foreach (var (category, sentences, titles) in Content)
        {
            for (var i = 0; i < 85; i++)
            {
                b.Content(category, sentences, titles);
            }
        }

        for (var i = 0; i < 50; i++)
        {
            b.Mixed(Content);
        }

        for (var i = 0; i < 170; i++)
        {
            b.BenignMessage();
        }

        for (var i = 0; i < 230; i++)
        {
            b.Tricky();
        }

        for (var i = 0; i < 60; i++)
        {
            b.BenignSelf();
        }

        // Appended last, so the items above stay as they were generated before (the seeded draws are consumed in order).
        for (var i = 0; i < 150; i++)
        {
            b.Lure();
        }

        for (var i = 0; i < 120; i++)
        {
            b.LureLookAlike();
        }

        if (!longTexts)
        {
            return b.Items;
        }

        // Session thirty-two: long texts (250-700 characters), ordinary or with one violation buried among ordinary sentences, and
        // lures said as a state; appended after everything above.
        for (var i = 0; i < 450; i++)
        {
            b.LongBenign();
        }

        for (var i = 0; i < 40; i++)
        {
            b.LongBuried(Categories.OffPlatformContact, ContactFragments.Details);
        }

        for (var i = 0; i < 15; i++)
        {
            b.LongBuried(Categories.OffPlatformContact, ContactFragments.Payment, everyStage: true);
        }

        for (var i = 0; i < 25; i++)
        {
            b.LongBuried(Categories.OffPlatformContact, LureFragments.Lures);
        }

        for (var i = 0; i < 25; i++)
        {
            b.LongBuried(Categories.OffPlatformContact, LongFragments.StatedLures);
        }

        foreach (var (category, sentences, _) in Content)
        {
            for (var i = 0; i < 25; i++)
            {
                b.LongBuried(category, sentences);
            }
        }

        for (var i = 0; i < 120; i++)
        {
            b.StatedLure();
        }

        for (var i = 0; i < 60; i++)
        {
            b.StatedLookAlike();
        }

        for (var i = 0; i < 120; i++)
        {
            b.OnPlatformNotice();
        }

        return b.Items;
    }

    public static readonly (string Category, string[] Sentences, string[] Titles)[] Content =
    [
        (Categories.Mlm, ContentFragments.Mlm, ContentFragments.MlmTitles),
        (Categories.StealthMarketing, ContentFragments.Stealth, ContentFragments.StealthTitles),
        (Categories.UncertainCompensation, ContentFragments.Uncertain, ContentFragments.UncertainTitles),
        (Categories.UnpaidSample, ContentFragments.Unpaid, ContentFragments.UnpaidTitles),
        (Categories.ExternalTos, ContentFragments2.ExternalTos, ContentFragments2.ExternalTosTitles),
        (Categories.FakeOfficial, ContentFragments2.FakeOfficial, ContentFragments2.FakeOfficialTitles),
        (Categories.RemoteDesktop, ContentFragments2.RemoteDesktop, ContentFragments2.RemoteDesktopTitles),
        (Categories.OtherIllegal, ContentFragments2.OtherIllegal, ContentFragments2.OtherIllegalTitles),
    ];

    public static void Save(IReadOnlyList<CorpusItem> items, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllLines(path, items.Select(i => JsonSerializer.Serialize(i, Json)));
    }

    public static IEnumerable<(string Label, int Count)> Counts(IReadOnlyList<CorpusItem> items) =>
        Categories.Violations.Select(c => (c, items.Count(i => i.Labels.Contains(c))))
            .Append(("(benign)", items.Count(i => i.Labels.Count == 0)));
}
