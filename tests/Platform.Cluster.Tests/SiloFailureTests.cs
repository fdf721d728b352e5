using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Testing.Postgres;
using Xunit.Abstractions;

namespace Platform.Cluster.Tests;

[Collection(PostgresFixture.CollectionName)]
public sealed class SiloFailureTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const int Writes = 300;
    private const int Lanes = 4;
    private const int KillAfterAcks = 100;
    private const int MaxAttempts = 40;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task SiloKilledDuringWrites_EveryAcknowledgedWriteFoundThroughSurvivor()
    {
        var cs = await postgres.CreateDatabaseAsync();
        await using var a = await PlatformHost.StartAsync(cs, FastFailureDetection.Configure);
        await using var b = await PlatformHost.StartAsync(cs, FastFailureDetection.Configure);
        await Cluster.WaitForActiveSilosAsync(2, a, b);
        var deals = new List<Deal>();
        for (var i = 0; i < 8; i++)
        {
            deals.Add(await Api.ContractAsync(a, b));
        }

        var acked = new ConcurrentBag<(string Contract, string Id, string Text)>();
        var retries = 0;
        var maxLatency = TimeSpan.Zero;
        Task? kill = null;
        var killedAt = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Lanes).Select(async lane =>
        {
            for (var n = lane; n < Writes; n += Lanes)
            {
                var deal = deals[n % deals.Count];
                var sender = n % 3 == 0 ? deal.Worker : deal.Client;
                var text = $"書き込み {n:D3}";
                var started = Stopwatch.StartNew();
                var (id, attempts) = await WriteWithRetryAsync(n % 2 == 0 ? a : b, a, sender, deal.Messages, text);
                Interlocked.Add(ref retries, attempts - 1);
                lock (acked)
                {
                    maxLatency = started.Elapsed > maxLatency ? started.Elapsed : maxLatency;
                }

                acked.Add((deal.Contract, id, text));
                if (acked.Count >= KillAfterAcks && kill is null)
                {
                    lock (acked)
                    {
                        if (kill is null)
                        {
                            killedAt.Restart();
                            kill = b.KillAsync();
                        }
                    }
                }
            }
        }));
        Assert.NotNull(kill);
        await kill;
        output.WriteLine($"{acked.Count} writes acknowledged in {clock.Elapsed.TotalSeconds:F1} s; {retries} retries; slowest write {maxLatency.TotalMilliseconds:F0} ms");

        await Poll.UntilAsync(
            async () => (await a.Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count == 1,
            TimeSpan.FromSeconds(60), "the killed silo declared dead");
        output.WriteLine($"killed silo out of the active set {killedAt.Elapsed.TotalSeconds:F1} s after the kill");

        // The killed silo did not sign off: the survivor suspected it and voted it dead.
        Assert.Equal(1, await Database.ScalarAsync(
            cs, "SELECT count(*) FROM OrleansMembershipTable WHERE Port = $1 AND Status = $2 AND SuspectTimes IS NOT NULL",
            b.SiloPort, (int)SiloStatus.Dead));

        foreach (var deal in deals)
        {
            var stored = await a.Client(deal.Client).GetJsonAsync(deal.Messages);
            var ids = stored.Strs("id");
            Assert.Equal(ids.Length, ids.Distinct().Count());
            var present = stored.EnumerateArray().Select(m => (m.Str("id"), m.Str("text"))).ToHashSet();
            foreach (var write in acked.Where(w => w.Contract == deal.Contract))
            {
                Assert.Contains((write.Id, write.Text), present);
            }
        }
    }

    /// <summary>Sends one message; on 503 or a connection failure, retries against the surviving gateway.</summary>
    private static async Task<(string Id, int Attempts)> WriteWithRetryAsync(PlatformHost first, PlatformHost survivor, string sender, string path, string text)
    {
        var target = first;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            try
            {
                using var client = target.Client(sender, TimeSpan.FromSeconds(20));
                using var response = await client.PostAsJsonAsync(path, new { text });
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                    return (body.Str("id"), attempt);
                }

                Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable,
                    $"unexpected {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                Assert.NotNull(response.Headers.RetryAfter);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // The gateway itself is gone (connection refused or reset): a front-end's load balancer would move on.
            }

            target = survivor;
            await Task.Delay(RetryDelay);
        }

        throw new TimeoutException($"'{text}' was not acknowledged after {MaxAttempts} attempts");
    }
}
