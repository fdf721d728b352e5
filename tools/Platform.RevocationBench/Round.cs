using System.Diagnostics;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Users;

namespace Platform.RevocationBench;

/// <summary>
/// One repetition's population: a client and its workers (each pair with one paid contract, so both records are clear
/// and disclosures are approved at once), and the client's contracts, escrow-funded and with an approved disclosure,
/// contract i going to worker i mod W. Built through the grain interfaces the gateway calls.
/// </summary>
internal sealed record Round(string ClientId, IReadOnlyList<string> WorkerIds, IReadOnlyList<string> ContractIds)
{
    private static readonly DateOnly DeliveryDate = new(2030, 3, 31);

    public string WorkerOf(int contract) => WorkerIds[contract % WorkerIds.Count];

    /// <summary>The contract ids whose notices worker <paramref name="w"/> must receive.</summary>
    public IEnumerable<string> ContractsOf(int w) => ContractIds.Where((_, i) => i % WorkerIds.Count == w);

    public static async Task<Round> SetUpAsync(IGrainFactory grains, string prefix, int contracts, int workers, int parallel, Action<string> output)
    {
        var clock = Stopwatch.StartNew();
        var round = new Round(
            $"{prefix}-client",
            Enumerable.Range(0, workers).Select(w => $"{prefix}-w{w}").ToArray(),
            Enumerable.Range(0, contracts).Select(i => $"{prefix}-c{i}").ToArray());
        await RegisterAsync(grains, round.ClientId, "client");
        await Parallel.ForEachAsync(Enumerable.Range(0, workers), Options(parallel), async (w, _) =>
        {
            var worker = round.WorkerIds[w];
            await RegisterAsync(grains, worker, "worker");
            var paid = await CreateAsync(grains, $"{prefix}-paid{w}", round.ClientId, worker);
            await paid.FundEscrowAsync(round.ClientId);
            await paid.DeliverAsync(worker, "納品します。");
            await paid.AcceptAsync(round.ClientId);
            await paid.ConfirmPaymentAsync(round.ClientId);
        });

        await Parallel.ForEachAsync(Enumerable.Range(0, contracts), Options(parallel), async (i, _) =>
        {
            var worker = round.WorkerOf(i);
            var contract = await CreateAsync(grains, round.ContractIds[i], round.ClientId, worker);
            await contract.FundEscrowAsync(round.ClientId);
            var view = await contract.RequestDisclosureAsync(worker);
            if (view.Disclosure != "approved")
            {
                throw new InvalidOperationException($"{round.ContractIds[i]}: disclosure {view.Disclosure}, expected approved.");
            }
        });

        output($"  set up {prefix}: {contracts:N0} approved contracts over {workers} workers in {clock.Elapsed.TotalSeconds:N1} s");
        return round;
    }

    private static ParallelOptions Options(int parallel) => new() { MaxDegreeOfParallelism = parallel };

    private static Task<UserView> RegisterAsync(IGrainFactory grains, string id, string role) =>
        grains.GetGrain<IUserGrain>(id).RegisterAsync(new RegisterUser(role == "client" ? "山田商店" : "佐藤デザイン", [role], null));

    private static async Task<IContractGrain> CreateAsync(IGrainFactory grains, string id, string clientId, string workerId)
    {
        var contract = grains.GetGrain<IContractGrain>(id);
        await contract.CreateAsync(new ContractSetup($"job-{id}", "p1", clientId, workerId, 30_000, DeliveryDate, "商品説明文の作成（10点）"));
        return contract;
    }
}
