using Platform.Compliance.Abstractions;
using Platform.Eval;

namespace Platform.Checks.Scorer.Tests;

/// <summary>
/// The tuning corpora of the latest rounds, read by every deployed plugin as the host runs them: no benign item is blocked but
/// those listed as still open, and the labelled items are not let through. A benign item newly blocked fails here before it
/// reaches the measure. Round thirty-two (tests/corpus/blind222-225): bilingual, romaji and voice-typed writers; dialects, youth
/// slang and elderly writers; long posts with one violating sentence buried; stated lures and their look-alikes. Round
/// thirty-three (blind228-231): texts split over short chat lines and emoji- and kaomoji-heavy writers; writers quoting the
/// platform's rules back and AI-polite posts; side-job manual sellers and recruiters posing as agencies; English, romaji and
/// mixed-script violations. Round thirty-four (blind236-239): net slang and abbreviations; voice-input transcripts with homophone
/// slips; English, romaji and mixed-script free work, pay on results, network recruiting, fake office claims and payment outside the
/// platform; dialects not read before (Nagoya, Hokkaido, Tosa, Kagoshima, Okayama, Kanazawa, Shizuoka, Tsugaru, Nagasaki, Niigata).
/// Round thirty-five (blind240-243): homophones and kana puns for apps and contact words; Latin-script and mixed-script claims of
/// the office and staff-like look-alikes; regional dialects and elderly, formal writers; VTuber and illustration commissions,
/// translation jobs quoting texts, customer-support templates. Round thirty-six (blind244-247): paying outside written in
/// hiragana, romaji or English with the platform's escrow, invoices and refunds as look-alikes; phone numbers and addresses read out
/// in dialect or by elderly writers, fax and post requests; English requests for fake reviews, downloads and reward farming with
/// English QA and marketing jobs; MLM pitched in dialect and casual speech with warnings, team sales and the platform's referrals.
/// Round thirty-seven (blind248-251): postal addresses in kanji or kana numerals and the post asked for outside the platform, with the
/// platform's anonymous delivery, venues and address data as look-alikes; MLM told as a success story or in English, with warnings,
/// team sales and labelled affiliate posts; pay made to wait on a result in new wordings, with fixed fees and bonuses; accounts shared,
/// made afresh for a once-only benefit and limits got past, with own accounts, official plans and fraud detection. Round thirty-eight
/// (blind252-255): phone numbers, addresses and app IDs asked for or given in dialect, casual speech and slang (でんばん, ラインこーかん),
/// with dialect messages about the work and the platform's own messaging; reviews to order and free trial work in new wordings, with
/// disclosed posts and paid trials; pay in exposure, shares, tokens, tips or left to the payer, with fixed fees and bonuses; forged
/// papers, name and account lending, stand-ins and unlicensed work, with licensed work, procedures and awareness material. Round
/// thirty-nine (blind256-259): pay in goods, points, favours or by the like or view with no floor, with fixed pay and gifts on top;
/// English and mixed-script stealth posts, free trials, contact asks and network pitches, with translation and localisation work;
/// e-mail addresses and handles spelled in kana or with the domain said in words, with mail templates and newsletter work; trades
/// that need a licence asked of someone without one, with licensed professionals and lawful help around the trades.
/// </summary>
public sealed class RecentRoundsCorpusTests(DeployedEngine deployed) : IClassFixture<DeployedEngine>
{
    // Benign items still blocked, left for a later round: a one-time referral coupon read as pay per referral (blind236-0033), and a
    // message that its own ask was answered by the office, with a help page's address (blind236-0104). Round thirty-five's: a job
    // titled with a game's Discord server whose rules are the work (blind241-0067), a warning not to trust an "aptitude test" outside
    // the site (blind241-0068), a public office number on an invitation card (blind242-0090), pay in goods called off in dialect
    // (blind242-0096), a LINE ID quoted in a text to translate (blind243-0049). Round thirty-six's: a help page on paying by Wise to
    // translate (blind244-0060), a thank-you for introductions with no reward said in dialect
    // (blind247-0087). Round thirty-seven's: a warning that a letter by post leads off the site (blind248-0088), an article comparing
    // commission-only and salaried jobs for a fixed fee (blind250-0072), a bot whose users' token rewards are not the fee (blind250-0088),
    // pay in points given up as against the rules (blind250-0108). Round thirty-eight's: a call thought of and given up for the
    // platform's messages in dialect (blind252-0053), a blogger's own purchase with nothing given (blind253-0061), a review agency's
    // offer refused (blind253-0086), a false "bought it myself" refused (blind253-0093), an English paid test piece (blind253-0097), an
    // English flat fee with an ad share on top (blind254-0091).
    private static readonly HashSet<string> StillBlocked =
    [
        "blind236-0033", "blind236-0104", "blind241-0067", "blind241-0068", "blind242-0090", "blind242-0096", "blind243-0049", "blind244-0060",
        "blind247-0087", "blind248-0088", "blind250-0072", "blind250-0088", "blind250-0108", "blind252-0053", "blind253-0061", "blind253-0086",
        "blind253-0093", "blind253-0097", "blind254-0091",
    ];

