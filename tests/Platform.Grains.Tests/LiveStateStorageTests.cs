using Orleans.Storage;

namespace Platform.Grains.Tests;

/// <summary>The embedded storage keeps state objects and still refuses a write from a stale activation.</summary>
public sealed class LiveStateStorageTests
{
    private static readonly GrainId Id = GrainId.Create("contract", "c-1");

    [Fact]
    public async Task A_written_state_is_read_back_and_a_stale_etag_is_refused()
    {
        var storage = new LiveStateStorage();
        var first = new GrainState<List<string>>(["m1"]);
        await storage.WriteStateAsync("contract", Id, first);

        var read = new GrainState<List<string>>();
        await storage.ReadStateAsync("contract", Id, read);
        Assert.True(read.RecordExists);
        Assert.Equal(["m1"], read.State);
        Assert.Equal(first.ETag, read.ETag);

        read.State!.Add("m2");
        await storage.WriteStateAsync("contract", Id, read);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("contract", Id, first));

        var brandNew = new GrainState<List<string>>(["x"]);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("contract", Id, brandNew));
        await storage.ClearStateAsync("contract", Id, read);
        Assert.Equal(0, storage.Count);
    }
}
