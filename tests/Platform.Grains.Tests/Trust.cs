using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Reviews;
using Platform.Abstractions.Users;
using Platform.Grains.Contracts;

namespace Platform.Grains.Tests;

/// <summary>Helpers for the trust-workflow tests: deals between given users, completed history, and waiting for one-way calls.</summary>
internal static class Trust
{
    public static IReviewQueueGrain Queue(IGrainFactory grains) => grains.GetGrain<IReviewQueueGrain>("default");

    public static async Task<string> RegisterAsync(IGrainFactory grains, string role, string? id = null)
    {
        id ??= $"{role}-{Guid.NewGuid():N}"[..20];
        await grains.GetGrain<IUserGrain>(id).RegisterAsync(new RegisterUser(role == "client" ? "山田商店" : "佐藤デザイン", [role], null));
        return id;
    }

    /// <summary>A contract between the two through the job flow (job post, proposal, award).</summary>
    public static async Task<Deal> DealAsync(IGrainFactory grains, string clientId, string workerId, JobDraft? draft = null)
    {
        var jobId = $"job-{Guid.NewGuid():N}";
        var job = grains.GetGrain<IJobGrain>(jobId);
        await job.CreateAsync(clientId, draft ?? Deal.Draft(), publish: true);
        var proposal = await job.ProposeAsync(workerId, "実績多数です。3点で28,000円、5日で納品します。", 28_000);
        var contract = await job.AwardAsync(clientId, new AwardContract(proposal.Id, null, new DateOnly(2027, 12, 24)));
        return new Deal(grains, clientId, workerId, jobId, contract.Id);
    }

    /// <summary>A contract between two new users (delivery date far enough for tests that move the clock by weeks).</summary>
    public static async Task<Deal> NewDealAsync(IGrainFactory grains) =>
        await DealAsync(grains, await RegisterAsync(grains, "client"), await RegisterAsync(grains, "worker"));

    /// <summary>A contract created directly on the contract grain (for bulk tests).</summary>
    public static async Task<IContractGrain> DirectAsync(IGrainFactory grains, string clientId, string workerId, string contractId)
    {
        var contract = grains.GetGrain<IContractGrain>(contractId);
        await contract.CreateAsync(new ContractSetup($"job-{contractId}", "p1", clientId, workerId, 10_000, new DateOnly(2027, 12, 24), "データ入力"));
        return contract;
    }

    /// <summary>Takes a contract to paid, so both parties have a completed contract on record.</summary>
    public static async Task CompleteAsync(IContractGrain contract, string clientId, string workerId)
    {
        await contract.FundEscrowAsync(clientId);
        await contract.DeliverAsync(workerId, "納品します。");
        await contract.AcceptAsync(clientId);
        await contract.ConfirmPaymentAsync(clientId);
    }

    /// <summary>Two users who each have one completed contract (with each other): their records are clear.</summary>
    public static async Task<(string Client, string Worker)> ClearPairAsync(IGrainFactory grains)
    {
        var client = await RegisterAsync(grains, "client");
        var worker = await RegisterAsync(grains, "worker");
        await CompleteAsync(await DirectAsync(grains, client, worker, $"c-{Guid.NewGuid():N}"), client, worker);
        return (client, worker);
    }

    /// <summary>A rule's contact detail after escrow, held until a disclosure is approved (as the built-in contact check holds it).</summary>
    public static readonly FindingView ContactHeld = new("off_platform_contact", "hold", "contact.phone", "電話番号の記載が見つかりました。", 0.97, []);

    /// <summary>
    /// A worker's message held for its contact details alone, or (<paramref name="alsoOther"/>) for them and for the
    /// example plugin's fake-staff hold: the example plugin of these tests blocks contact details rather than holding
    /// them, so the held message's live verdict is set as the contact check would have left it.
    /// </summary>
    public static async Task<MessageView> HeldForContactAsync(ClusterFixture fixture, Deal deal, bool alsoOther = false)
    {
        var held = await deal.Contract.SendMessageAsync(deal.WorkerId, "事務局です。電話番号は 090-1234-5678 です。");
        Assert.Equal("held", held.Status);
        var message = (await fixture.LiveStateAsync<ContractState>("contract", deal.Contract)).Messages!.Single(m => m.Id == held.Id);
        message.Verdict = new VerdictView("hold", alsoOther ? [.. message.Verdict.Findings, ContactHeld] : [ContactHeld]);
        return held;
    }

    /// <summary>Waits for the effect of a call the test does not await (notifications, mass-send detection), up to 10 s.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(20);
        }
    }

    public static Task<ReviewItemView?> ItemAsync(IGrainFactory grains, string key) =>
        EventuallyAsync(async () => (await Queue(grains).ListAsync(null)).FirstOrDefault(i => i.Item.Key == key), i => i is not null);

    public static Task<IReadOnlyList<NotificationView>> NotificationsAsync(IGrainFactory grains, string userId, string type, int atLeast) =>
        EventuallyAsync(() => grains.GetGrain<IUserGrain>(userId).GetNotificationsAsync(), n => n.Count(x => x.Type == type) >= atLeast);
}
