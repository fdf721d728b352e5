namespace Platform.Gateway.Infrastructure;

/// <summary>The request headers the gateway reads.</summary>
public static class Headers
{
    public const string ApiKey = "X-Api-Key";
    public const string StaffKey = "X-Staff-Key";
    public const string UserId = "X-User-Id";
    public const string IdempotencyKey = "Idempotency-Key";
}
