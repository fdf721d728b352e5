using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Platform.Gateway.Infrastructure;

/// <summary>
/// Answers 404 <c>{entity}.not_found</c> for a path <c>{id}</c> that cannot be an entity's id (empty, white space, a
/// character outside the id format…) before the endpoint makes a grain key of it. The entity is read from the segment
/// before the id: <c>/users/{id}</c>, <c>/jobs/{id}</c>, <c>/contracts/{id}</c>, or the audit's <c>{kind}</c>.
/// </summary>
public sealed class PathIdFilter : IEndpointFilter
{
    private static readonly Dictionary<string, string> Entities = new()
    {
        ["users"] = "user", ["user"] = "user",
        ["jobs"] = "job", ["job"] = "job",
        ["contracts"] = "contract", ["contract"] = "contract",
    };

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        return http.GetRouteValue("id") is string id && EntityOf(http) is { } entity && Guard.Id(entity, id) is { } unknown
            ? ValueTask.FromResult<object?>(unknown)
            : next(context);
    }

    private static string? EntityOf(HttpContext http)
    {
        if (http.GetEndpoint() is not RouteEndpoint { RoutePattern.PathSegments: var segments })
        {
            return null;
        }

        var at = segments.ToList().FindIndex(s => s.Parts is [RoutePatternParameterPart { Name: "id" }]);
        var before = at > 0 ? segments[at - 1].Parts.Single() : null;
        var name = before switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => http.GetRouteValue(parameter.Name) as string,
            _ => null,
        };
        return name is not null && Entities.TryGetValue(name, out var entity) ? entity : null;
    }
}
