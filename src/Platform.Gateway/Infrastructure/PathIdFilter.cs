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
    private static readonly Dictionary<string, (string Entity, string EntityJa)> Entities = new()
    {
        ["users"] = ("user", "ユーザー"), ["user"] = ("user", "ユーザー"),
        ["jobs"] = ("job", "募集"), ["job"] = ("job", "募集"),
        ["contracts"] = ("contract", "契約"), ["contract"] = ("contract", "契約"),
    };

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        // A well-formed id (every request of a working client) needs no entity: the route's segments are read only for a 404.
        return http.GetRouteValue("id") is string id && !Ids.IsWellFormed(id) && EntityOf(http) is (var entity, var entityJa) && Guard.Id(entity, entityJa, id) is { } unknown
            ? ValueTask.FromResult<object?>(unknown)
            : next(context);
    }

    private static (string Entity, string EntityJa)? EntityOf(HttpContext http)
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
