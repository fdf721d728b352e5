namespace Platform.Gateway.Infrastructure;

/// <summary>Gateway settings (section <c>Gateway</c>).</summary>
public sealed class GatewayOptions
{
    /// <summary>Keys front-ends send in <c>X-Api-Key</c>.</summary>
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>Keys the compliance team sends in <c>X-Staff-Key</c>.</summary>
    public List<string> StaffKeys { get; set; } = [];

    /// <summary>Largest request body accepted, in bytes.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;
}
