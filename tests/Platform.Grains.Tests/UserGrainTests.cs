using Platform.Abstractions.Common;
using Platform.Abstractions.Users;

namespace Platform.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class UserGrainTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Theory]
    [InlineData("   ")]
    [InlineData("\u3000\u3000")]
    public async Task ProfileText_WithNoVisibleCharacter_IsNoText_OnRegisteringAndUpdating(string blank)
    {
        var registered = Grains.GetGrain<IUserGrain>($"u-{Guid.NewGuid():N}");
        Assert.Null((await registered.RegisterAsync(new RegisterUser("田中", ["worker"], blank))).ProfileText);

        // Sent blank on an update, it clears the text, as an optional text with nothing visible is no text.
        var user = Grains.GetGrain<IUserGrain>($"u-{Guid.NewGuid():N}");
        await user.RegisterAsync(new RegisterUser("田中", ["worker"], "翻訳をしています。"));
        var cleared = await user.UpdateProfileAsync(null, blank);
        Assert.Equal(("田中", null), (cleared.DisplayName, cleared.ProfileText));
        Assert.Null((await user.GetAsync()).PublicView().ProfileText);
        Assert.Null((await user.GetPartyAsync()).ProfileText);
    }

    [Fact]
    public async Task Register_Twice_IsConflictAndKeepsFirstProfile()
    {
        var user = Grains.GetGrain<IUserGrain>($"u-{Guid.NewGuid():N}");
        await user.RegisterAsync(new RegisterUser("田中", ["worker", "client"], "翻訳をしています。"));
        var refusal = await Assert.ThrowsAsync<PlatformException>(() => user.RegisterAsync(new RegisterUser("別人", ["client"], null)));
        Assert.Equal("user.already_registered", refusal.Code);
        var view = await user.GetAsync();
        Assert.Equal("田中", view.DisplayName);
        Assert.Equal(["client", "worker"], view.Roles);
    }

    [Theory]
    [InlineData("", "displayName")]
    [InlineData("yamada\u202Eｱｲｳ", "displayName")]
    [InlineData("山田\u2066事務局\u2069", "displayName")]
    [InlineData("山田\n事務局", "displayName")]
    [InlineData("山田\t事務局", "displayName")]
    [InlineData("名前", "roles")]
    public async Task Register_InvalidField_NamesTheField(string name, string field)
    {
        var user = Grains.GetGrain<IUserGrain>($"u-{Guid.NewGuid():N}");
        var roles = field == "roles" ? new[] { "admin" } : new[] { "client" };
        var refusal = await Assert.ThrowsAsync<PlatformException>(() => user.RegisterAsync(new RegisterUser(name, roles, null)));
        Assert.Equal(("invalid", field), (refusal.Kind, refusal.Field));
        var missing = await Assert.ThrowsAsync<PlatformException>(() => user.GetAsync());
        Assert.Equal("not_found", missing.Kind);
    }

    [Theory]
    [InlineData("山田\u202E局務事")]
    [InlineData("山田\r\n事務局")]
    public async Task UpdateProfile_DisplayNameWithBidiOverrideOrLineBreak_IsRefusedAndKeepsTheName(string name)
    {
        var user = Grains.GetGrain<IUserGrain>($"u-{Guid.NewGuid():N}");
        await user.RegisterAsync(new RegisterUser("田中", ["worker"], null));
        var refusal = await Assert.ThrowsAsync<PlatformException>(() => user.UpdateProfileAsync(name, null));
        Assert.Equal(("displayName", "field.control_character"), (refusal.Field, refusal.Code));
        Assert.Equal("田中", (await user.GetAsync()).DisplayName);
    }

    [Fact]
    public async Task PublicView_HidesFlagsAndDeals()
    {
        var deal = await Deal.ContractedAsync(Grains);
        var view = await Grains.GetGrain<IUserGrain>(deal.WorkerId).GetAsync();
        Assert.NotEmpty(view.ContractIds);
        var shown = view.PublicView();
        Assert.Empty(shown.ContractIds);
        Assert.Empty(shown.Flags);
        Assert.Equal(view.DisplayName, shown.DisplayName);
    }

    [Fact]
    public async Task DisplayName_IsChecked_AndWithheldFromOthersWhileBlocked()
    {
        var id = $"u-{Guid.NewGuid():N}";
        var user = Grains.GetGrain<IUserGrain>(id);
        await user.RegisterAsync(new RegisterUser("田中", ["worker"], "翻訳をしています。"));

        var blocked = await user.UpdateProfileAsync("田中（LINE交換OK）", null);

        Assert.Equal("block", blocked.ProfileVerdict.Decision);
        var evidence = Assert.Single(Assert.Single(blocked.ProfileVerdict.Findings).Evidence);
        Assert.Equal(("displayName", "LINE交換"), (evidence.Field, evidence.Excerpt));
        Assert.Equal("翻訳をしています。", blocked.ProfileText);
        Assert.Equal((id, null), (blocked.PublicView().DisplayName, blocked.PublicView().ProfileText));

        var clean = await user.UpdateProfileAsync("田中 翻訳", null);
        Assert.Equal("allow", clean.ProfileVerdict.Decision);
        Assert.Equal(("田中 翻訳", "翻訳をしています。"), (clean.PublicView().DisplayName, clean.PublicView().ProfileText));
    }
}
