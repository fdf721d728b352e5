using System.Net;
using Platform.Testing.Postgres;

namespace Platform.Cluster.Tests;

[Collection(PostgresFixture.CollectionName)]
public sealed class TwoSiloClusterTests(PostgresFixture postgres)
{
    [Fact]
    public async Task TwoHostsOnOneDatabase_FormOneCluster_SpreadGrainsAndServeAnyEntity()
    {
        var cs = await postgres.CreateDatabaseAsync();
        await using var a = await PlatformHost.StartAsync(cs);
        await using var b = await PlatformHost.StartAsync(cs);
        await Cluster.WaitForActiveSilosAsync(2, a, b);
        var hosts = await a.Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        Assert.Equal(new[] { a.SiloAddress, b.SiloAddress }.OrderBy(s => s.ToString()), hosts.Keys.OrderBy(s => s.ToString()));
        Assert.Equal(2, await Database.ScalarAsync(cs, "SELECT count(*) FROM OrleansMembershipTable WHERE Status = $1", (int)SiloStatus.Active));

        // Users registered through both gateways end up activated on both silos. Orleans' default placement weighs
        // each silo's load, so a silo still busy starting may take none of the first round: register rounds of 40
        // until both hold some (bounded, so a cluster that never spreads fails).
        var users = new List<string>();
        var perSilo = new Dictionary<SiloAddress, int>();
        for (var round = 0; round < 10 && !(perSilo.GetValueOrDefault(a.SiloAddress) > 0 && perSilo.GetValueOrDefault(b.SiloAddress) > 0); round++)
        {
            var batch = Enumerable.Range(0, 40).Select(i => $"spread-{round}-{i:D2}-{Guid.NewGuid():N}"[..24]).ToArray();
            await Task.WhenAll(batch.Select((id, i) => Api.RegisterAsync(i % 2 == 0 ? a : b, id, "worker")));
            users.AddRange(batch);
            perSilo = await Cluster.UserActivationsPerSiloAsync(a);
        }

        Assert.True(perSilo.GetValueOrDefault(a.SiloAddress) > 0 && perSilo.GetValueOrDefault(b.SiloAddress) > 0,
            $"after {users.Count} users, user activations per silo: " + string.Join(", ", perSilo.Select(p => $"{p.Key}={p.Value}")));
        foreach (var (id, i) in users.Select((id, i) => (id, i)))
        {
            Assert.Equal(id, (await (i % 2 == 0 ? b : a).Client().GetJsonAsync($"/api/users/{id}")).Str("id"));
        }

        // A deal set up through alternating gateways, modified through B and read back through A.
        var deal = await Api.ContractAsync(a, b);
        Assert.Equal("escrow_funded", (await b.Client(deal.Client).PostJsonAsync($"/api/contracts/{deal.Contract}/escrow", null)).Str("stage"));
        await b.Client(deal.Worker).PostJsonAsync(deal.Messages, new { text = "着手します。" }, HttpStatusCode.Created);
        Assert.Equal("escrow_funded", (await a.Client(deal.Worker).GetJsonAsync($"/api/contracts/{deal.Contract}")).Str("stage"));
        Assert.Equal(["着手します。"], (await a.Client(deal.Client).GetJsonAsync(deal.Messages)).Strs("text"));
    }

    [Fact]
    public async Task FiftyConcurrentMessages_ToOneContractThroughBothGateways_NoneLostIdsUnique()
    {
        const int count = 50;
        var cs = await postgres.CreateDatabaseAsync();
        await using var a = await PlatformHost.StartAsync(cs);
        await using var b = await PlatformHost.StartAsync(cs);
        await Cluster.WaitForActiveSilosAsync(2, a, b);
        var deal = await Api.ContractAsync(a, b);
        var clients = new[] { a.Client(deal.Client), b.Client(deal.Worker), b.Client(deal.Client), a.Client(deal.Worker) };

        var sent = await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            var text = $"進捗報告 {i:D2}";
            var message = await clients[i % clients.Length].PostJsonAsync(deal.Messages, new { text }, HttpStatusCode.Created);
            return (Id: message.Str("id"), Text: text);
        }));

        Assert.Equal(count, sent.Select(m => m.Id).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, count).Select(n => $"m{n}").Order(), sent.Select(m => m.Id).Order());
        foreach (var reader in new[] { a.Client(deal.Client), b.Client(deal.Worker) })
        {
            var stored = await reader.GetJsonAsync(deal.Messages);
            Assert.Equal(sent.OrderBy(m => m.Id).Select(m => m.Id + ":" + m.Text), stored.EnumerateArray().Select(m => m.Str("id") + ":" + m.Str("text")).Order());
        }

        var history = await a.Client(deal.Client).GetJsonAsync($"/api/contracts/{deal.Contract}/history");
        Assert.Equal(count, history.Strs("type").Count(t => t == "message_sent"));
    }
}
