using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Users;
using Platform.Grains.Common;
using Platform.Grains.Contracts;
using Platform.Grains.Jobs;
using Platform.Grains.Users;

namespace Platform.Grains.Tests;

/// <summary>
/// Entity states in the JSON the ADO.NET storage wrote before migration 0005 (its default serializer, taken from the
/// silo), which PostgreSQL deployments still read until each grain's next write: rows written when every list was
/// stored, even empty, still load; a list never written is left out of the row and loads empty, as does an explicit null.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class StoredStateFormatTests(ClusterFixture fixture)
{
    // Captured from the storage serializer before the change: a worker with one contract, the job and contract of that
    // deal; every list not yet used is written as an empty list.
    private const string ContractIdInRows = "c-c05c239cc0ff4028a5b02b03f3d6ec0f";

    private IServiceProvider Services => fixture.Cluster.Silos[0].ServiceProvider;

    private IGrainStorageSerializer Json => Services.GetRequiredService<IGrainStorageSerializer>();

    [Fact]
    public void Deserialize_RowsWithEmptyLists_LoadEveryField()
    {
        var user = Load<UserState>(Row("user.json"));
        Assert.Equal(["worker"], user.Roles);
        Assert.Equal([ContractIdInRows], user.ContractIds);
        Assert.All(new[] { user.Flags, user.JobIds, user.CompletedContractIds }, list => Assert.Empty(list.OrEmpty()));
        Assert.Empty(user.Warnings.OrEmpty());
        Assert.Empty(user.Audit.OrEmpty());
        Assert.Empty(user.Notifications.OrEmpty());

        var job = Load<JobState>(Row("job.json"));
        var proposal = Assert.Single(job.Proposals.OrEmpty());
        Assert.Equal(("p1", 28_000L), (proposal.Id, proposal.PriceYen));
        Assert.Empty(proposal.Messages.OrEmpty());
        Assert.Equal(1, Assert.Single(job.Revisions.OrEmpty()).Number);
        Assert.Equal(ContractIdInRows, job.ContractId);

        var contract = Load<ContractState>(Row("contract.json"));
        Assert.Equal("contracted", Assert.Single(contract.History.OrEmpty()).Type);
        Assert.Empty(contract.Messages.OrEmpty());
        Assert.Empty(contract.Deliveries.OrEmpty());
        Assert.Empty(contract.NudgeIntervals.OrEmpty());
    }

    [Fact]
    public async Task UserGrain_StateFromRowWithEmptyLists_ReadsAndTakesFirstItem()
    {
        var user = fixture.Grains.GetGrain<IUserGrain>($"u-{Guid.NewGuid():N}");
        await fixture.Storage.WriteStateAsync("user", user.GetGrainId(), new GrainState<UserState>(Load<UserState>(Row("user.json"))));

        var view = await user.GetAsync();
        Assert.Equal([ContractIdInRows], view.ContractIds);
        Assert.Empty(view.JobIds);
        Assert.Empty(await user.GetNotificationsAsync());
        await user.LinkJobAsync("job-1");
        Assert.Equal(["job-1"], (await user.GetAsync()).JobIds);
    }

    [Fact]
    public void Serialize_ListsNeverWritten_AreLeftOutAndLoadEmpty()
    {
        var fresh = new UserState { Registered = true, DisplayName = "佐藤デザイン", Roles = ["worker"] };
        var json = Json.Serialize(fresh).ToString();
        Assert.Contains("\"Roles\"", json);
        Assert.DoesNotContain("\"Flags\"", json);
        Assert.DoesNotContain("\"Notifications\"", json);

        var loaded = Load<UserState>(BinaryData.FromString(json));
        Assert.Equal(["worker"], loaded.Roles);
        Assert.Null(loaded.Flags);

        var withNulls = json.Replace("\"Registered\":true", "\"Registered\":true,\"Flags\":null,\"Notifications\":null", StringComparison.Ordinal);
        Assert.NotEqual(json, withNulls);
        loaded = Load<UserState>(BinaryData.FromString(withNulls));
        Assert.Empty(loaded.Flags.OrEmpty());
        Assert.Empty(loaded.Notifications.OrEmpty());
    }

    [Fact]
    public void OrleansCodec_NullAndFilledLists_RoundTripWithTheOpenPage()
    {
        var serializer = Services.GetRequiredService<Serializer>();
        var state = new ContractState
        {
            Deliveries = [new DeliveryView(1, "初稿です。", DateTimeOffset.UnixEpoch)],
            Messages = [new MessageRecord { Id = "m1", SenderId = "w", Text = "着手します。" }],
        };

        var copy = Assert.IsType<ContractState>(serializer.Deserialize<ContractState>(serializer.SerializeToArray(state)));

        Assert.Equal("初稿です。", Assert.Single(copy.Deliveries!).Note);
        Assert.Null(copy.Ratings);
        // Full pages of messages and events are stored beside the row (IStoredInParts); the open page goes with it.
        Assert.Equal("m1", Assert.Single(copy.Messages!).Id);
        Assert.Null(copy.History);
    }

    private T Load<T>(BinaryData row) => Json.Deserialize<T>(row) ?? throw new InvalidOperationException("the row loaded as null");

    private static BinaryData Row(string name) =>
        BinaryData.FromBytes(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "StoredRows", name)));
}
