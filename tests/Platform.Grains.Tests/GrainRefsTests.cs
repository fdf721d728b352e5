using Platform.Abstractions.Common;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Users;

namespace Platform.Grains.Tests;

/// <summary>References by key without Orleans' per-call type-name formatting reach the same grains as GetGrain.</summary>
[Collection(ClusterCollection.Name)]
public sealed class GrainRefsTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task A_reference_by_key_is_the_grain_GetGrain_gives_on_first_and_later_calls()
    {
        var id = $"u-{Guid.NewGuid():N}";
        await Grains.GetGrain<IUserGrain>(id).RegisterAsync(new RegisterUser("佐藤", ["worker"], null));

        // The first call of an interface goes through Orleans; later ones reuse its types. Both reach the same grain.
        for (var i = 0; i < 3; i++)
        {
            var byKey = Grains.Grain<IUserGrain>(id);
            var orleans = Grains.GetGrain<IUserGrain>(id);
            Assert.Equal(orleans.GetGrainId(), byKey.GetGrainId());
            Assert.Equal(((GrainReference)orleans).InterfaceType, ((GrainReference)byKey).InterfaceType);
            Assert.Equal("佐藤", (await byKey.GetAsync()).DisplayName);
        }

        // Another interface keeps its own types.
        var contract = Grains.Grain<IContractGrain>("c-" + id);
        Assert.Equal(Grains.GetGrain<IContractGrain>("c-" + id).GetGrainId(), contract.GetGrainId());
        Assert.NotEqual(Grains.Grain<IUserGrain>(id).GetGrainId().Type, contract.GetGrainId().Type);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_key_is_refused_as_GetGrain_refuses_it(string key)
    {
        Assert.Throws<ArgumentException>(() => Grains.GetGrain<IUserGrain>(key));
        Assert.Throws<ArgumentException>(() => Grains.Grain<IUserGrain>(key));
    }
}
