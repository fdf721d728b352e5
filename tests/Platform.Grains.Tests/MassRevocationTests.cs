using System.Diagnostics;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Users;
using Xunit.Abstractions;

namespace Platform.Grains.Tests;

/// <summary>
/// A user with 5,000 approved disclosures is flagged: every one is revoked at once and every counterparty is told. The
/// elapsed times it prints are for orientation only; the figures of record come from tools/Platform.RevocationBench.
/// </summary>
[Collection(TrustCollection.Name)]
public sealed class MassRevocationTests(TrustClusterFixture fixture, ITestOutputHelper output)
{
    private const int Contracts = 5_000;
    private const int Workers = 50;
    private const int Batch = 100;

    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    [Trait("Category", "Load")]
    public async Task Flag_UserWith5000ApprovedDisclosures_RevokesAllAndNotifiesEachCounterparty()
    {
        var total = Stopwatch.StartNew();
        var client = await Trust.RegisterAsync(Grains, "client");
        var workers = await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Trust.RegisterAsync(Grains, "worker")));
        await Task.WhenAll(workers.Select(async w => await Trust.CompleteAsync(await Trust.DirectAsync(Grains, client, w, $"c-{Guid.NewGuid():N}"), client, w)));

        var prefix = $"c-mass-{Guid.NewGuid():N}"[..16];
        var ids = Enumerable.Range(0, Contracts).Select(i => $"{prefix}-{i}").ToArray();
        var setup = Stopwatch.StartNew();
        foreach (var chunk in ids.Chunk(Batch))
        {
            await Task.WhenAll(chunk.Select(async id =>
            {
                var worker = workers[int.Parse(id[(prefix.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture) % Workers];
                var contract = await Trust.DirectAsync(Grains, client, worker, id);
                await contract.FundEscrowAsync(client);
                Assert.Equal("approved", (await contract.RequestDisclosureAsync(worker)).Disclosure);
            }));
        }

        output.WriteLine($"setup of {Contracts} approved contracts: {setup.ElapsedMilliseconds} ms");

        var flag = Stopwatch.StartNew();
        var (revoked, _) = await Grains.GetGrain<IUserGrain>(client).FlagAsync("report.upheld", "違反申告により規約違反が確認されました。", "reviewer-1");
        output.WriteLine($"flag + revoke {revoked}: {flag.ElapsedMilliseconds} ms");

        Assert.Equal(Contracts, revoked);
        var views = new List<ContractView>();
        foreach (var chunk in ids.Chunk(Batch))
        {
            views.AddRange(await Task.WhenAll(chunk.Select(id => Grains.GetGrain<IContractGrain>(id).GetAsync(client))));
        }

        Assert.All(views, v => Assert.Equal("revoked", v.Disclosure));
        var perWorker = Contracts / Workers;
        // Read at once: FlagAsync returns only when every notice is stored in its recipient's inbox.
        var notified = await Task.WhenAll(workers.Select(w => Grains.GetGrain<IUserGrain>(w).GetNotificationsAsync()));
        Assert.All(notified, n => Assert.Equal(perWorker, n.Count(x => x.Type == "disclosure_revoked")));
        Assert.Equal(ids.Order(), notified.SelectMany(n => n.Where(x => x.Type == "disclosure_revoked").Select(x => x.RelatedId!)).Order());
        output.WriteLine($"total: {total.ElapsedMilliseconds} ms");
    }
}
