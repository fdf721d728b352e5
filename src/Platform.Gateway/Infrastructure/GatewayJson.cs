using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Abstractions.Common;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Reviews;
using Platform.Abstractions.Users;
using Platform.Gateway.Compliance;
using Platform.Gateway.Contracts;
using Platform.Gateway.Jobs;
using Platform.Gateway.Reports;
using Platform.Gateway.Staff;
using Platform.Gateway.Users;

namespace Platform.Gateway.Infrastructure;

/// <summary>
/// Source-generated metadata for the bodies the gateway reads and the answers it writes, and the gateway's JSON settings.
/// The host's options (<see cref="Apply"/>) read and write these types with this metadata instead of metadata built by
/// reflection; <see cref="JsonAnswer{T}"/> writes them with the generated writers, which run only with this context's own
/// options (no converters, no encoder: the host's encoder is the answer writer's). None of these types holds an enum (the
/// host's enum converter is for the staff pages' types, read and written by reflection as before).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    // A number is a JSON number: "5" for a number field is a wrong type (400 naming the field), not read as 5, which the
    // web defaults (AllowReadingFromString) would do.
    NumberHandling = JsonNumberHandling.Strict,
    // A field given twice is refused (400 naming it), not read as its last value: a front-end, proxy or log that reads
    // the first would hold another text, price or id than the one checked and stored.
    AllowDuplicateProperties = false)]
// Request bodies.
[JsonSerializable(typeof(MessageRequest))]
[JsonSerializable(typeof(ProposalRequest))]
[JsonSerializable(typeof(JobRequest))]
[JsonSerializable(typeof(ContractRequest))]
[JsonSerializable(typeof(DeliveryRequest))]
[JsonSerializable(typeof(ReasonRequest))]
[JsonSerializable(typeof(TerminationResponseRequest))]
[JsonSerializable(typeof(RatingRequest))]
[JsonSerializable(typeof(RegisterUserRequest))]
[JsonSerializable(typeof(UpdateProfileRequest))]
[JsonSerializable(typeof(ReportBody))]
[JsonSerializable(typeof(ScanRequest))]
[JsonSerializable(typeof(DecisionBody))]
[JsonSerializable(typeof(StepBody))]
[JsonSerializable(typeof(ModeRequest))]
// Answers.
[JsonSerializable(typeof(MessageView))]
[JsonSerializable(typeof(IReadOnlyList<MessageView>))]
[JsonSerializable(typeof(ContractView))]
[JsonSerializable(typeof(IReadOnlyList<ContractEvent>))]
[JsonSerializable(typeof(JobView))]
[JsonSerializable(typeof(ProposalView))]
[JsonSerializable(typeof(IReadOnlyList<ProposalView>))]
[JsonSerializable(typeof(UserView))]
[JsonSerializable(typeof(IReadOnlyList<NotificationView>))]
[JsonSerializable(typeof(ReportReceipt))]
[JsonSerializable(typeof(ScanResult))]
internal sealed partial class GatewayJson : JsonSerializerContext
{
    /// <summary>Gives <paramref name="options"/> (the host's minimal-API options) the gateway's settings and this metadata first.</summary>
    public static void Apply(JsonSerializerOptions options)
    {
        var generated = Default.Options;
        options.PropertyNamingPolicy = generated.PropertyNamingPolicy;
        options.NumberHandling = generated.NumberHandling;
        options.AllowDuplicateProperties = generated.AllowDuplicateProperties;

        // A field the API does not have is refused (400 request.unknown_field naming it), not dropped: a typo such as
        // "publsh" or "dedline", or a budget range sent as "maxYen", was ignored and the post made without it.
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.TypeInfoResolverChain.Insert(0, Default);
    }
}
