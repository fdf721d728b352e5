using Bogus;

namespace Platform.LoadTest.Traffic;

/// <summary>Request bodies generated once before the run (UTF-8 JSON bytes), picked at random while sending.</summary>
internal sealed class PayloadPool
{
    private PayloadPool(Faker f, DateTimeOffset deadline)
    {
        string Name() => $"{f.Name.LastName()}";
        ContractMessages = Make(2048, () => Json.Message(CleanTexts.ContractMessage(f, Name())));
        ThreadMessages = Make(2048, () => Json.Message(CleanTexts.ThreadMessage(f, Name())));
        Proposals = Make(1024, () => Json.Proposal(CleanTexts.Proposal(f, Name()), f.Random.Number(5, 300) * 1_000));
        Jobs = Make(512, () => Json.Job(JobFactory.Clean(f), deadline, publish: true));
        JobEdits = Make(256, () => Json.Job(JobFactory.Clean(f), deadline, publish: false));
        Deliveries = Make(128, () => Json.Delivery(CleanTexts.DeliveryNote(f)));
        Ratings = Make(64, () => Json.Rating(f.Random.Number(3, 5), CleanTexts.RatingComment(f)));
        var categories = ViolationTexts.CategoryCount;
        ViolatingMessages = [.. Enumerable.Range(0, categories).Select(c => Make(256, () => Json.Message(ViolationTexts.Write(f, c))))];
        ViolatingProposals = [.. Enumerable.Range(0, categories).Select(c => Make(64, () => Json.Proposal(ViolationTexts.Write(f, c), f.Random.Number(5, 300) * 1_000)))];
        ViolatingJobs = [.. Enumerable.Range(0, categories).Select(c => Make(64, () => Json.Job(JobFactory.Violating(f, c), deadline, publish: true)))];
    }

    public byte[][] ContractMessages { get; }
    public byte[][] ThreadMessages { get; }
    public byte[][] Proposals { get; }
    public byte[][] Jobs { get; }
    public byte[][] JobEdits { get; }
    public byte[][] Deliveries { get; }
    public byte[][] Ratings { get; }

    /// <summary>Per violation category (index in <see cref="Measurement.Vocabulary.Categories"/>).</summary>
    public byte[][][] ViolatingMessages { get; }
    public byte[][][] ViolatingProposals { get; }
    public byte[][][] ViolatingJobs { get; }

    public static PayloadPool Create(int seed) =>
        new(new Faker("ja") { Random = new Randomizer(seed) }, DateTimeOffset.UtcNow.AddDays(45));

    /// <summary>All distinct texts, to eyeball what is sent (<c>--show-samples</c>).</summary>
    public IEnumerable<(string Kind, byte[] Body)> Samples(int perKind)
    {
        foreach (var b in ContractMessages.Take(perKind))
        {
            yield return ("contract message", b);
        }

        foreach (var b in Jobs.Take(perKind))
        {
            yield return ("job post", b);
        }

        for (var c = 0; c < ViolatingMessages.Length; c++)
        {
            foreach (var b in ViolatingMessages[c].Take(perKind))
            {
                yield return ($"violating message: {Measurement.Vocabulary.Categories[c]}", b);
            }
        }
    }

    private static byte[][] Make(int count, Func<byte[]> make) => [.. Enumerable.Range(0, count).Select(_ => make())];
}
