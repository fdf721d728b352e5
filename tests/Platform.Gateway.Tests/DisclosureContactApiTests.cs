using System.Net;

namespace Platform.Gateway.Tests;

/// <summary>
/// With the built-in contact check: contact details after escrow are held while a disclosure request is pending,
/// pass once staff approve it, and are blocked again after the approval is revoked (a party restricted).
/// </summary>
public sealed class DisclosureContactApiTests : IAsyncLifetime
{
    private const string Phone = "お急ぎの際はこちらにお電話ください 090-1234-5678";
    private readonly HostFixture _host = new() { Plugins = ["plugins/Platform.Checks.Contact"] };

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task ContactDetails_FollowDisclosure_HeldWhilePendingPassApprovedBlockedRevoked()
    {
        var (clientId, workerId, _, contractId) = await Api.ContractAsync(_host);
        await _host.Client(clientId).PostJsonAsync($"/api/contracts/{contractId}/escrow", null);
        var messages = $"/api/contracts/{contractId}/messages";

        var requested = await _host.Client(workerId).PostJsonAsync($"/api/contracts/{contractId}/disclosure", null);
        Assert.Equal("requested", requested.Str("disclosure"));
        var key = requested.GetProperty("disclosureRequest").Str("reviewItemId");

        var held = await _host.Client(workerId).PostJsonAsync(messages, new { text = Phone }, HttpStatusCode.Created);
        Assert.Equal("held", held.Str("status"));
        Assert.Equal("held", held.Str("status"));
        Assert.Empty((await _host.Client(clientId).GetJsonAsync(messages)).EnumerateArray());

        await _host.Staff().PostJsonAsync($"/api/staff/reviews/{key}/decision", new { decision = "approve", reason = "双方の取引に問題はありません。" });
        Assert.Equal("approved", (await _host.Client(clientId).GetJsonAsync($"/api/contracts/{contractId}")).Str("disclosure"));
        Assert.Equal("delivered", (await _host.Client(workerId).PostJsonAsync(messages, new { text = Phone }, HttpStatusCode.Created)).Str("status"));

        await _host.Staff().PostJsonAsync($"/api/staff/users/{workerId}/steps",
            new { step = "restriction", code = "violation.confirmed", reason = "規約違反が確認されました。" }, HttpStatusCode.Created);
        Assert.Equal("revoked", (await _host.Client(clientId).GetJsonAsync($"/api/contracts/{contractId}")).Str("disclosure"));
        var blocked = await _host.Client(clientId).PostJsonAsync(messages, new { text = "念のため私の番号も 080-9876-5432" }, HttpStatusCode.Created);
        Assert.Equal("blocked", blocked.Str("status"));
        var notices = await _host.Client(clientId).GetJsonAsync($"/api/users/{clientId}/notifications");
        Assert.Contains(notices.EnumerateArray(), n => n.Str("type") == "disclosure_revoked" && n.Str("relatedId") == contractId);
    }
}