    public static TheoryData<string, double> Corpora => new()
    {
        { "blind222.jsonl", 0.8 },
        { "blind223.jsonl", 0.95 },
        { "blind224.jsonl", 0.8 },
        { "blind225.jsonl", 0.9 },
        { "blind228.jsonl", 0.9 },
        { "blind229.jsonl", 0.9 },
        { "blind230.jsonl", 0.85 },
        { "blind231.jsonl", 0.7 },
        { "blind236.jsonl", 0.9 },
        { "blind237.jsonl", 0.9 },
        { "blind238.jsonl", 0.85 },
        { "blind239.jsonl", 0.85 },
        { "blind240.jsonl", 0.95 },
        { "blind241.jsonl", 0.8 },
        { "blind242.jsonl", 0.85 },
        { "blind243.jsonl", 0.85 },
        { "blind244.jsonl", 0.9 },
        { "blind245.jsonl", 0.7 },
        { "blind246.jsonl", 0.95 },
        { "blind247.jsonl", 0.85 },
        { "blind248.jsonl", 0.95 },
        { "blind249.jsonl", 0.95 },
        { "blind250.jsonl", 0.9 },
        { "blind251.jsonl", 0.9 },
        { "blind252.jsonl", 0.95 },
        { "blind253.jsonl", 0.85 },
        { "blind254.jsonl", 0.8 },
        { "blind255.jsonl", 0.8 },
        { "blind256.jsonl", 0.95 },
        { "blind257.jsonl", 0.9 },
        { "blind258.jsonl", 0.9 },
        { "blind259.jsonl", 0.95 },
    };

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task Engine_RecentRoundCorpus_BlocksNoBenignItemButTheKnownOnes(string corpus, double _)
    {
        var blocked = new List<string>();
        foreach (var (id, change, labels) in Load(corpus))
        {
            var verdict = await deployed.Engine.EvaluateAsync(change);
            if (labels.Count == 0 && verdict.Decision == Decision.Block && !StillBlocked.Contains(id))
            {
                blocked.Add(id);
            }
        }

        Assert.True(blocked.Count == 0, "benign items blocked: " + string.Join(", ", blocked));
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task Engine_RecentRoundCorpus_LetsFewLabelledItemsThrough(string corpus, double share)
    {
        var (caught, labelled) = (0, 0);
        foreach (var (_, change, labels) in Load(corpus))
        {
            if (labels.Count == 0)
            {
                continue;
            }

            labelled++;
            caught += (await deployed.Engine.EvaluateAsync(change)).Decision > Decision.Allow ? 1 : 0;
        }

        Assert.True(labelled >= 45, $"{corpus}: {labelled} labelled items");
        Assert.True(caught >= share * labelled, $"{corpus}: {caught} of {labelled} not allowed");
    }

    // The items of tests/corpus/NAME as the host's changes (Platform.Eval's reading: kind, stage, disclosure and sender), with their
    // ids and labels.
    private static IEnumerable<(string Id, StateChange Change, HashSet<string> Labels)> Load(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "tests", "corpus", name)))
        {
            dir = dir.Parent;
        }

        var path = Path.Combine(dir?.FullName ?? throw new FileNotFoundException($"tests/corpus/{name}"), "tests", "corpus", name);
        return Corpus.Read(path).Select(item => (item.Id, Corpus.ToChange(item), item.Labels.ToHashSet()));
    }
}
