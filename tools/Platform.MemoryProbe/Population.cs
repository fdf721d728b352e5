using Platform.Abstractions.Common;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Users;
using Platform.Domain.Jobs;

namespace Platform.MemoryProbe;

/// <summary>
/// Creates entities by calling the same grain interfaces the gateway calls, <paramref name="parallel"/> calls in flight.
/// Users are <c>{prefix}u{i}</c> (every third a client only, every third a worker only, the rest both); jobs are posted
/// by a client of the user range and get 1 or 2 proposals from workers; contracts join a client and a worker of the
/// range, are escrow-funded and carry 3 messages.
/// </summary>
internal sealed class Population(IGrainFactory grains, int parallel, Action<string> progress)
{
    private static readonly DateOnly DeliveryDate = new(2030, 3, 31);
    private static readonly DateTimeOffset Deadline = new(2030, 1, 31, 0, 0, 0, TimeSpan.FromHours(9));

    public long TextChars;
    public long Texts;
    public long NotDelivered;
    public long Refused;

    public static string UserId(string prefix, int i) => $"{prefix}u{i}";

    public Task UsersAsync(string prefix, int count) => ForEachAsync("users", count, async (i, random) =>
    {
        string[] roles = (i % 3) switch { 0 => ["client"], 1 => ["worker"], _ => ["client", "worker"] };
        var profile = JapaneseTexts.Profile(random);
        Count(profile);
        await grains.GetGrain<IUserGrain>(UserId(prefix, i)).RegisterAsync(new RegisterUser(JapaneseTexts.DisplayName(random), roles, profile));
    });

    public Task JobsAsync(string prefix, int count, string userPrefix, int users) => ForEachAsync("jobs", count, async (i, random) =>
    {
        var client = UserId(userPrefix, Client(random, users));
        var budget = random.Next(1, 30) * 5_000L;
        var draft = new JobDraft(JapaneseTexts.JobTitle(random), JapaneseTexts.JobDescription(random), JobCategories.All[random.Next(JobCategories.All.Count)], "fixed", budget, Deadline);
        Count(draft.Description);
        var job = grains.GetGrain<IJobGrain>($"{prefix}j{i}");
        var view = await job.CreateAsync(client, draft, publish: true);
        Interlocked.Add(ref NotDelivered, view.Status == "open" ? 0 : 1);
        var first = Worker(random, users);
        for (var p = 0; p < 1 + i % 2; p++)
        {
            var worker = UserId(userPrefix, first + 3 * p < users ? first + 3 * p : 1);
            if (worker == client)
            {
                continue;
            }

            var text = JapaneseTexts.Proposal(random, budget - 1_000);
            Count(text);
            try
            {
                var proposal = await job.ProposeAsync(worker, text, budget - 1_000);
                Interlocked.Add(ref NotDelivered, proposal.Status == "delivered" ? 0 : 1);
            }
            catch (PlatformException)
            {
                // A post held for review (e.g. a check that timed out and fails closed) takes no proposals.
                Interlocked.Increment(ref Refused);
            }
        }
    });

    public Task ContractsAsync(string prefix, int count, string userPrefix, int users) => ForEachAsync("contracts", count, async (i, random) =>
    {
        var client = UserId(userPrefix, Client(random, users));
        var worker = UserId(userPrefix, Worker(random, users));
        if (client == worker)
        {
            worker = UserId(userPrefix, 1);
        }

        var contract = grains.GetGrain<IContractGrain>($"{prefix}c{i}");
        await contract.CreateAsync(new ContractSetup($"{prefix}j-for-c{i}", "p1", client, worker, random.Next(1, 30) * 5_000L, DeliveryDate, JapaneseTexts.JobTitle(random)));
        await contract.FundEscrowAsync(client);
        for (var m = 0; m < 3; m++)
        {
            var text = JapaneseTexts.Message(random);
            Count(text);
            var message = await contract.SendMessageAsync(m % 2 == 0 ? worker : client, text);
            Interlocked.Add(ref NotDelivered, message.Status == "delivered" ? 0 : 1);
        }
    });

    // Index 2 mod 3 has both roles; 0 is a client, 1 a worker.
    private static int Client(Random random, int users) => Pick(random, users, offset: random.Next(2) == 0 ? 0 : 2);

    private static int Worker(Random random, int users) => Pick(random, users, offset: random.Next(2) == 0 ? 1 : 2);

    private static int Pick(Random random, int users, int offset)
    {
        var i = random.Next(users / 3) * 3 + offset;
        return i < users ? i : offset;
    }

    private void Count(string text)
    {
        Interlocked.Add(ref TextChars, text.Length);
        Interlocked.Increment(ref Texts);
    }

    private async Task ForEachAsync(string what, int count, Func<int, Random, Task> create)
    {
        var next = -1;
        var done = 0;
        var started = DateTime.UtcNow;
        using var ticker = new Timer(_ => progress($"  {what}: {Volatile.Read(ref done):N0} / {count:N0} ({Volatile.Read(ref done) / Math.Max(0.001, (DateTime.UtcNow - started).TotalSeconds):N0}/s)"), null, 10_000, 10_000);
        var workers = Enumerable.Range(0, Math.Min(parallel, Math.Max(1, count))).Select(async w =>
        {
            var random = new Random(w * 7919 + count);
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await create(i, random);
                Interlocked.Increment(ref done);
            }
        });
        await Task.WhenAll(workers);
        progress($"  {what}: {count:N0} created in {(DateTime.UtcNow - started).TotalSeconds:N1} s");
    }
}
