using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using Bogus;

namespace Platform.LoadTest.Traffic;

/// <summary>
/// Creates the world before the measured phase, closed-loop with bounded parallelism: users, published jobs,
/// proposals (threads), contracts (escrow funded for the message traffic; left at <c>contracted</c> for the deals).
/// Every text here is clean. Ids carry a run tag, so runs against the same host never collide.
/// </summary>
internal sealed class SetupRunner(HttpClient http, Uri baseUri, int parallelism, Action<string> log)
{
    private readonly ConcurrentDictionary<string, int> _failures = new();
    private readonly Faker _faker = new("ja") { Random = new Randomizer(7) };
    private readonly Lock _fakerLock = new();
    private int _done;

    public IReadOnlyDictionary<string, int> Failures => _failures;

    public int Requests => _done;

    public async Task<World> RunAsync(SetupSize size, string tag, CancellationToken ct)
    {
        var world = new World { JobsUri = new Uri(baseUri, "api/jobs") };
        var deadline = DateTimeOffset.UtcNow.AddDays(30);
        var users = new Uri(baseUri, "api/users");
        var contracts = new Uri(baseUri, "api/contracts/");

        await RegisterAsync(users, $"{tag}c", size.Clients, "client", world.Clients, ct);
        await RegisterAsync(users, $"{tag}w", size.Workers, "worker", world.Workers, ct);
        await RegisterAsync(users, $"{tag}vc", size.ViolatorClients, "client", world.ViolatorClients, ct);
        await RegisterAsync(users, $"{tag}vw", size.ViolatorWorkers, "worker", world.ViolatorWorkers, ct);
        log($"setup: {world.Clients.Count + world.ViolatorClients.Count} clients, {world.Workers.Count + world.ViolatorWorkers.Count} workers");

        var threadJobs = await PostJobsAsync(world, size.ThreadJobs, deadline, ct);
        world.ProposalJobs.AddRange(await PostJobsAsync(world, size.ProposalJobs, deadline, ct));
        world.EditJobs.AddRange(await PostJobsAsync(world, size.EditJobs, deadline, ct));
        log($"setup: {threadJobs.Count + world.ProposalJobs.Count + world.EditJobs.Count} open jobs");

        // Clean threads: each thread job gets proposals from distinct workers; violator threads: one per violator worker.
        var clean = Enumerable.Range(0, threadJobs.Count * size.ProposalsPerThreadJob)
            .Select(i => (Job: threadJobs[i / size.ProposalsPerThreadJob], Worker: world.Workers[i % world.Workers.Count], Violator: false));
        var violators = world.ViolatorWorkers.Select((w, i) => (Job: threadJobs[i % threadJobs.Count], Worker: w, Violator: true));
        await ForEachAsync(clean.Concat(violators).ToArray(), async (t, token) =>
        {
            if (await ProposeAsync(t.Job, t.Worker, token) is { } proposalId)
            {
                var thread = new ThreadTarget(t.Job.JobId, proposalId, t.Job.ClientId, t.Worker.Id, new Uri(t.Job.Folder, $"proposals/{proposalId}/messages"));
                lock (world)
                {
                    (t.Violator ? world.ViolatorThreads : world.Threads).Add(thread);
                }
            }
        }, ct);
        log($"setup: {world.Threads.Count} proposal threads (+{world.ViolatorThreads.Count} for violators)");

        var messageWorkers = Enumerable.Range(0, size.Contracts).Select(i => (Worker: world.Workers[i % world.Workers.Count], Violator: false, Escrow: true))
            .Concat(world.ViolatorWorkers.Select(w => (Worker: w, Violator: true, Escrow: true)))
            .Concat(Enumerable.Range(0, size.Deals).Select(i => (Worker: world.Workers[(i * 7) % world.Workers.Count], Violator: false, Escrow: false)))
            .ToArray();
        var jobs = await PostJobsAsync(world, messageWorkers.Length, deadline, ct);
        await ForEachAsync(Enumerable.Range(0, Math.Min(jobs.Count, messageWorkers.Length)).ToArray(), async (i, token) =>
        {
            var (worker, violator, escrow) = messageWorkers[i];
            if (await ContractAsync(jobs[i], worker, contracts, escrow, token) is not { } contract)
            {
                return;
            }

            lock (world)
            {
                (escrow ? violator ? world.ViolatorContracts : world.Contracts : world.Deals).Add(contract);
            }
        }, ct);
        log($"setup: {world.Contracts.Count} funded contracts (+{world.ViolatorContracts.Count} for violators), {world.Deals.Count} deals to run");
        return world;
    }

