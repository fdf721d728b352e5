using Platform.Abstractions.Contracts;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Users;

namespace Platform.Grains.Tests;

/// <summary>Builds a deal up to a contract, with fresh ids, for tests to take further.</summary>
internal sealed record Deal(IGrainFactory Grains, string ClientId, string WorkerId, string JobId, string ContractId)
{
    public IContractGrain Contract => Grains.GetGrain<IContractGrain>(ContractId);

    public IJobGrain Job => Grains.GetGrain<IJobGrain>(JobId);

    public static JobDraft Draft(string description = "ECサイトの新商品バナーを3点制作してください。サイズは1200x628、PNG形式で納品をお願いします。") =>
        new("バナー制作のお願い", description, "design", "fixed", 30_000, null);

    public static async Task<(string ClientId, string WorkerId)> RegisterPairAsync(IGrainFactory grains)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var clientId = $"client-{suffix}";
        var workerId = $"worker-{suffix}";
        await grains.GetGrain<IUserGrain>(clientId).RegisterAsync(new RegisterUser("山田商店", ["client"], "雑貨のECサイトを運営しています。"));
        await grains.GetGrain<IUserGrain>(workerId).RegisterAsync(new RegisterUser("佐藤デザイン", ["worker"], "バナー・LP制作が得意です。"));
        return (clientId, workerId);
    }

    public static async Task<Deal> ContractedAsync(IGrainFactory grains)
    {
        var (clientId, workerId) = await RegisterPairAsync(grains);
        var jobId = $"job-{Guid.NewGuid():N}";
        var job = grains.GetGrain<IJobGrain>(jobId);
        await job.CreateAsync(clientId, Draft(), publish: true);
        var proposal = await job.ProposeAsync(workerId, "実績多数です。3点で28,000円、5日で納品します。", 28_000);
        var contract = await job.AwardAsync(clientId, new AwardContract(proposal.Id, null, new DateOnly(2026, 12, 10)));
        return new Deal(grains, clientId, workerId, jobId, contract.Id);
    }

    public async Task<Deal> FundedAsync()
    {
        await Contract.FundEscrowAsync(ClientId);
        return this;
    }

    public async Task<Deal> DeliveredAsync()
    {
        await (await FundedAsync()).Contract.DeliverAsync(WorkerId, "バナー3点を納品します。");
        return this;
    }

    public async Task<Deal> AcceptedAsync()
    {
        await (await DeliveredAsync()).Contract.AcceptAsync(ClientId);
        return this;
    }
}
