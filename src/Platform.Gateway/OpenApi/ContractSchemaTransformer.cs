using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Platform.Abstractions.Reviews;
using Platform.Gateway.Compliance;
using Platform.Gateway.Contracts;
using Platform.Gateway.Jobs;
using Platform.Gateway.Reports;
using Platform.Gateway.Staff;
using Platform.Gateway.Users;

namespace Platform.Gateway.OpenApi;

/// <summary>
/// Request bodies mark as required only the fields a request is refused without (every field of a body record is
/// nullable, so the generated schema would require all of them) and allow no other field, and <c>ProblemDetails</c> shows the gateway's
/// <c>code</c> and <c>field</c>.
/// </summary>
public sealed class ContractSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly Dictionary<Type, string[]> RequiredFields = new()
    {
        [typeof(RegisterUserRequest)] = ["displayName", "roles"],
        [typeof(UpdateProfileRequest)] = [],
        [typeof(JobRequest)] = ["title", "description", "category", "budget"],
        [typeof(BudgetRequest)] = ["kind", "amountYen"],
        [typeof(ProposalRequest)] = ["text", "priceYen"],
        [typeof(MessageRequest)] = ["text"],
        [typeof(ContractRequest)] = ["deliveryDate"],
        [typeof(DeliveryRequest)] = ["note"],
        [typeof(ReasonRequest)] = ["reason"],
        [typeof(TerminationResponseRequest)] = ["accept"],
        [typeof(RatingRequest)] = ["stars"],
        [typeof(ReportBody)] = ["targetKind", "targetId", "category"],
        // A profile may be scanned by its display name alone; every other kind needs its text (400 naming it).
        [typeof(ScanRequest)] = ["kind"],
        [typeof(ScanEarlierMessage)] = ["text"],
        [typeof(ScanContext)] = [],
        [typeof(DecisionBody)] = ["decision", "reason"],

        // Shared by taking a step (step, code and reason needed) and lifting one (reason needed, step and code ignored).
        [typeof(StepBody)] = [],
        [typeof(ModeRequest)] = ["mode"],
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(ProblemDetails))
        {
            schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
            schema.Properties["code"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "Stable English code of the refusal, e.g. `field.required`, `contract.not_a_party`, `auth.api_key`.",
            };
            schema.Properties["field"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "The field, header (`X-User-Id`, `Content-Type`), query parameter or `body` concerned, when there is one.",
            };
            schema.Properties["currentItemId"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "On 409 `review.already_decided`: the review item to decide instead, when the one named was closed and its subject is in review again under this id.",
            };
            schema.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request's trace id, for support." };
            schema.Required = new HashSet<string> { "status", "title", "detail", "code" };
            schema.Description = "A refusal (application/problem+json): `detail` in Japanese, a stable `code` and the `field` concerned.";
        }
        else if (type == typeof(ReviewItemView) && schema.Properties is { } item)
        {
            // An old link to an item that was queued again under a new id: the item read says so, and names the live one.
            Describe(item, "currentItemId",
                "For an item no longer open whose subject is in review again under another item (queued again after the platform closed this one, e.g. a lifted withdrawal): the open item to decide instead. Null otherwise.");
            Describe(item, "superseded", "Whether another open item took this one's place (`currentItemId`).");
            Describe(item, "supersedes", "The item this one took over from (closed by the platform, then queued again with what deciding it was to do). Null otherwise.");
        }
        else if (RequiredFields.TryGetValue(type, out var required))
        {
            schema.Required = new HashSet<string>(required);

            // Any other field is refused (400 request.unknown_field), not dropped.
            schema.AdditionalPropertiesAllowed = false;
        }

        return Task.CompletedTask;
    }

    private static void Describe(IDictionary<string, IOpenApiSchema> properties, string name, string description)
    {
        if (properties.TryGetValue(name, out var property) && property is OpenApiSchema concrete)
        {
            concrete.Description = description;
        }
    }
}