    private async Task RegisterAsync(Uri users, string prefix, int count, string role, List<Party> into, CancellationToken ct)
    {
        var parties = new Party[count];
        lock (_fakerLock)
        {
            for (var i = 0; i < count; i++)
            {
                var name = role == "client" && _faker.Random.Bool() ? _faker.Company.CompanyName() : $"{_faker.Name.LastName()}{_faker.Name.FirstName()}";
                parties[i] = new Party($"{prefix}{i}", name.Length > 50 ? name[..50] : name);
            }
        }

        var ok = new ConcurrentBag<Party>();
        await ForEachAsync(parties, async (p, token) =>
        {
            if (await PostAsync(users, null, Json.User(p.Id, p.Name, role, null), "register", token) is not null)
            {
                ok.Add(p);
            }
        }, ct);
        into.AddRange(ok.OrderBy(p => p.Id, StringComparer.Ordinal));
    }

    private async Task<List<JobTarget>> PostJobsAsync(World world, int count, DateTimeOffset deadline, CancellationToken ct)
    {
        var bodies = new byte[count][];
        lock (_fakerLock)
        {
            for (var i = 0; i < count; i++)
            {
                bodies[i] = Json.Job(JobFactory.Clean(_faker), deadline, publish: true);
            }
        }

        var jobs = new ConcurrentBag<(int Index, JobTarget Job)>();
        await ForEachAsync(Enumerable.Range(0, count).ToArray(), async (i, token) =>
        {
            var client = world.Clients[i % world.Clients.Count];
            if (await PostAsync(world.JobsUri, client.Id, bodies[i], "post job", token) is { } job
                && job.GetProperty("status").GetString() == "open")
            {
                var id = job.GetProperty("id").GetString()!;
                jobs.Add((i, new JobTarget(id, client.Id, new Uri(baseUri, $"api/jobs/{id}"), new Uri(baseUri, $"api/jobs/{id}/"))));
            }
        }, ct);
        return [.. jobs.OrderBy(j => j.Index).Select(j => j.Job)];
    }

    private async Task<string?> ProposeAsync(JobTarget job, Party worker, CancellationToken ct)
    {
        byte[] body;
        lock (_fakerLock)
        {
            body = Json.Proposal(CleanTexts.Proposal(_faker, "ご担当者"), _faker.Random.Number(10, 300) * 1_000);
        }

        var proposal = await PostAsync(job.Proposals, worker.Id, body, "propose", ct);
        return proposal is { } p && p.GetProperty("status").GetString() == "delivered" ? p.GetProperty("id").GetString() : null;
    }

    private async Task<ContractTarget?> ContractAsync(JobTarget job, Party worker, Uri contracts, bool escrow, CancellationToken ct)
    {
        if (await ProposeAsync(job, worker, ct) is not { } proposalId)
        {
            return null;
        }

        var award = Json.Contract(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(20)));
        if (await PostAsync(new Uri(job.Folder, $"proposals/{proposalId}/contract"), job.ClientId, award, "award", ct) is not { } view)
        {
            return null;
        }

        var contract = new ContractTarget(view.GetProperty("id").GetString()!, job.ClientId, worker.Id, contracts);
        return !escrow || await PostAsync(contract.Escrow, job.ClientId, null, "escrow", ct) is not null ? contract : null;
    }

    private async Task<JsonElement?> PostAsync(Uri uri, string? userId, byte[]? body, string step, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri);
        if (userId is not null)
        {
            request.Headers.Add("X-User-Id", userId);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        try
        {
            using var response = await http.SendAsync(request, ct);
            var bytes = await response.Content.ReadAsByteArrayAsync(ct);
            Interlocked.Increment(ref _done);
            if (!response.IsSuccessStatusCode)
            {
                _failures.AddOrUpdate($"{step}: {(int)response.StatusCode} {Code(bytes)}", 1, (_, n) => n + 1);
                return null;
            }

            using var doc = JsonDocument.Parse(bytes);
            return doc.RootElement.Clone();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            _failures.AddOrUpdate($"{step}: {ex.GetType().Name}", 1, (_, n) => n + 1);
            return null;
        }
    }

    private static string Code(byte[] problem) =>
        Measurement.VerdictScanner.Scan(problem, problem: true).ProblemCode ?? "";

    private Task ForEachAsync<T>(T[] items, Func<T, CancellationToken, Task> body, CancellationToken ct) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct }, async (item, token) => await body(item, token));
}
