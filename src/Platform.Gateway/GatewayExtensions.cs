using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Gateway.Compliance;
using Platform.Gateway.Contracts;
using Platform.Gateway.Infrastructure;
using Platform.Gateway.Jobs;
using Platform.Gateway.OpenApi;
using Platform.Gateway.Reports;
using Platform.Gateway.Trust;
using Platform.Gateway.Staff;
using Platform.Gateway.Users;

namespace Platform.Gateway;

/// <summary>Wires the HTTP gateway into a web host.</summary>
public static class GatewayExtensions
{
    /// <summary>Options (checked when the host starts: keys present, a positive body limit), JSON, problem details, OpenAPI and health checks.</summary>
    public static IServiceCollection AddGateway(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GatewayOptions>().Bind(configuration.GetSection("Gateway")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GatewayOptions>, GatewayOptionsValidator>();
        // camelCase, strict numbers, no field given twice, enums as snake_case strings; the hot bodies and answers by
        // source-generated metadata (GatewayJson).
        services.Configure<JsonOptions>(o => GatewayJson.Apply(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = FrameworkProblems.Complete);
        services.AddExceptionHandler<GatewayExceptionHandler>();
        services.AddContractOpenApi();
        services.AddHealthChecks().AddCheck<ReadinessCheck>("ready", tags: ["ready"]);
        return services;
    }

    /// <summary>Maps <c>/api</c> (API key), <c>/api/staff</c> (staff key), <c>/openapi/v1.json</c> and <c>/health</c>.</summary>
    public static WebApplication MapGateway(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        var options = app.Services.GetRequiredService<IOptions<GatewayOptions>>();
        app.Use(next => http => BodySizeLimit.InvokeAsync(http, next, options.Value.MaxRequestBodyBytes));
        var keys = new ApiKeyGate(options);
        app.Use(next => http => keys.InvokeAsync(http, next));

        app.MapOpenApi();
        app.MapHealthChecks("/health", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });

        var api = app.MapGroup("/api").WithMetadata(new ApiKeyGate.Required(Staff: false)).AddEndpointFilter(new PathIdFilter()).WithContract(OpenApiContractExtensions.ApiKeyScheme);
        api.MapUsersApi().MapJobsApi().MapContractsApi().MapTrustApi().MapReportsApi().MapScanApi();
        var staff = app.MapGroup("/api/staff").WithMetadata(new ApiKeyGate.Required(Staff: true)).AddEndpointFilter(new PathIdFilter()).WithContract(OpenApiContractExtensions.StaffKeyScheme);
        staff.MapStaffApi().MapReviewsApi().MapStaffUsersApi().MapStatisticsApi().MapFactsApi();
        return app;
    }
}
