using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Platform.Gateway.Infrastructure;

namespace Platform.Gateway.OpenApi;

/// <summary>Declares the two keys as security schemes: <c>X-Api-Key</c> for front-ends, <c>X-Staff-Key</c> for the staff endpoints.</summary>
public sealed class SecuritySchemesTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[OpenApiContractExtensions.ApiKeyScheme] = Key(Headers.ApiKey,
            "A marketplace front-end's key, on every `/api` endpoint but `/api/staff` (401 `auth.api_key` without it).");
        document.Components.SecuritySchemes[OpenApiContractExtensions.StaffKeyScheme] = Key(Headers.StaffKey,
            "The support and compliance team's key, on every `/api/staff` endpoint (401 `auth.staff_key` without it; an API key is not enough).");
        return Task.CompletedTask;
    }

    private static OpenApiSecurityScheme Key(string header, string description) =>
        new() { Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = header, Description = description };
}
