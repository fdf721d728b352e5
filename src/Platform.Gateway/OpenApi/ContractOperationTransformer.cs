using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Platform.Gateway.Infrastructure;
using Platform.Gateway.Staff;

namespace Platform.Gateway.OpenApi;

/// <summary>
/// Completes each operation from its <see cref="OperationContract"/>: the key it needs, the <c>X-User-Id</c>,
/// <c>X-Reviewer-Id</c> and <c>Idempotency-Key</c> headers and query parameters it reads, a required (or zip) body, and what each refusal means.
/// </summary>
public sealed class ContractOperationTransformer : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, string> Meanings = new()
    {
        ["201"] = "Created; `Location` names where to read it back.",
        ["400"] = "Invalid field, header or query parameter, or malformed JSON: `code` and the `field` concerned, nothing changed.",
        ["401"] = "Missing or unknown key (`auth.api_key` or `auth.staff_key`, `field` names the header).",
        ["403"] = "Not a party, not the owner, not oneself, or not allowed in the user's standing (restricted or withdrawn).",
        ["404"] = "Unknown entity (`*.not_found`), including an unknown acting user (`user.not_found`) or one the viewer may not see.",
        ["409"] = "The current stage does not allow it (a stage-specific `code`), or an `Idempotency-Key` sent before with another request (`request.idempotency_key_reused`).",
        ["413"] = "Body too large (`request.too_large`, `field` `body`).",
        ["415"] = "Body not sent as JSON (or with a `charset` that is no known encoding; send UTF-8), or for a plugin deploy not as `application/zip` (`request.content_type`, `field` `Content-Type`).",
        ["503"] = "Cluster or database briefly unavailable, or checks still loading (`service.unavailable`); retry after `Retry-After`.",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<OperationContract>().LastOrDefault() is not { } contract)
        {
            return Task.CompletedTask;
        }

        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(contract.Scheme, context.Document)] = [] }];
        operation.Parameters ??= [];
        if (contract.ActingUser != ActingUserHeader.None)
        {
            operation.Parameters.Add(Header(Headers.UserId, contract.ActingUser == ActingUserHeader.Required, contract.ActingUser == ActingUserHeader.Required
                ? "The acting user's id (letters, digits, - and _, up to 64)."
                : "The viewing user's id: their own record is answered in full, anyone else's in its public view."));
        }

        if (contract.Reviewer)
        {
            operation.Parameters.Add(Header(Reviewer.Header, false, "The reviewer's id, when the body names none (otherwise `staff`)."));
        }

        if (contract.IdempotencyKey)
        {
            operation.Parameters.Add(Header(Headers.IdempotencyKey, false,
                "1-200 visible ASCII characters, e.g. a UUID per request: a retry with the same key by the same user answers what the first attempt created and creates nothing; the key with another body is 409 `request.idempotency_key_reused`."));
        }

        foreach (var query in contract.Query)
        {
            var existing = operation.Parameters.FirstOrDefault(p => p.Name == query.Name && p.In == ParameterLocation.Query);
            if (existing is not null)
            {
                operation.Parameters.Remove(existing);
            }

            operation.Parameters.Add(Query(query));
        }

        Body(operation, contract);
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (Meanings.TryGetValue(status, out var meaning) && response is OpenApiResponse concrete)
            {
                concrete.Description = meaning;
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>A plugin package as a zip body; a JSON body as required (a missing one is 400 <c>request.body_required</c>), without the null alternative of its nullable parameter.</summary>
    private static void Body(OpenApiOperation operation, OperationContract contract)
    {
        if (contract.RawBody is { } media)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "The zip of the plugin's publish folder.",
                Content = new Dictionary<string, OpenApiMediaType> { [media] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } } },
            };
            return;
        }

        if (operation.RequestBody is not OpenApiRequestBody body)
        {
            return;
        }

        body.Required = !contract.BodyOptional;
        foreach (var content in body.Content?.Values ?? [])
        {
            if (content.Schema is OpenApiSchema { OneOf: { Count: 2 } choices } && choices.OfType<OpenApiSchemaReference>().FirstOrDefault() is { } reference)
            {
                content.Schema = reference;
            }
        }
    }

    private static OpenApiParameter Header(string name, bool required, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = required,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };

    private static OpenApiParameter Query(QueryParameter query) => new()
    {
        Name = query.Name,
        In = ParameterLocation.Query,
        Required = query.Required,
        Description = query.Description,
        Schema = new OpenApiSchema
        {
            Type = query.Minimum is null ? JsonSchemaType.String : JsonSchemaType.Integer,
            Minimum = query.Minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Enum = query.Values?.Select(v => (JsonNode)JsonValue.Create(v)!).ToList(),
        },
    };
}
