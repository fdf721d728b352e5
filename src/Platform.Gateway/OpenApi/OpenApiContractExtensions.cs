using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Gateway.OpenApi;

/// <summary>
/// Makes <c>/openapi/v1.json</c> describe the real contract: the success status and body of every operation, the
/// problem+json refusals it can give, the keys as security schemes, and the headers and query parameters it reads.
/// </summary>
public static class OpenApiContractExtensions
{
    public const string ApiKeyScheme = "apiKey", StaffKeyScheme = "staffKey";

    /// <summary>The OpenAPI document with the transformers that complete it.</summary>
    public static IServiceCollection AddContractOpenApi(this IServiceCollection services) => services.AddOpenApi(o =>
    {
        o.AddDocumentTransformer<SecuritySchemesTransformer>();
        o.AddOperationTransformer<ContractOperationTransformer>();
        o.AddSchemaTransformer<ContractSchemaTransformer>();
    });

    /// <summary>
    /// Attaches to every endpoint of <paramref name="group"/> its <see cref="ApiContract"/> entry (for the operation
    /// transformer) and its responses as endpoint metadata, so the document's schemas are those of the real types.
    /// Changes nothing in how a request is handled.
    /// </summary>
    public static RouteGroupBuilder WithContract(this RouteGroupBuilder group, string scheme)
    {
        ((IEndpointConventionBuilder)group).Finally(endpoint =>
        {
            if (endpoint is not RouteEndpointBuilder { RoutePattern: var pattern }
                || endpoint.Metadata.OfType<IHttpMethodMetadata>().FirstOrDefault()?.HttpMethods is not [var method]
                || ApiContract.Find(method, Route(pattern)) is not { } contract)
            {
                return;
            }

            endpoint.Metadata.Add(contract with { Scheme = scheme });
            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(contract.Status, contract.Response, [contract.ContentType]));
            foreach (var status in Refusals(contract, pattern, json: endpoint.Metadata.OfType<IAcceptsMetadata>().Any()))
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
            }
        });
        return group;
    }

    /// <summary>
    /// The refusals an operation can give: 401 (key) and 503 (cluster, database or plugins not ready) always; 400 for
    /// a body, query or acting user; 404 for an id in the path or an unknown acting user; 413 for a body, 415 for a
    /// JSON one (another media type); and the operation's own (403, 409).
    /// </summary>
    private static SortedSet<int> Refusals(OperationContract contract, RoutePattern pattern, bool json)
    {
        var body = json || contract.RawBody is not null;
        var acting = contract.ActingUser == ActingUserHeader.Required;
        var refusals = new SortedSet<int>(contract.Refusals) { StatusCodes.Status401Unauthorized, StatusCodes.Status503ServiceUnavailable };
        if (body || acting || contract.Query.Count > 0)
        {
            refusals.Add(StatusCodes.Status400BadRequest);
        }

        if (acting || pattern.Parameters.Count > 0)
        {
            refusals.Add(StatusCodes.Status404NotFound);
        }

        if (body)
        {
            refusals.Add(StatusCodes.Status413PayloadTooLarge);
        }

        if (json)
        {
            refusals.Add(StatusCodes.Status415UnsupportedMediaType);
        }

        return refusals;
    }

    /// <summary>The route as the document names it: <c>/api/staff/users/{id}/steps/{number}</c>, without constraints.</summary>
    private static string Route(RoutePattern pattern) => "/" + string.Join('/', pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternSeparatorPart separator => separator.Content,
        RoutePatternParameterPart parameter => $"{{{parameter.Name}}}",
        _ => "",
    }))));
}
